import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set DA (specialised plans: 中医药, 医养结合,
// 职业病, 心理健康, 精神卫生; several in traditional script), each tested in wording of its own.

const read = (text: string) =>
  extractTargets(text).targets.map((t) => ({
    value: t.value,
    unit: t.unit,
    indicator: t.indicator,
    comparator: t.comparator,
    year: t.year,
  }));

describe('units counted by a bar they clear (bar-figures.ts)', () => {
  it('counts the units and drops the bar, naming the band', () => {
    expect(
      read(
        '某省医药产业发展意见\n\n到2026年培育制药企业年收入超过20亿元的4家、超过8亿元的12家。\n',
      ),
    ).toEqual([
      {
        value: 4,
        unit: '家',
        indicator: '年收入超过20亿元的制药企业数',
        comparator: '>=',
        year: 2026,
      },
      {
        value: 12,
        unit: '家',
        indicator: '年收入超过8亿元的制药企业数',
        comparator: '>=',
        year: 2026,
      },
    ]);
  });
  it('keeps a share before 的 that counts units doing something', () => {
    expect(
      read('某县儿童工作方案\n\n到2026年,80%以上的行政村建设1所儿童活动室。\n').map((t) => t.value),
    ).toContain(80);
  });
});

describe('a year heading over a step of a plan (year-headings.ts)', () => {
  it('dates the aims under each step by its heading, a value stated with 为 included', () => {
    const got = read(
      '某市康复服务工作方案\n\n第一步 2019年\n\n全市康复机构开展家庭病床服务的比例达到20%以上\n\n第二步 2021年\n\n康复床位占医院床位的比例为30%~40%\n',
    );
    expect(got.map((t) => [t.value, t.year])).toEqual([
      [20, 2019],
      [30, 2021],
    ]);
  });
});

describe('今年 on an undated page of a plan for a span (plan-years.ts)', () => {
  it('is the span’s first year, not its last', () => {
    const got = read(
      '某省印发康复服务提升行动方案(2024—2026年)\n\n近日,某省印发《康复服务提升行动方案(2024—2026年)》。根据方案,某省今年将实现县级医院康复科开设率达到70%以上。到2026年,县级医院康复科开设率达到95%以上。\n',
    );
    expect(got.map((t) => [t.value, t.year])).toEqual([
      [70, 2024],
      [95, 2026],
    ]);
  });
});

describe('names of shares (name-finish.ts)', () => {
  it('titles a share of a whole X占Y比例', () => {
    expect(read('某市方案\n\n到2026年,康复床位占医院床位的比例达到8%以上。\n')[0]?.indicator).toBe(
      '康复床位占医院床位比例',
    );
  });
});
