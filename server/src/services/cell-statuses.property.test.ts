import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@targetboard/db/create-db';
import type { Db, DbOrTrx } from '@targetboard/db/database';
import {
  isStoreCurrent,
  listCellStatuses,
} from '@targetboard/db/repositories/cell-statuses.repository';
import { createTestDb, testEngine } from '@targetboard/db/testing/create-test-db';
import { mergeIndicatorInto } from '@targetboard/db/repositories/indicators.repository';
import { STATUS_RULES_VERSION } from '@targetboard/shared/targets/status';
import { ensureCellStatuses, judgeCells, refreshCellStatuses } from './cell-statuses.service';
import { buildDashboard } from './dashboard.service';

/** 全国 → 甲省 (甲市, 乙市), 乙省 (丙市): parents by index; ops may add units below. */
const PARENTS = [null, 0, 0, 1, 1, 2] as const;
const YEARS = [2025, 2026] as const;
const QUARTERS = ['2025Q2', '2025Q4', '2026Q1', '2026Q2', '2026Q3'] as const;

const at = <T>(list: readonly T[], i: number) => list[i % list.length]!;

type Op =
  | { op: 'figure'; region: number; indicator: number; quarter: string; value: number | null }
  | {
      op: 'target';
      region: number;
      indicator: number;
      year: number | null;
      value: number;
      additive: boolean;
      confirmed: boolean;
    }
  | { op: 'edit'; pick: number; value: number; confirmed: boolean }
  | { op: 'region'; parent: number }
  | { op: 'merge' };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      op: fc.constant('figure' as const),
      region: fc.nat(20),
      indicator: fc.nat(2),
      quarter: fc.constantFrom(...QUARTERS),
      // null deletes the figure; quarters of a unit, so sums and projections are not whole;
      // 98 and 99.5 fall within the at-risk margin of a target of 100 (near_bound)
      value: fc.option(
        fc.oneof(
          { weight: 4, arbitrary: fc.integer({ min: 0, max: 480 }).map((v) => v / 4) },
          { weight: 1, arbitrary: fc.constantFrom(98, 99.5) },
        ),
        { freq: 6 },
      ),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('target' as const),
      region: fc.nat(20),
      indicator: fc.nat(2),
      year: fc.constantFrom(null, 2025, 2026),
      value: fc.oneof(fc.integer({ min: 0, max: 120 }), fc.constant(100)),
      additive: fc.boolean(),
      confirmed: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('edit' as const),
      pick: fc.nat(20),
      value: fc.integer({ min: 0, max: 120 }),
      confirmed: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('region' as const), parent: fc.nat(20) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('merge' as const) }) },
);

describe(`stored cell statuses equal the live judgement after any history on ${testEngine()}`, () => {
  let h: DbHandle;
  let db: Db;
  const baseRegions: number[] = [];
  beforeAll(async () => {
    h = await createTestDb();
    db = h.db;
    for (const [i, parent] of PARENTS.entries()) {
      const row = await db
        .insertInto('regions')
        .values({
          code: `S${i}`,
          name: `S区${i}`,
          level: parent === null ? 0 : parent === 0 ? 1 : 2,
          parent_id: parent === null ? null : baseRegions[parent]!,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      baseRegions.push(row.id);
    }
  }, 180_000);
  afterAll(() => h.close());

  /**
   * Every stored row of every held year — statuses and what each rests on (reason, figure,
   * quarter, projection, margin) — equals a full judgement; the grids agree too.
   */
  async function expectCurrent(where: string) {
    const kept = (await db.selectFrom('cell_status_years').select('year').execute()).map(
      (r) => r.year,
    );
    for (const year of kept) {
      const stored = await listCellStatuses(db, year);
      const live = (await judgeCells(db, year, null, null)).sort(
        (a, b) => a.regionId - b.regionId || a.indicatorId - b.indicatorId,
      );
      expect(stored, `${where}, ${year}`).toEqual(live);
      // …and grids read them (every note was taken), so the grids below come from the store.
      expect(await isStoreCurrent(db, year, STATUS_RULES_VERSION), `${where}, ${year}`).toBe(true);
    }
    await expectGridsAgree(where);
  }

  /**
   * A grid read from the store (or live where a note is pending) equals one judged live: the
   * top's as of three quarters, a province's (whose cities' custom units an op may add) as of
   * the other two… each year.
   */
  async function expectGridsAgree(where: string) {
    const asked = [
      [0, [1, 2, 4]],
      [1, [1, 3]],
    ] as const;
    for (const [at, quarters] of asked)
      for (const year of YEARS)
        for (const quarter of quarters) {
          const request = {
            region: { id: baseRegions[at]!, code: `S${at}`, name: `S区${at}`, level: 0 },
            year,
            quarter,
            scopeRegionId: null,
          };
          const fromStore = await buildDashboard(db, request);
          const live = await withoutStore(db, (trx) => buildDashboard(trx, request));
          // Byte for byte: the store's reply is built straight from its rows, the live one by
          // compacting judged cells; the JSON sent must not tell them apart.
          expect(
            JSON.stringify({ ...fromStore, asOf: '' }),
            `grid S${at} ${where}, ${year}Q${quarter}`,
          ).toBe(JSON.stringify({ ...live, asOf: '' }));
        }
  }

  it('after figures, targets, edits, new units and merges, each refreshed in its transaction', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(opArb, { minLength: 1, maxLength: 12 }),
        fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
        async (ops, refreshed) => {
          await reset(db, baseRegions);
          const regions = [...baseRegions];
          const indicators = await addIndicators(db);
          const targets: number[] = [];
          await ensureCellStatuses(db);
          for (const [k, op] of ops.entries()) {
            // Some writes do not refresh (a loader): their notes must keep readers live until
            // a later refresh takes them.
            const refresh = refreshed[k]!;
            await db.transaction().execute(async (trx) => {
              await apply(trx, op, regions, indicators, targets);
              if (refresh) await refreshCellStatuses(trx);
            });
            const where = `after op ${k} ${JSON.stringify(op)}`;
            await (refresh ? expectCurrent(where) : expectGridsAgree(where));
          }
          await db.transaction().execute((trx) => refreshCellStatuses(trx));
          await expectCurrent('at the end');
        },
      ),
      { numRuns: testEngine() === 'postgres' ? 15 : 20 },
    );
  }, 900_000);
});

/** Runs `read` in a transaction where no year is held (the live path), then rolls it back. */
async function withoutStore<T>(db: Db, read: (trx: DbOrTrx) => Promise<T>): Promise<T> {
  let out: T | undefined;
  await db
    .transaction()
    .execute(async (trx) => {
      await trx.deleteFrom('cell_status_years').execute();
      out = await read(trx);
      throw new Rollback();
    })
    .catch((e: unknown) => {
      if (!(e instanceof Rollback)) throw e;
    });
  return out!;
}
class Rollback extends Error {}

async function reset(db: Db, baseRegions: readonly number[]) {
  await db.deleteFrom('observations').execute();
  await db.deleteFrom('targets').execute();
  await db.deleteFrom('indicators').execute();
  await db
    .deleteFrom('regions')
    .where('id', 'not in', [...baseRegions])
    .execute();
  await db.deleteFrom('cell_statuses').execute();
  await db.deleteFrom('cell_status_years').execute();
  await db.deleteFrom('cell_status_dirty').execute();
}

/** A rate (intensive), a count (additive by its unit) and a second rate that merges may absorb. */
async function addIndicators(db: Db): Promise<number[]> {
  const ids: number[] = [];
  for (const [name, unit, kind] of [
    ['S覆盖率', '%', 'rate'],
    ['S人数', '人', 'count'],
    ['S达标率', '%', 'rate'],
  ] as const)
    ids.push(
      (
        await db
          .insertInto('indicators')
          .values({ name, unit, kind, direction: 'up', category: 'test' })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id,
    );
  return ids;
}

async function apply(
  trx: DbOrTrx,
  op: Op,
  regions: number[],
  indicators: number[],
  targets: number[],
): Promise<void> {
  switch (op.op) {
    case 'figure': {
      const key = {
        region_id: at(regions, op.region),
        indicator_id: at(indicators, op.indicator),
        quarter: op.quarter,
      };
      if (op.value === null)
        await trx
          .deleteFrom('observations')
          .where('region_id', '=', key.region_id)
          .where('indicator_id', '=', key.indicator_id)
          .where('quarter', '=', key.quarter)
          .execute();
      else
        await trx
          .insertInto('observations')
          .values({ ...key, value: op.value })
          .onConflict((oc) =>
            oc.columns(['region_id', 'indicator_id', 'quarter']).doUpdateSet({ value: op.value }),
          )
          .execute();
      return;
    }
    case 'target': {
      const indicator = at(indicators, op.indicator);
      const count = indicator === indicators[1];
      const row = await trx
        .insertInto('targets')
        .values({
          indicator_id: indicator,
          indicator_name: 'x',
          region_id: at(regions, op.region),
          year: op.year,
          comparator: '>=',
          value: op.value,
          unit: count ? '人' : '%',
          kind: count ? 'count' : 'rate',
          direction: 'up',
          measure: op.additive ? 'additive' : 'intensive',
          state: op.confirmed ? 'confirmed' : 'draft',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      targets.push(row.id);
      return;
    }
    case 'edit': {
      if (targets.length === 0) return;
      await trx
        .updateTable('targets')
        .set({ value: op.value, state: op.confirmed ? 'confirmed' : 'rejected' })
        .where('id', '=', at(targets, op.pick))
        .execute();
      return;
    }
    case 'region': {
      const parent = at(regions, op.parent);
      const row = await trx
        .insertInto('regions')
        .values({
          code: `S${regions.length}x`,
          name: `S区${regions.length}`,
          level: 4,
          parent_id: parent,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      regions.push(row.id);
      return;
    }
    case 'merge': {
      // The third indicator into the first, once, when no cell holds both (the service's check).
      if (indicators.length < 3) return;
      const [into, , from] = indicators as [number, number, number];
      const clash = await trx
        .selectFrom('observations as a')
        .innerJoin('observations as b', (j) =>
          j.onRef('b.region_id', '=', 'a.region_id').onRef('b.quarter', '=', 'a.quarter'),
        )
        .select('a.region_id')
        .where('a.indicator_id', '=', from)
        .where('b.indicator_id', '=', into)
        .executeTakeFirst();
      if (clash) return;
      await mergeIndicatorInto(trx, from, into);
      indicators.pop();
      return;
    }
  }
}
