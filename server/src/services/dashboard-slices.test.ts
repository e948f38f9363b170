import { resolveDashboard } from '@targetboard/shared/api/dashboard-resolve';
import type { DbHandle } from '@targetboard/db/create-db';
import { createTestDb } from '@targetboard/db/testing/create-test-db';
import { countStatements } from '@targetboard/db/testing/statement-counter';
import { STATUS_RULES_VERSION } from '@targetboard/shared/targets/status';
import {
  findStoredGridCells,
  STORED_CELL,
  type StoredGridCell,
} from '@targetboard/db/repositories/stored-grid.repository';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCellStatuses } from './cell-statuses.service';
import { buildDashboard } from './dashboard.service';

// 全国 → 1 province → 3 cities → 120 counties: enough grandchildren for several slices.
describe('dashboard roll-ups fetched in slices', () => {
  let t: DbHandle;
  let province: { id: number; code: string; name: string; level: number };
  beforeAll(async () => {
    t = await createTestDb();
    const db = t.db;
    const add = async (code: string, name: string, level: number, parent_id: number | null) =>
      await db
        .insertInto('regions')
        .values({ code, name, level, parent_id })
        .returning(['id', 'code', 'name', 'level'])
        .executeTakeFirstOrThrow();
    const nation = await add('000000', '全国', 0, null);
    province = await add('E10000', '戊省', 1, nation.id);
    const cities: { id: number }[] = [];
    for (let c = 1; c <= 3; c++)
      cities.push(await add(`E1${String(c).padStart(2, '0')}00`, `戊市${c}`, 2, province.id));
    const counties = await db
      .insertInto('regions')
      .values(
        Array.from({ length: 120 }, (_, k) => ({
          code: `E1${String((k % 3) + 1).padStart(2, '0')}${String(Math.floor(k / 3) + 1).padStart(2, '0')}`,
          name: `戊县${k}`,
          level: 3,
          parent_id: cities[k % 3]!.id,
        })),
      )
      .returning('id')
      .execute();
    const { id: indicator } = await db
      .insertInto('indicators')
      .values({ name: '覆盖率', unit: '%', kind: 'rate', direction: 'up', category: '' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('targets')
      .values({
        indicator_id: indicator,
        indicator_name: '覆盖率',
        region_id: province.id,
        year: 2026,
        comparator: '>=',
        value: 90,
        unit: '%',
        kind: 'rate',
        direction: 'up',
        state: 'confirmed',
      })
      .execute();
    await db
      .insertInto('observations')
      .values(
        counties.map((c, k) => ({
          indicator_id: indicator,
          region_id: c.id,
          quarter: '2026Q2',
          value: 80 + (k % 15),
          updated_by: 'test',
        })),
      )
      .execute();
  });
  afterAll(() => t.close());

  it('gives the same roll-ups whether read whole or in slices', async () => {
    const request = { region: province, year: 2026, quarter: 2 as const, scopeRegionId: null };
    const whole = resolveDashboard(await buildDashboard(t.db, request, { connections: 1 }));
    const sliced = resolveDashboard(await buildDashboard(t.db, request, { connections: 4 }));
    const rollUps = (r: typeof whole) =>
      r.rows.map((row) => [row.region.name, row.cells.map((c) => c.rollUp)]);
    expect(rollUps(sliced)).toEqual(rollUps(whole));
    // Every county counted once: 40 under each city.
    expect(whole.rows.map((row) => row.cells[0]!.rollUp!.total)).toEqual([40, 40, 40]);
    expect(whole.parent.cells[0]!.rollUp!.total).toBe(3);
  });

  it('reads the stored grid in shares that together are the whole, each cell once', async () => {
    await ensureCellStatuses(t.db, new Date('2026-06-30'));
    const request = { region: province, year: 2026, quarter: 2 as const, scopeRegionId: null };
    const counted = countStatements(t.db);
    const read = async (connections: number, storedStatuses = true) => {
      counted.reset();
      const { asOf: _asOf, ...grid } = resolveDashboard(
        await buildDashboard(counted.db, request, { connections, storedStatuses }),
      );
      return { grid, statements: counted.count() };
    };
    const whole = await read(1);
    const shared = await read(4);
    expect(shared.grid).toEqual(whole.grid);
    // The province and its three cities: two shares, one statement more than read whole.
    expect(shared.statements).toBe(whole.statements + 1);
    expect(whole.grid.rows.map((row) => row.cells.length)).toEqual([1, 1, 1]);
    // Each cell in one share only: the shares' cells are the whole read's, none twice.
    const query = {
      regionId: province.id,
      year: 2026,
      quarter: 2 as const,
      trendQuarters: ['2026Q1', '2026Q2'],
      rulesVersion: STATUS_RULES_VERSION,
    };
    const key = (c: StoredGridCell) => `${c[STORED_CELL.regionId]}:${c[STORED_CELL.indicatorId]}`;
    const all = (await findStoredGridCells(t.db, query)).cells.map(key).sort();
    const shares = await Promise.all(
      [0, 1].map((index) => findStoredGridCells(t.db, { ...query, slice: { index, count: 2 } })),
    );
    expect(shares.every((share) => share.cells.length > 0)).toBe(true);
    expect(shares.flatMap((share) => share.cells.map(key)).sort()).toEqual(all);
    expect(all).toHaveLength(4);
    // And the store's grid is the one judged live.
    expect((await read(4, false)).grid).toEqual(whole.grid);
  });

  it('says with the cells whether the store holds the year: rules, year, a write not yet judged', async () => {
    await ensureCellStatuses(t.db, new Date('2026-06-30'));
    const query = {
      regionId: province.id,
      year: 2026,
      quarter: 2 as const,
      trendQuarters: ['2026Q1', '2026Q2'],
      rulesVersion: STATUS_RULES_VERSION,
    };
    expect((await findStoredGridCells(t.db, query)).current).toBe(true);
    expect(
      (await findStoredGridCells(t.db, { ...query, rulesVersion: STATUS_RULES_VERSION + 1 }))
        .current,
    ).toBe(false);
    expect((await findStoredGridCells(t.db, { ...query, year: 2019 })).current).toBe(false);
    // A figure written without the refresh leaves a note: not believed until judged again.
    await t.db
      .updateTable('observations')
      .set({ value: 99 })
      .where('quarter', '=', '2026Q2')
      .where('value', '=', 80)
      .execute();
    expect((await findStoredGridCells(t.db, query)).current).toBe(false);
    const request = { region: province, year: 2026, quarter: 2 as const, scopeRegionId: null };
    const read = async (storedStatuses: boolean) => {
      const { asOf: _asOf, ...grid } = resolveDashboard(
        await buildDashboard(t.db, request, { connections: 4, storedStatuses }),
      );
      return grid;
    };
    // The grid then is judged live: the changed figure shows in the roll-ups.
    expect(await read(true)).toEqual(await read(false));
    await ensureCellStatuses(t.db, new Date('2026-06-30'));
    expect((await findStoredGridCells(t.db, query)).current).toBe(true);
  });
});
