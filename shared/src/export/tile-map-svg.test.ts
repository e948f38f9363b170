import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DashboardCell, DashboardRow } from '../api/dashboard-resolve';
import { PROVINCE_TILES } from '../regions/tile-grid';
import { mapTiles, rankWorstFirst, regionStanding } from '../targets/region-standing';
import { buildStripSvg, buildTileMapSvg } from './tile-map-svg';

const golden = new URL('./golden/tile-map.svg', import.meta.url);
const row = (code: string, name: string, status: DashboardCell['status'], value: number | null) =>
  ({
    region: { id: 1, code, name, level: 1, childCount: 0 },
    cells: [{ indicatorId: 1, status, value, rollUp: null } as unknown as DashboardCell],
  }) as DashboardRow;
const rows = [
  row('510000', '四川省', 'missed', 90),
  row('110000', '北京市', 'met', 99.5),
  row('440000', '广东省', 'at_risk', 97.5),
];
const options = {
  title: '住院分娩率 · 2026Q2',
  subtitle: '单位：%',
  asOf: '2026-07-15',
  byShare: false,
};

/** Every rectangle and text position lies inside the canvas: nothing is cut off. */
function expectInside(svg: string) {
  const width = Number(/width="(\d+)"/.exec(svg)![1]);
  const height = Number(/height="(\d+)"/.exec(svg)![1]);
  for (const m of svg.matchAll(
    /<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/g,
  )) {
    expect(Number(m[1]) + Number(m[3])).toBeLessThanOrEqual(width);
    expect(Number(m[2]) + Number(m[4])).toBeLessThanOrEqual(height);
  }
  for (const m of svg.matchAll(/ y="([\d.]+)"/g)) expect(Number(m[1])).toBeLessThanOrEqual(height);
}

describe('tile map SVG', () => {
  it('draws all 34 tiles with their status, name and figure, pinned by a golden file', () => {
    const svg = buildTileMapSvg(mapTiles(rows, { id: 1, unit: '%' }), options);
    const groups = [...svg.matchAll(/<g data-code="(\d+)" data-status="(\w+)">/g)];
    expect(groups.map((g) => g[1]).sort()).toEqual(PROVINCE_TILES.map((t) => t.code).sort());
    const status = Object.fromEntries(groups.map((g) => [g[1], g[2]]));
    expect(status).toMatchObject({
      '510000': 'missed',
      '110000': 'met',
      '440000': 'at_risk',
      '650000': 'no_data',
      '710000': 'not_applicable',
    });
    for (const text of ['四川', '90%', '✗', '不适用', '住院分娩率 · 2026Q2', '截至 2026-07-15'])
      expect(svg).toContain(text);
    expectInside(svg);
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, svg);
    expect(svg).toBe(readFileSync(golden, 'utf8'));
  });

  it('draws a ranked strip worst first, widening tiles for long names and wrapping rows', () => {
    const cities = [
      row('513400', '凉山彝族自治州', 'missed', 88),
      row('510100', '成都市', 'met', 99),
      row('510700', '绵阳市', 'at_risk', 97.5),
      ...Array.from({ length: 8 }, (_, i) => row(`5108${i}0`, `市${i}`, 'met', 99)),
    ];
    const ranked = rankWorstFirst(cities.map((r) => regionStanding(r, { id: 1, unit: '%' })));
    const svg = buildStripSvg(ranked, { ...options, byShare: true });
    expect([...svg.matchAll(/data-code="(\d+)"/g)].map((m) => m[1]).slice(0, 3)).toEqual([
      '513400',
      '510700',
      '510100',
    ]);
    expect(svg).toContain('1 凉山彝族自治州');
    expect(svg).toContain('下级达标占比 ≥90%');
    expect(svg).not.toContain('不适用');
    const tileWidth = Number(
      /<g data-code="513400"[^>]*><rect x="[\d.]+" y="[\d.]+" width="([\d.]+)"/.exec(svg)![1],
    );
    expect(tileWidth).toBeGreaterThanOrEqual(9 * 15); // '1 凉山彝族自治州' at 15 px
    expectInside(svg);
  });
});
