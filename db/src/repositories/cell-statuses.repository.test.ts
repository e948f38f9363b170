import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REASON_CODES } from '@targetboard/shared/targets/reason';
import { TARGET_STATUSES } from '@targetboard/shared/targets/status';
import type { DbHandle } from '../create-db';
import type { Db } from '../database';
import { createTestDb, testEngine } from '../testing/create-test-db';
import {
  findStoredStatuses,
  listCellStatuses,
  markYearKept,
  mergeCellStatuses,
  type JudgedCellStatus,
  type StoredCellStatus,
} from './cell-statuses.repository';

const STATUSES = TARGET_STATUSES;

/**
 * A deterministic row; `turn` shifts its statuses (a changed judgement), `nudge` only the
 * projection as of Q4 (a changed figure that leaves every status as it was).
 */
function row(regionId: number, indicatorId: number, turn = 0, nudge = 0): JudgedCellStatus {
  const n = regionId * 7 + indicatorId * 3 + turn;
  const at = (q: number) => STATUSES[(n + q) % STATUSES.length]!;
  const some = (q: number, value: number) => ((n + q) % 3 === 0 ? null : value);
  return {
    regionId,
    indicatorId,
    targetId: indicatorId * 10,
    statuses: [at(0), at(1), at(2), at(3)],
    reasons: [0, 1, 2, 3].map((q) => REASON_CODES[(n + q) % REASON_CODES.length]!) as never,
    actuals: [some(0, n / 3), some(1, -n * 1.5), some(2, 1e-7 * n), some(3, n + 0.1)],
    actualQuarters: [some(0, 1), some(1, 2), some(2, 2), some(3, 4)],
    projections: [null, some(1, n / 7), some(2, n * 11.25), nudge === 0 ? null : nudge],
    margins: [some(0, 0.02 * n), null, null, some(3, 1.9)],
  };
}

/** What a write's "before" reads of a row: its target and statuses. */
const statusesOf = (r: JudgedCellStatus): StoredCellStatus => ({
  regionId: r.regionId,
  indicatorId: r.indicatorId,
  targetId: r.targetId,
  statuses: r.statuses,
});

const byCell = (a: StoredCellStatus, b: StoredCellStatus) =>
  a.regionId - b.regionId || a.indicatorId - b.indicatorId;

// The merge compares judged rows with the stored ones and writes only the difference; both of
// its ways in (unnest for a few rows, COPY into an analysed temporary table from 1,000) are run.
describe(`merging judged cell statuses on ${testEngine()}`, () => {
  let h: DbHandle;
  let db: Db;
  beforeAll(async () => {
    h = await createTestDb();
    db = h.db;
  });
  afterAll(() => h.close());

  const merge = (
    year: number,
    regionIds: number[] | null,
    indicatorIds: number[] | null,
    rows: JudgedCellStatus[],
  ) =>
    db
      .transaction()
      .execute((trx) => mergeCellStatuses(trx, { year, regionIds, indicatorIds }, rows));

  for (const [label, regions] of [
    ['a few rows', 6],
    ['thousands of rows (COPY)', 60],
  ] as const) {
    it(`writes only what differs, inside its scope: ${label}`, async () => {
      const year = 2000 + regions;
      const grid: JudgedCellStatus[] = [];
      for (let r = 1; r <= regions; r++) for (let i = 1; i <= 40; i++) grid.push(row(r, i));
      expect(await merge(year, null, null, grid)).toBe(grid.length);
      expect(await listCellStatuses(db, year)).toEqual(grid);
      // Another year beside it must stay as it is.
      await merge(year + 1, null, null, grid.slice(0, 10));

      // Judged again: the same rows write nothing.
      expect(await merge(year, null, null, grid)).toBe(0);

      // A scope of regions 1…3 and indicators 1…20: a few rows changed (statuses, or only a
      // figure judged), one gone.
      const regionIds = [1, 2, 3];
      const indicatorIds = Array.from({ length: 20 }, (_, k) => k + 1);
      const inScope = (c: StoredCellStatus) =>
        regionIds.includes(c.regionId) && indicatorIds.includes(c.indicatorId);
      const judged = grid
        .filter(inScope)
        .filter((c) => !(c.regionId === 2 && c.indicatorId === 5)) // its target withdrawn
        .map((c) =>
          c.indicatorId % 7 === 0
            ? row(c.regionId, c.indicatorId, 1)
            : c.indicatorId % 5 === 0
              ? row(c.regionId, c.indicatorId, 0, 0.5)
              : c,
        );
      const changed = judged.filter(
        (c) => c.indicatorId % 7 === 0 || c.indicatorId % 5 === 0,
      ).length;
      expect(await merge(year, regionIds, indicatorIds, judged)).toBe(changed + 1);
      const expected = [...grid.filter((c) => !inScope(c)), ...judged].sort(byCell);
      expect(await listCellStatuses(db, year)).toEqual(expected);

      // The withdrawn cell's target back: one row inserted.
      expect(await merge(year, [2], [5], [row(2, 5)])).toBe(1);
      expect(
        (await listCellStatuses(db, year)).find((c) => c.regionId === 2 && c.indicatorId === 5),
      ).toEqual(row(2, 5));
      expect(await listCellStatuses(db, year + 1)).toEqual(grid.slice(0, 10));
    });
  }

  it('COPYs a scope with nothing stored straight in, and upserts every row of it changed later', async () => {
    const year = 2300;
    const grid: JudgedCellStatus[] = [];
    for (let r = 1; r <= 40; r++) for (let i = 1; i <= 40; i++) grid.push(row(r, i));
    // Beside it, another scope of the same year already stored: left as it is.
    await merge(year, [99], [50], [row(99, 50)]);
    expect(await merge(year, null, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], grid.slice(0, 10))).toBe(10);
    const rest = grid.filter((c) => c.indicatorId > 10);
    expect(
      await merge(
        year,
        null,
        rest.map((c) => c.indicatorId),
        rest,
      ),
    ).toBe(rest.length);
    expect(await listCellStatuses(db, year)).toEqual(
      [...grid.slice(0, 10), ...rest, row(99, 50)].sort(byCell),
    );
    // Every row judged otherwise: the upsert rewrites each, keeping digests the next merge trusts.
    const turned = rest.map((c) => row(c.regionId, c.indicatorId, 1));
    expect(
      await merge(
        year,
        null,
        rest.map((c) => c.indicatorId),
        turned,
      ),
    ).toBe(turned.length);
    expect(
      await merge(
        year,
        null,
        rest.map((c) => c.indicatorId),
        turned,
      ),
    ).toBe(0);
    expect(await listCellStatuses(db, year)).toEqual(
      [...grid.slice(0, 10), ...turned, row(99, 50)].sort(byCell),
    );
  });

  // A grid reads a year's cells region by region: rows written in that order share pages.
  for (const [label, regions] of [
    ['a few rows', 5],
    ['thousands of rows (COPY)', 50],
  ] as const) {
    it(`writes rows by region, then indicator, whatever order they were judged in: ${label}`, async () => {
      const year = 2400 + regions;
      const judged: JudgedCellStatus[] = [];
      // Indicator first, regions descending: as unlike the read's order as can be.
      for (let i = 1; i <= 30; i++) for (let r = regions; r >= 1; r--) judged.push(row(r, i));
      // Beside it, a stored row of the year, so a few rows go through the upsert.
      await merge(year, [regions + 1], [1], [row(regions + 1, 1)]);
      await merge(
        year,
        Array.from({ length: regions }, (_, k) => k + 1),
        null,
        judged,
      );
      const { rows } = await sql<{ region_id: number; indicator_id: number }>`
        SELECT region_id, indicator_id FROM cell_statuses
        WHERE year = ${year} AND region_id <= ${regions} ORDER BY ctid`.execute(db);
      const written = rows.map((r) => [r.region_id, r.indicator_id]);
      expect(written).toEqual([...judged].sort(byCell).map((r) => [r.regionId, r.indicatorId]));
    });
  }

  it('writes again a row changed otherwise than by the merge, whose digest no longer holds', async () => {
    const year = 2200;
    const grid = [row(1, 1), row(1, 2), row(2, 1)];
    expect(await merge(year, null, null, grid)).toBe(3);
    // By hand: its statuses and details now differ from what the merge wrote.
    await db
      .updateTable('cell_statuses')
      .set({ q1: 'missed', actuals: [null, null, null, null] })
      .where('year', '=', year)
      .where('region_id', '=', 1)
      .where('indicator_id', '=', 2)
      .execute();
    expect(await merge(year, null, null, grid)).toBe(1);
    expect(await listCellStatuses(db, year)).toEqual(grid);
    expect(await merge(year, null, null, grid)).toBe(0);
  });

  it('serves stored statuses as a write\'s "before" only while the year is current', async () => {
    const year = 2100;
    const cells = [row(1, 1), row(1, 2), row(2, 1)];
    await merge(year, null, null, cells);
    const ask = [
      { regionId: 1, indicatorId: 2 },
      { regionId: 2, indicatorId: 1 },
      { regionId: 2, indicatorId: 1 }, // twice: one answer
      { regionId: 3, indicatorId: 3 }, // no target: no row
    ];
    expect(await findStoredStatuses(db, year, 1, ask)).toBeNull(); // not held yet
    await markYearKept(db, year, 1);
    expect(await findStoredStatuses(db, year, 2, ask)).toBeNull(); // other rules
    const stored = await findStoredStatuses(db, year, 1, ask);
    expect(stored && [...stored.entries()].sort()).toEqual([
      ['1:2', statusesOf(row(1, 2))],
      ['2:1', statusesOf(row(2, 1))],
    ]);
    // A note of a write not judged yet covers the year: judge instead.
    await db
      .insertInto('cell_status_dirty')
      .values({
        region_ids: [1],
        subtree: false,
        indicator_ids: [2],
        year_from: year,
        year_to: null,
      })
      .execute();
    expect(await findStoredStatuses(db, year, 1, ask)).toBeNull();
    await db.deleteFrom('cell_status_dirty').execute();
    expect(await findStoredStatuses(db, year, 1, [])).toEqual(new Map());
  });
});
