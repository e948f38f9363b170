import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from the matched targets whose comparator differed from the gold's over every
// hold-out set (round hstrict), each tested in wording of its own.

const first = (text: string) => {
  const t = extractTargets(text).targets[0];
  return t && { comparator: t.comparator, value: t.value, valueMax: t.valueMax };
};

describe('a count range reached with an aim word', () => {
  it('is a floor with its upper end', () => {
    expect(first('到2026年，全省三级妇幼保健院数量达到8至10家。')).toEqual({
      comparator: '>=',
      value: 8,
      valueMax: 10,
    });
    expect(first('今年，全市争取有2至3个专科进入国家级行列。')?.comparator).toBe('>=');
  });

  it('leaves a bare range a band to land in', () => {
    expect(first('今年对2-3个县进行重点抽查。')?.comparator).toBe('=');
  });
});

describe('a rate named right before its 为', () => {
  it('is a level to reach, not an exact figure', () => {
    expect(first('到2026年，孕产妇系统管理率为93%，儿童健康管理率达到91%。')?.comparator).toBe(
      '>=',
    );
  });

  it('keeps 均为 after a list of rates exact', () => {
    expect(first('2026年，筛查率、随访率均为100%。')?.comparator).toBe('=');
  });
});

describe('a count served for free', () => {
  it('reads 免费为 as the preposition, a floor', () => {
    expect(first('今年区卫健局免费为3000人筛查眼病。')?.comparator).toBe('>=');
    expect(first('今年免费为800名学生窝沟封闭。')?.comparator).toBe('>=');
  });

  it('reads 为 before a count and its deed as the preposition even without the people named', () => {
    expect(first('2026年，区疾控中心为5000人接种流感疫苗。')?.comparator).toBe('>=');
  });
});

describe('a task stated with 为', () => {
  it('is a quota to meet, of any kind', () => {
    expect(first('该县2026年无偿献血总任务血量为40万毫升。')?.comparator).toBe('>=');
    expect(first('全区两癌免费筛查任务数为2600人。')?.comparator).toBe('>=');
  });

  it('leaves a figure with 为 far from a task word exact', () => {
    const text = '二、工作任务\n2026年，全镇实施筛查300人，其中低收入妇女筛查人数为52人。';
    const t = extractTargets(text).targets.find((x) => x.value === 52);
    expect(t?.comparator).toBe('=');
  });
});

describe('a later value of a list with no words of its own', () => {
  it('shares the bound words before the first value', () => {
    const ts = extractTargets('到2027年和2030年,孕产妇贫血率分别低于12%和9%。').targets;
    expect(ts.map((t) => [t.comparator, t.value])).toEqual([
      ['<', 12],
      ['<', 9],
    ]);
  });
});

describe('a count range of units set up or picked', () => {
  it('is a floor, not a band', () => {
    expect(first('原则上每个县设置康复病床20-30张。')?.comparator).toBe('>=');
    expect(first('今年在全省选择3-5所县级医院开展试点。')?.comparator).toBe('>=');
  });
});

describe('a later range of a list', () => {
  it('is read as the floor range before it', () => {
    const ts = extractTargets('到2027年,每年新增全科医生40至60人、护理员80至100人。').targets;
    expect(ts.map((t) => [t.comparator, t.value, t.valueMax])).toEqual([
      ['>=', 40, 60],
      ['>=', 80, 100],
    ]);
  });
});

describe('a floor area in 万平方米', () => {
  it('keeps 万平方米 as written, as 万亩 is', () => {
    const t = extractTargets('2026年,全市完成老旧小区改造35万平方米。').targets[0];
    expect([t?.value, t?.unit]).toEqual([35, '万平方米']);
  });
});
