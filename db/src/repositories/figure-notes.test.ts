import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../create-db';
import type { Db } from '../database';
import { createTestDb, testEngine } from '../testing/create-test-db';
import { seedReportingFixture } from '../testing/reporting-fixture';
import { findMergeClashes, mergeIndicatorInto } from './indicators.repository';

// What the status notes of observations' triggers say after inserts, updates, a mix of both
// and a moved figure (migration 2026-12-06-2100: an update is noted from its new rows, a
// figure's key never changes in place).
describe(`status notes of written figures on ${testEngine()}`, () => {
  let h: DbHandle;
  let f: Awaited<ReturnType<typeof seedReportingFixture>>;
  beforeAll(async () => {
    h = await createTestDb();
    f = await seedReportingFixture(h.db);
  });
  afterAll(() => h.close());

  const clear = async (db: Db) => {
    await sql`DELETE FROM observations`.execute(db);
    await sql`DELETE FROM cell_status_dirty`.execute(db);
  };
  const put = (db: Db, regionId: number, indicatorId: number, quarter: string, value: number) =>
    db
      .insertInto('observations')
      .values({ region_id: regionId, indicator_id: indicatorId, quarter, value, updated_by: 't' })
      .execute();
  /**
   * The figures' notes as "year indicator: regions", sorted; targets' notes (a merge moves
   * targets too), which name subtrees, are left out.
   */
  const notes = async (db: Db) => {
    const rows = await db
      .selectFrom('cell_status_dirty')
      .select(['region_ids', 'indicator_ids', 'year_from', 'year_to'])
      .where('subtree', '=', false)
      .execute();
    return rows
      .map((r) => {
        expect(r.year_from).toBe(r.year_to);
        return `${r.year_from} ${r.indicator_ids!.join(',')}: ${[...r.region_ids!].sort((a, b) => a - b).join(',')}`;
      })
      .sort();
  };
  /** Runs `write` in a transaction that is rolled back, answering the notes it left. */
  const notesOf = async (write: (trx: Db) => Promise<unknown>) => {
    let seen: string[] = [];
    await h.db
      .transaction()
      .execute(async (trx) => {
        await write(trx as unknown as Db);
        seen = await notes(trx as unknown as Db);
        throw new Error('roll back');
      })
      .catch((error: Error) => {
        if (error.message !== 'roll back') throw error;
      });
    return seen;
  };
  const seed = async () => {
    await clear(h.db);
    await put(h.db, f.regions.countyA, f.indicators.coverage, '2025Q4', 90);
    await put(h.db, f.regions.countyB, f.indicators.coverage, '2026Q1', 91);
    await put(h.db, f.regions.countyA, f.indicators.doctors, '2026Q2', 30);
    await sql`DELETE FROM cell_status_dirty`.execute(h.db);
  };

  it('an update notes each year and indicator with the regions whose figures it rewrote', async () => {
    await seed();
    const seen = await notesOf((trx) =>
      sql`UPDATE observations SET value = value + 1, version = version + 1`.execute(trx),
    );
    expect(seen).toEqual([
      `2025 ${f.indicators.coverage}: ${f.regions.countyA}`,
      `2026 ${f.indicators.coverage}: ${f.regions.countyB}`,
      `2026 ${f.indicators.doctors}: ${f.regions.countyA}`,
    ]);
    // An update that matches nothing notes nothing.
    expect(
      await notesOf((trx) => sql`UPDATE observations SET value = 0 WHERE false`.execute(trx)),
    ).toEqual([]);
  });

  it('an update notes what the same cells inserted anew would', async () => {
    await seed();
    const updated = await notesOf((trx) =>
      sql`UPDATE observations SET note = 'checked' WHERE quarter >= '2026Q1'`.execute(trx),
    );
    const inserted = await notesOf(async (trx) => {
      await sql`DELETE FROM observations WHERE quarter >= '2026Q1'`.execute(trx);
      await sql`DELETE FROM cell_status_dirty`.execute(trx);
      await put(trx, f.regions.countyB, f.indicators.coverage, '2026Q1', 91);
      await put(trx, f.regions.countyA, f.indicators.doctors, '2026Q2', 30);
    });
    expect(updated).toEqual(inserted);
    expect(updated).toHaveLength(2);
  });

  it('a write that inserts some cells and updates others notes both', async () => {
    await seed();
    const seen = await notesOf(async (trx) => {
      await put(trx, f.regions.countyB, f.indicators.doctors, '2026Q2', 12);
      await sql`UPDATE observations SET value = 1 WHERE quarter = '2025Q4'`.execute(trx);
    });
    expect(seen).toEqual([
      `2025 ${f.indicators.coverage}: ${f.regions.countyA}`,
      `2026 ${f.indicators.doctors}: ${f.regions.countyB}`,
    ]);
  });

  it("refuses to change a figure's region, indicator or quarter in place", async () => {
    await seed();
    for (const set of [
      sql`region_id = ${f.regions.countyB}`,
      sql`indicator_id = ${f.indicators.growth}`,
      sql`quarter = '2024Q4'`,
    ])
      await expect(
        notesOf((trx) => sql`UPDATE observations SET ${set} WHERE quarter = '2025Q4'`.execute(trx)),
      ).rejects.toThrow(/not changed in place/);
    // Setting a key column to the value it has is no change, and is allowed.
    expect(
      await notesOf((trx) =>
        sql`UPDATE observations SET quarter = quarter WHERE quarter = '2025Q4'`.execute(trx),
      ),
    ).toEqual([`2025 ${f.indicators.coverage}: ${f.regions.countyA}`]);
  });

  it('a merge moves the figures with their versions and notes both indicators', async () => {
    await seed();
    await sql`UPDATE observations SET version = 4 WHERE indicator_id = ${f.indicators.coverage}`.execute(
      h.db,
    );
    await sql`DELETE FROM cell_status_dirty`.execute(h.db);
    const { coverage, growth } = f.indicators;
    let moved: { figures: unknown[]; observations: number } | undefined;
    const seen = await notesOf(async (trx) => {
      expect(await findMergeClashes(trx, coverage, growth)).toEqual([]);
      const counts = await mergeIndicatorInto(trx, coverage, growth);
      const figures = await trx
        .selectFrom('observations')
        .select(['region_id', 'indicator_id', 'quarter', 'value', 'version'])
        .where('indicator_id', 'in', [coverage, growth])
        .orderBy('quarter')
        .execute();
      moved = { figures, observations: counts.observations };
    });
    expect(moved).toEqual({
      observations: 2,
      figures: [
        {
          region_id: f.regions.countyA,
          indicator_id: growth,
          quarter: '2025Q4',
          value: 90,
          version: 4,
        },
        {
          region_id: f.regions.countyB,
          indicator_id: growth,
          quarter: '2026Q1',
          value: 91,
          version: 4,
        },
      ],
    });
    expect(seen).toEqual(
      [
        `2025 ${coverage}: ${f.regions.countyA}`,
        `2025 ${growth}: ${f.regions.countyA}`,
        `2026 ${coverage}: ${f.regions.countyB}`,
        `2026 ${growth}: ${f.regions.countyB}`,
      ].sort(),
    );
  });
});
