import { describe, expect, it } from 'vitest';
import { buildIndicatorMatcher } from './catalogue-names';
import { extractTargets } from './extract-targets';
import { CELL_EDGE } from './table';

const HEADER = '2021年全省卫生健康事业发展规划\n';
const rows = (body: string, options = {}) =>
  extractTargets(HEADER + body, options).targets.map((t) => [
    t.indicator,
    t.value,
    t.unit,
    t.comparator,
    t.year,
  ]);

describe('indicator tables', () => {
  it('reads one target per year column after the baseline, on one line', () => {
    const body =
      '指标 | 2020年基期 | 2023年目标 | 2025年目标\n执业医师数(万人) | 3.1 | 3.4 | 3.6\n';
    expect(rows(body)).toEqual([
      ['执业医师数', 34_000, '人', '>=', 2023],
      ['执业医师数', 36_000, '人', '>=', 2025],
    ]);
  });

  it('reads a table flattened one cell per line, bounds in cells winning', () => {
    const body = [
      '指标名称',
      '现状值',
      '2023年目标值',
      '2025年目标值',
      '5岁以下儿童贫血率(%)',
      '',
      '12.5',
      '',
      '<10',
      '',
      '≤8',
      '农村自来水普及率(%)',
      '85',
      '≥90',
      '≥95',
      '说明:以上为预期性指标。',
    ].join('\n');
    expect(rows(body)).toEqual([
      ['5岁以下儿童贫血率', 10, '%', '<', 2023],
      ['5岁以下儿童贫血率', 8, '%', '<=', 2025],
      ['农村自来水普及率', 90, '%', '>=', 2023],
      ['农村自来水普及率', 95, '%', '>=', 2025],
    ]);
  });

  it('aligns a row without a baseline to the year columns', () => {
    const body = '项目\n基线\n2023年目标\n2025年目标\n社区卫生服务中心标准化率(%)\n—\n70\n90\n';
    expect(rows(body).map((r) => [r[1], r[4]])).toEqual([
      [70, 2023],
      [90, 2025],
    ]);
  });

  it('without year columns takes the last cell as the plan year’s target', () => {
    expect(rows('孕产妇系统管理率(%)\t88\t92\n')).toEqual([
      ['孕产妇系统管理率', 92, '%', '>=', 2021],
    ]);
  });

  it('names a row by the catalogue when its label is a catalogue indicator', () => {
    const catalogue = buildIndicatorMatcher([
      { name: '居民健康素养水平', synonyms: [], unit: '%', direction: 'up' },
    ]);
    const t = extractTargets(HEADER + '居民健康素养水平(%)\t20\t25\n', { catalogue }).targets[0]!;
    expect([t.indicator, t.indicatorSource]).toEqual(['居民健康素养水平', 'catalogue']);
  });

  it('is not fooled by a formula’s ×100%', () => {
    expect(rows('计算方法:达标人数/调查人数×100%。')).toEqual([]);
  });

  it('reads a table with a `|` after each cell, bare year columns and a growth column', () => {
    const body = [
      '表1 主要发展指标 |',
      '||',
      '指标 |',
      '2025年 |',
      '2030年 |',
      '年均增速(%) |',
      '指标属性 |',
      '社区医院(家) |',
      '120 |',
      '150 |',
      '4.6 |',
      '预期性 |',
      '康复床位(万张) |',
      '1.2 |',
      '2.0 |',
      '— |',
      '预期性 |',
      '门急诊量(亿人次) |',
      '0.9 |',
      '1.1 |',
      '4.1 |',
      '预期性 |',
    ].join('\n');
    expect(rows(body)).toEqual([
      ['社区医院数', 150, '家', '>=', 2030],
      ['康复床位数', 20_000, '张', '>=', 2030],
      ['门急诊量', 110_000_000, '人次', '>=', 2030],
    ]);
  });

  it('trims a cell by code unit exactly where the blank-or-bar pattern would', () => {
    // The unit-column check trims in place; it must agree with /[\s|]/ on every code unit.
    const differ: number[] = [];
    for (let c = 0; c < 65536; c++)
      if (Boolean(CELL_EDGE[c]) !== /[\s|]/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });

  it('reads a unit column cell padded with ideographic blanks and bars', () => {
    const text =
      '2025年目标\n指标 | 单位 | 基期 | 2025年\n孕产妇系统管理率 |\n\u3000% |\n90 |\n≥95 |\n';
    const r = extractTargets(text, { defaultYear: 2025 });
    expect(r.targets.map((t) => [t.indicator, t.value, t.unit])).toEqual([
      ['孕产妇系统管理率', 95, '%'],
    ]);
  });
});
