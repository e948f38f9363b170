import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';
import { isGrowthAim } from './growth-aims';
import { isReportKind, sentenceAims } from './report-kind';
import { findTableRows } from './table';
import { planPeriodStart } from './reported';

// Rules written from the failure classes of hold-out set H, each tested in wording of its own.

describe('a growth verb aiming at a level', () => {
  it('is recognised before the number it aims at', () => {
    expect(isGrowthAim('平均寿命增长到')).toBe(true);
    expect(isGrowthAim('平均寿命增加至 ')).toBe(true);
    expect(isGrowthAim('平均寿命增长')).toBe(false);
    expect(isGrowthAim('增长到80岁的')).toBe(false);
    expect(isGrowthAim('平均寿命已经稳步增长到')).toBe(false);
    expect(isGrowthAim('平均寿命已增加至')).toBe(false);
  });

  it('makes a life span after 增长到 a target, and its from-value a baseline', () => {
    const r = extractTargets('到2028年,本县人均预期寿命由2022年的76.4岁增长到77.9岁。');
    expect(r.targets).toHaveLength(1);
    expect(r.targets[0]).toMatchObject({ value: 77.9, unit: '岁', year: 2028, comparator: '>=' });
  });

  it('keeps an age before a noun out, whatever verb follows', () => {
    const r = extractTargets('到2028年,本县65岁以上老年人增长至12万人。');
    expect(r.targets.filter((t) => t.unit === '岁')).toHaveLength(0);
  });

  it('leaves growth told as done a statistic', () => {
    const r = extractTargets('到2026年,本县人均预期寿命已逐步增长至77.2岁,居全市前列。');
    expect(r.targets.filter((t) => t.value === 77.2)).toHaveLength(0);
  });

  it('leaves a past year’s growth a statistic', () => {
    const r = extractTargets(
      '2026年全县卫生工作计划。2019年至2024年,全县人均预期寿命从75.1岁增长到76.3岁。',
    );
    expect(r.targets.filter((t) => t.value === 76.3)).toHaveLength(0);
  });
});

describe('a page of a reporting kind (bulletin, yearbook, summary)', () => {
  it('is told by its opening, unless the opening names a plan too', () => {
    const bulletin = '本省2023年卫生健康统计公报发布 全省婴儿死亡率降至4.1‰';
    expect(isReportKind(bulletin, bulletin.length)).toBe(true);
    const entry = '【妇幼保健】 2021年,本县孕产妇系统管理率95.2%。';
    expect(isReportKind(entry, entry.length)).toBe(true);
    const both = '关于印发2022年卫生工作总结和2023年卫生工作要点的通知';
    expect(isReportKind(both, both.length)).toBe(false);
    const plan = '本县2024年卫生健康工作计划\n一、全县住院分娩率达到99%以上。';
    expect(isReportKind(plan, plan.length)).toBe(false);
  });

  it('keeps a sentence that aims, and not one that only names a programme', () => {
    const aims = (s: string) => sentenceAims(s, 0, s.length);
    expect(aims('到2030年人均预期寿命达到80岁')).toBe(true);
    expect(aims('下一阶段力争将接种率提高到98%')).toBe(true);
    expect(aims('主要健康指标好于全国平均水平')).toBe(false);
    expect(aims('全县免疫规划疫苗接种率为97%以上')).toBe(false);
  });

  it('yields no targets from reported figures', () => {
    const text =
      '【妇幼保健】 2021年,本县孕产妇系统管理率95.2%,7岁以下儿童健康管理率96.5%以上。' +
      '全县住院分娩率为100%。';
    expect(extractTargets(text).targets).toHaveLength(0);
    const news =
      '本省2022年卫生统计公报显示 全省人均预期寿命达79.1岁\n全省孕产妇死亡率由上年的9.8/10万下降到8.7/10万。';
    expect(extractTargets(news).targets).toHaveLength(0);
  });

  it('still reads the aim a bulletin closes with', () => {
    const text =
      '本省2022年卫生统计公报显示 全省人均预期寿命达79.1岁\n' +
      '全省婴儿死亡率为3.9‰。到2030年,全省人均预期寿命力争达到81岁。';
    const r = extractTargets(text);
    expect(r.targets.map((t) => t.value)).toEqual([81]);
    expect(r.targets[0]).toMatchObject({ unit: '岁', year: 2030 });
  });
});

describe('a flattened table with a unit column of its own', () => {
  const table = [
    '编号 |',
    '指标 |',
    '单位 |',
    '2022年 |',
    '2026年 |',
    '2028年 |',
    '责任单位 |',
    '1 |',
    '孕产妇系统管理率 |',
    '% |',
    '93.4 |',
    '≥95 |',
    '≥96 |',
    '县卫健局 |',
    '2 |',
    '5岁以下儿童死亡率 |',
    '‰ |',
    '4.6 |',
    '≤4.2 |',
    '≤4 |',
    '县卫健局 |',
  ].join('\n');

  it('reads the unit from the cell under the label and the targets by year column', () => {
    const rows = findTableRows(table, table.length);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ name: '孕产妇系统管理率', unit: '%' });
    expect(rows[0]!.values.map((v) => [v.value, v.comparator, v.year])).toEqual([
      [95, '>=', 2026],
      [96, '>=', 2028],
    ]);
    expect(rows[1]!.values.map((v) => [v.value, v.comparator, v.year])).toEqual([
      [4.2, '<=', 2026],
      [4, '<=', 2028],
    ]);
  });

  it('takes no short line as a label unless a unit cell follows it', () => {
    const text = '主要任务\n95 |\n一、加强管理';
    expect(findTableRows(text, text.length)).toHaveLength(0);
  });
});

describe('a table row whose label opens with an age range', () => {
  it('is a row, not a stray number', () => {
    const text = '指标 | 2022年 | 2026年\n40-64岁人群慢性病筛查率(%) | 35 | ≥50';
    const rows = findTableRows(text, text.length);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ name: '40-64岁人群慢性病筛查率', unit: '%' });
    expect(rows[0]!.values.map((v) => [v.value, v.year])).toEqual([[50, 2026]]);
  });
});

describe('a year inside the span the plan names', () => {
  it('finds the span that ends in the plan year', () => {
    expect(planPeriodStart('本县健康促进行动方案(2023—2026年)\n正文', 2026)).toBe(2023);
    expect(planPeriodStart('本县健康促进行动方案(2023—2026年)\n正文', 2030)).toBeNull();
    expect(planPeriodStart('本县健康促进行动方案\n正文', 2026)).toBeNull();
  });

  it('is a milestone of the plan, not a past figure, when a sentence opens with it', () => {
    const text =
      '本县健康促进行动方案(2023—2026年)\n二、工作目标\n' +
      '2024年,全县人均预期寿命达到78.6岁;到2026年,全县人均预期寿命达到79.1岁。';
    const r = extractTargets(text);
    expect(r.targets.map((t) => [t.value, t.year])).toEqual([
      [78.6, 2024],
      [79.1, 2026],
    ]);
  });
});
