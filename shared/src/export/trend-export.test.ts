import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildChartSvg } from './chart-svg';
import { observationsCsv, observationTable } from './observations-table';
import { trendFixture } from './trend-fixture';

const golden = (name: string) => new URL(`./golden/${name}`, import.meta.url);

/** Compares with the golden file; UPDATE_GOLDEN=1 rewrites it (review the diff before committing). */
function expectGolden(name: string, actual: string) {
  if (process.env.UPDATE_GOLDEN) writeFileSync(golden(name), actual);
  expect(actual).toBe(readFileSync(golden(name), 'utf8'));
}

describe('trend series', () => {
  const reply = trendFixture();
  const [chengdu, mianyang] = reply.regions;

  it('takes each year’s target (own or inherited) and judges each quarter with it', () => {
    expect(chengdu!.targets.map((t) => [t.year, t.rule, t.inheritedFrom?.name])).toEqual([
      [2024, '≤12/10万', '四川省'],
      [2025, '≤10/10万', '四川省'],
    ]);
    expect(mianyang!.targets[1]).toMatchObject({
      year: 2025,
      rule: '≤9/10万',
      inheritedFrom: null,
    });
    expect(chengdu!.points.map((p) => p.upper)).toEqual([12, 12, 12, 12, 10, 10, 10, 10]);
    expect(chengdu!.points[4]).toMatchObject({ quarter: '2025Q1', status: 'met', lower: null });
    expect(chengdu!.points[7]!.status).toBe('met');
  });

  it('keeps gaps as null with no_data', () => {
    expect(mianyang!.points[2]).toMatchObject({ value: null, judged: null, status: 'no_data' });
    expect(mianyang!.points[7]).toMatchObject({ value: null, status: 'no_data' });
    expect(mianyang!.points[3]!.status).toBe('missed'); // 12.4 > 12 at year end
  });

  it('writes the CSV of the fixed data set byte for byte (BOM, CRLF, quoting)', () => {
    const csv = observationsCsv(reply);
    expect(csv.startsWith('\uFEFF地区代码,地区,指标,季度,数值（1/10万）')).toBe(true);
    expect(csv).toContain('"凉山州,彝族"');
    expect(observationTable(reply).rows).toHaveLength(24);
    expectGolden('trend.csv', csv);
  });

  it('draws the whole chart as a fixed-size SVG, pinned by a golden file', () => {
    const svg = buildChartSvg(reply, { asOf: '2026-01-15' });
    expect(svg).toMatch(/^<svg [^>]*width="1200" height="\d+" viewBox="0 0 1200 \d+"/);
    for (const text of [
      '孕产妇死亡率趋势',
      '单位：1/10万',
      '成都市',
      '绵阳市',
      '凉山州,彝族',
      '数据来源：指标看板 · 截至 2026-01-15',
    ])
      expect(svg).toContain(text);
    const height = Number(/height="(\d+)"/.exec(svg)![1]);
    // Nothing is drawn below the canvas: every y coordinate lies inside it.
    for (const m of svg.matchAll(/ y="(-?[\d.]+)"/g))
      expect(Number(m[1])).toBeLessThanOrEqual(height);
    expectGolden('trend.svg', svg);
  });
});
