import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set C, each tested in wording of its own.
const targets = (text: string) => extractTargets(text).targets;

describe('a plan that first tells where things stand', () => {
  it('skips a sentence that opens with the end of an earlier year', () => {
    const text = [
      '某县"十四五"卫生健康规划(2021-2025年)',
      '2020年底,全县孕产妇系统管理率提高到93.5%,新生儿访视率为96%。',
      '到2025年,孕产妇系统管理率达到95%以上。',
    ].join('\n');
    expect(targets(text).map((t) => t.value)).toEqual([95]);
  });

  it('keeps a sentence that aims at the end of a year', () => {
    const text = '某县"十四五"卫生健康规划(2021-2025年)\n到2023年底,家庭医生签约率达到60%。';
    expect(targets(text).map((t) => t.value)).toEqual([60]);
  });

  it('treats a 发展基础 section as a review up to the next heading', () => {
    const text = [
      '某市卫生健康事业发展规划(2021-2025年)',
      '一、发展基础',
      '全市基层就诊率达62%,电子健康档案建档率达88%。',
      '二、主要目标',
      '基层就诊率达到65%以上。',
    ].join('\n');
    expect(targets(text).map((t) => t.value)).toEqual([65]);
  });
});

describe('a subject in the clause before, with its comparison', () => {
  it('names the target by the subject without the comparison', () => {
    // (the fall of 0.2个千分点 is a change target of its own since set J's round)
    const t = targets(
      '2025年全省工作目标\n全省婴儿死亡率比上年下降0.2个千分点,控制在4‰以内。',
    ).find((x) => x.unit === '‰' && x.value === 4);
    expect(t?.indicator).toBe('婴儿死亡率');
    expect(t?.value).toBe(4);
  });

  it('names a life expectancy given after its baseline age', () => {
    const [t] = targets('2030年全市健康目标\n居民人均预期寿命较现在的78.1岁继续提高,达到80岁。');
    expect([t?.indicator, t?.value, t?.unit]).toEqual(['人均预期寿命', 80, '岁']);
  });
});

describe('who and where a rate applies to, apart from its name', () => {
  it('makes a leading town or country population the scope, and carries the name on', () => {
    const ts = targets(
      '2024年全县工作要点\n城镇居民慢性病防治知识知晓率达到75%以上,农村居民知晓率达到60%以上。',
    );
    expect(ts.map((t) => [t.indicator, t.scope, t.value])).toEqual([
      ['慢性病防治知识知晓率', '城镇居民', 75],
      ['慢性病防治知识知晓率', '农村居民', 60],
    ]);
  });

  it('drops a list of places ending in 等场所 from the name', () => {
    const [t] = targets('2024年全县工作要点\n车站、商场、医院等场所禁烟标识张贴率达到100%。');
    expect(t?.indicator).toBe('禁烟标识张贴率');
  });
});

describe('issue 14 leftovers', () => {
  it('gives each item of a 分别 list the head it shares from the role word on', () => {
    const ts = targets('2024年全县工作要点\n肺结核、精神障碍患者随访管理率分别达到90%和85%。');
    expect(ts.map((t) => [t.indicator, t.value])).toEqual([
      ['肺结核患者随访管理率', 90],
      ['精神障碍患者随访管理率', 85],
    ]);
  });

  it('still shares only the rate word when the last item has no role word', () => {
    const ts = targets('2024年全县工作要点\n新生儿、5岁以下儿童死亡率分别低于3‰和5‰。');
    expect(ts.map((t) => t.indicator)).toEqual(['新生儿死亡率', '5岁以下儿童死亡率']);
  });

  it('reads a ratio of groups as a per-member amount', () => {
    const [t] = targets('2025年全省人口发展目标\n总和生育率稳定在1.7孩/妇女左右。');
    expect([t?.indicator, t?.value, t?.unit, t?.kind, t?.comparator]).toEqual([
      '总和生育率',
      1.7,
      '孩/妇女',
      'amount',
      '~',
    ]);
  });
});

describe('a rate named by its verb alone', () => {
  it('borrows the qualifier of the target just before it', () => {
    const ts = targets('2024年全县工作要点\n糖尿病筛查率达到70%,随访率达到60%。');
    expect(ts.map((t) => t.indicator)).toEqual(['糖尿病筛查率', '糖尿病随访率']);
  });

  it('borrows the programme named in the clause before, without its own actions', () => {
    const ts = targets(
      '2024年全县工作要点\n实施听力障碍筛查诊断项目,诊断率达到85%。推广口腔健康教育项目,覆盖率达到70%。',
    );
    expect(ts.map((t) => t.indicator)).toEqual(['听力障碍诊断率', '口腔健康教育覆盖率']);
  });

  it('leaves a bare rate alone when nothing before qualifies it', () => {
    const [t] = targets('2024年全县工作要点\n知晓率达到80%。');
    expect(t?.indicator).toBe('知晓率');
  });
});

describe('insurance terms in a 新农合 passage', () => {
  it('titles a bare insurance term with the scheme its sentence names', () => {
    const [, t] = targets(
      '2013年全县工作要点\n新农合参合率稳定在96%以上,人均筹资标准提高到350元。',
    );
    expect(t?.indicator).toBe('新农合人均筹资标准');
  });

  it('takes the scheme from the heading of the section', () => {
    const text = [
      '2013年全县卫生工作要点',
      '二、巩固新型农村合作医疗制度',
      '最高支付限额不低于8万元。各级财政补助标准提高到280元。',
    ].join('\n');
    expect(targets(text).map((t) => t.indicator)).toEqual([
      '新农合最高支付限额',
      '新农合各级财政补助标准',
    ]);
  });

  it('leaves the term alone under another scheme', () => {
    const [t] = targets('2013年全市工作要点\n城镇居民医保人均筹资标准提高到400元。');
    expect(t?.indicator).not.toMatch(/新农合/);
  });
});

describe('a share whose from-to carries no %', () => {
  it('reads the second number as the target percentage', () => {
    const [t] = targets('2025年全省医改目标\n药品收入占医疗收入比例由目前38.5下降到30以下。');
    expect([t?.value, t?.unit, t?.kind, t?.comparator]).toEqual([30, '%', 'rate', '<=']);
  });

  it('leaves plain numbers outside a share alone', () => {
    expect(targets('2025年全省医改目标\n床位数由目前3800下降到3500。')).toEqual([]);
  });
});

describe('至 before a year-end looks ahead', () => {
  it('keeps a milestone written 至N年底 in a plan for a later year', () => {
    const text =
      '某县卫生健康三年行动计划(2021-2023年)\n至2021年底,村卫生室标准化建设达标率达到80%。';
    expect(targets(text).map((t) => t.value)).toEqual([80]);
  });
});
