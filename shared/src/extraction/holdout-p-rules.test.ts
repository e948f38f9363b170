import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';
import { findMentions } from './mentions';
import { isNewsKind } from './news-kind';

// Rules written from the failure classes of hold-out set P, each tested in wording of its own.

const targets = (text: string) => extractTargets(text).targets;
const values = (text: string) => targets(text).map((t) => t.value);

describe('a year’s report under a heading of its own', () => {
  it('reads `一、YYYY年工作情况` as how that year went, and what follows its own heading as the plan', () => {
    const text =
      '某区卫生局述职报告\n' +
      '一、2017年工作情况\n' +
      '全区乡镇卫生院门诊预约率达40%以上,完成培训村医360名。\n' +
      '二、2018年工作计划\n' +
      '全区乡镇卫生院门诊预约率达到60%以上。\n';
    expect(values(text)).toEqual([60]);
  });
});

describe('a news story named by its byline or a press conference', () => {
  it('knows a correspondent’s byline and a press conference’s lead', () => {
    const story = (s: string) => isNewsKind(s, s.length);
    expect(story('2019-05-02 10:11 记者 李华 通讯员 陈静\n市疾控中心介绍')).toBe(true);
    expect(story('省卫健委在昨天举行的新闻发布会上介绍,今年全省')).toBe(true);
    expect(story('某市2020年妇幼健康工作要点\n一、主要目标')).toBe(false);
  });

  it('drops the present level and a forecast, keeps the aims relayed', () => {
    const text =
      '市卫健委发言人在例行新闻发布会上介绍,到2022年,全市40%的社区要建成健康社区。' +
      '目前,全市居民健康素养水平为21.3%,预计2022年可以达到25%。';
    expect(values(text)).toEqual([40]);
  });
});

describe('a level a news story tells reached', () => {
  it('drops a rate told with bare 达, keeps one relayed with 达到 or a bound', () => {
    const text =
      '本报讯 记者从市卫健委了解到,全市新生儿听力筛查率达96.35%。' +
      '全市孕产妇系统管理率达到95%以上。';
    expect(values(text)).toEqual([95]);
  });
});

describe('counting words and units a page keeps', () => {
  it('reads N所以上 as places with a bound, but 所以 after a number stays a conjunction', () => {
    const found = targets('2021年全市工作要点:建成8所以上标准化社区卫生服务中心。');
    expect(found.map((t) => [t.value, t.unit, t.comparator])).toEqual([[8, '所', '>=']]);
    // 所以 as "so" right after a number counts nothing.
    expect(findMentions('床位使用率偏低,空床多达20所以需要调整').map((m) => m.unit)).not.toContain(
      '所',
    );
  });

  it('reads teeth kept per person as an amount', () => {
    const found = targets('2030年全省口腔健康目标:老年人人均存留牙数不少于22颗。');
    expect(found.map((t) => [t.value, t.unit, t.kind])).toEqual([[22, '颗', 'amount']]);
  });

  it('reads a rate whose `/` a converted page lost (30010 万) as per 10万, only after a rate and a bound', () => {
    const found = targets('2020年全县工作目标:法定报告传染病发病率控制在 28010 万以下。');
    expect(found.map((t) => [t.value, t.unit, t.comparator])).toEqual([[280, '1/10万', '<=']]);
    // A sum of money in 万 is no rate.
    expect(values('2020年全县工作目标:投入资金控制在 5010 万元以内。')).not.toContain(50);
  });
});

describe('years a converted page spaced out', () => {
  it('reads `2022 年` as a year, but a birth cohort’s year dates nothing', () => {
    const found = targets('某镇卫生院 2022 年工作目标\n一、孕产妇系统管理率达到92%以上。');
    expect(found.map((t) => t.year)).toEqual([2022]);
    // 2010年后出生 names who is counted: the rate stays a target of the page's own year.
    const cohort = targets(
      '2016年全县免疫规划工作方案\n2010 年后出生儿童的接种信息录入率达到100%。',
    );
    expect(cohort.map((t) => [t.value, t.year])).toEqual([[100, 2016]]);
  });
});

describe('where a page that names no place applies', () => {
  it('takes 辖区 from a programme that says 辖区内, not 全国 from a national plan it cites', () => {
    const text =
      '龋齿防治工作方案\n一、工作目标\n以“十四五”全国口腔健康规划为指引,到2025年底,' +
      '辖区内12岁儿童龋患率控制在25%以内。';
    expect(targets(text).map((t) => t.region)).toEqual(['辖区']);
  });

  it('does not take a level from a 全X that opens a cited plan’s name', () => {
    const text =
      '2018年卫生工作要点\n根据“十三五”全省卫生与健康规划和全省妇幼健康发展纲要,结合全市实际。\n' +
      '孕产妇系统管理率达到90%以上。';
    expect(targets(text).map((t) => t.region)).toEqual(['全市']);
  });
});

describe('names with the aim’s year between name and verb', () => {
  it('keeps the name before a bare year (…率2023年要达到…)', () => {
    const text = '2023年全市慢病工作方案\n糖尿病患者规范管理率2023年要达到65%。';
    expect(targets(text).map((t) => t.indicator)).toEqual(['糖尿病患者规范管理率']);
  });
});

describe('a bulletin’s dated from-to', () => {
  it('reads 到YYYY年的 as the end of a statistic’s run, so the figures after it stay reported', () => {
    const text =
      '某省2019年卫生健康统计公报显示,全省人均预期寿命由2018年的78.1岁提高到2019年的78.4岁,' +
      '新生儿死亡率从2.9‰下降到2.6‰。';
    expect(values(text)).toEqual([]);
  });
});

describe('leads and groups around a name', () => {
  it('drops 围绕实现 and 辖区内 before a name, and carries the name past a school stage alone', () => {
    const names = (text: string) => targets(text).map((t) => t.indicator);
    expect(names('2020年全市工作计划\n围绕实现县域内就诊率达到85%的目标,补齐短板。')).toEqual([
      '县域内就诊率',
    ]);
    expect(names('2024年工作方案\n力争辖区内适龄儿童免疫规划疫苗接种率达到95%以上。')).toEqual([
      '适龄儿童免疫规划疫苗接种率',
    ]);
    const staged = names('2024年工作方案\n小学生视力不良率控制在30%以内,高中生控制在60%以内。');
    expect(staged[1]).toContain('视力不良率');
  });
});
