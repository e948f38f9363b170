import { describe, expect, it } from 'vitest';
import type { DashboardCell, DashboardRow } from '../api/dashboard-resolve';
import {
  mapTiles,
  rankWorstFirst,
  regionStanding,
  shareStatus,
  type RegionStanding,
} from './region-standing';
import type { TargetStatus } from './status';

type Counts = Partial<Record<TargetStatus, number>>;
const cell = (
  indicatorId: number,
  status: TargetStatus,
  value: number | null,
  subRegions: Counts | null = null,
) =>
  ({
    indicatorId,
    status,
    value,
    rollUp: subRegions && {
      counts: { met: 0, at_risk: 0, missed: 0, no_data: 0, ...subRegions },
      total: 0,
      shareMet: null,
      worst: null,
    },
  }) as unknown as DashboardCell;
const row = (code: string, cells: DashboardCell[]) =>
  ({ region: { id: 1, code, name: `r${code}`, level: 1, childCount: 1 }, cells }) as DashboardRow;
const coverage = { id: 1, unit: '%' };

describe('region standing', () => {
  it.each([
    [null, 'no_data'],
    [1, 'met'],
    [0.9, 'met'],
    [0.8999, 'at_risk'],
    [0.6, 'at_risk'],
    [0.5999, 'missed'],
    [0, 'missed'],
  ] as const)('a share met of %s colours as %s', (share, status) =>
    expect(shareStatus(share)).toBe(status),
  );

  it('takes the chosen indicator’s own status and figure, no_data where no target applies', () => {
    const r = row('510000', [cell(1, 'at_risk', 97.5, { met: 3 }), cell(2, 'missed', 20)]);
    expect(regionStanding(r, coverage)).toMatchObject({
      status: 'at_risk',
      value: 97.5,
      text: '97.5%',
      share: null,
    });
    expect(regionStanding(r, { id: 9, unit: '%' })).toMatchObject({
      status: 'no_data',
      value: null,
      text: '',
    });
    expect(regionStanding(row('1', [cell(1, 'met', 123456)]), { id: 1, unit: '人' }).text).toBe(
      '12.35万人',
    );
  });

  it('without an indicator counts the sub-regions’ cells, leaving no_data out of the share', () => {
    // Sub-regions: 7 met of 9 judged (2 not reported) in one cell, and one cell of its own.
    const r = row('510000', [
      cell(1, 'met', 99, { met: 5, missed: 1, no_data: 2 }),
      cell(2, 'missed', 20, { met: 2, at_risk: 1 }),
    ]);
    const s = regionStanding(r, null);
    expect(s.share).toBeCloseTo(7 / 9);
    expect(s).toMatchObject({ status: 'at_risk', text: '78%', value: null });
    // A region with no sub-regions counts its own cells.
    const county = row('510104', [
      cell(1, 'missed', 90),
      cell(2, 'met', 10),
      cell(3, 'no_data', null),
    ]);
    expect(regionStanding(county, null)).toMatchObject({ share: 0.5, status: 'missed' });
    expect(
      regionStanding(row('1', [cell(1, 'no_data', null, { no_data: 4 })]), null),
    ).toMatchObject({ share: null, status: 'no_data', text: '' });
  });

  it('ranks worst first, the lower share first within a status, then by code', () => {
    const s = (code: string, status: TargetStatus, share: number | null = null) =>
      ({ code, name: code, status, share, value: null, text: '' }) as RegionStanding;
    const ranked = rankWorstFirst([
      s('a', 'met', 1),
      s('b', 'no_data'),
      s('c', 'missed', 0.5),
      s('d', 'missed', 0.2),
      s('e', 'at_risk', 0.7),
      s('f', 'missed'),
      s('g', 'met', 0.95),
    ]);
    expect(ranked.map((x) => x.code)).toEqual(['d', 'c', 'f', 'e', 'b', 'g', 'a']);
  });

  it('gives all 34 tiles a status: rows’, no_data out of scope, not_applicable for 港澳台', () => {
    const tiles = mapTiles(
      [row('510000', [cell(1, 'missed', 90)]), row('110000', [cell(1, 'met', 99)])],
      coverage,
    );
    expect(tiles).toHaveLength(34);
    const status = (code: string) => tiles.find((t) => t.tile.code === code)!.status;
    expect(status('510000')).toBe('missed');
    expect(status('110000')).toBe('met');
    expect(status('440000')).toBe('no_data');
    for (const code of ['710000', '810000', '820000']) expect(status(code)).toBe('not_applicable');
    expect(tiles.find((t) => t.tile.code === '510000')!.standing?.text).toBe('90%');
  });
});
