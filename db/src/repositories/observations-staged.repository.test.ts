import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../create-db';
import type { Db } from '../database';
import { createTestDb, testEngine } from '../testing/create-test-db';
import { seedReportingFixture } from '../testing/reporting-fixture';
import { listChanges } from './change-history.repository';
import {
  cellColumns,
  importWorkMem,
  insertFreshCells,
  noCellStored,
  stageCells,
  writeStagedCells,
} from './observations-staged.repository';
import { type CellKey, lockObservations, StaleObservationError } from './observations.repository';

interface Cell extends CellKey {
  value: number | null;
  numerator?: number | null;
  denominator?: number | null;
  note?: string | null;
}

describe(`staged (set-based) observation writes on ${testEngine()}`, () => {
  let h: DbHandle;
  let f: Awaited<ReturnType<typeof seedReportingFixture>>;
  beforeAll(async () => {
    h = await createTestDb();
    f = await seedReportingFixture(h.db);
  });
  afterAll(() => h.close());

  const columns = (list: Cell[]) => {
    const c = cellColumns(list.length);
    for (const x of list) {
      const i = c.length++;
      c.regionId[i] = x.regionId;
      c.indicatorId[i] = x.indicatorId;
      c.quarter[i] = x.quarter;
      c.value[i] = x.value ?? NaN;
      c.numerator[i] = x.numerator ?? NaN;
      c.denominator[i] = x.denominator ?? NaN;
      c.note[i] = x.note ?? null;
    }
    return c;
  };
  /** Stages and writes what differs, as the import does; returns what staging found. */
  const write = (list: Cell[], user = 'importer', between?: (trx: Db) => Promise<void>) =>
    h.db.transaction().execute(async (t) => {
      const trx = t as unknown as Db;
      const state = await stageCells(trx, columns(list));
      await between?.(trx);
      const created = list.filter((_, i) => state.version[i] === 0);
      const updated = list.filter((_, i) => state.version[i]! > 0 && !state.same[i]).length;
      await writeStagedCells(
        trx,
        { created: created.length, updated, createdKeys: () => created },
        { user, channel: 'import' },
      );
      return state;
    });
  // The history as the API derives it from the import's compact log.
  const logOf = async (k: CellKey) =>
    (
      await listChanges(h.db, {
        entity: 'observation',
        key: `${k.regionId}:${k.indicatorId}:${k.quarter}`,
        limit: 100,
      })
    ).map((e) => ({
      old_value: e.oldValue,
      new_value: e.newValue,
      user_name: e.user,
      channel: e.channel,
      note: e.note,
    }));
  const stored = async (k: CellKey) => (await lockObservations(h.db, [k])).values().next().value;

  it('inserts new cells, updates changed ones, leaves unchanged ones, and logs each write', async () => {
    const a: Cell = {
      regionId: f.regions.countyA,
      indicatorId: f.indicators.coverage,
      quarter: '2024Q1',
      value: 90,
    };
    const b: Cell = {
      regionId: f.regions.countyA,
      indicatorId: f.indicators.coverage,
      quarter: '2024Q2',
      value: 91,
      numerator: 91,
      denominator: 100,
      note: '含"引号"与\\反斜杠',
    };
    const c: Cell = {
      regionId: f.regions.countyB,
      indicatorId: f.indicators.doctors,
      quarter: '2024Q1',
      value: 12,
    };
    const first = await write([a, b, c], 'alice');
    expect([...first.version]).toEqual([0, 0, 0]);

    const second = await write([{ ...a, value: 92.5 }, b, c], 'bob');
    expect([...second.same]).toEqual([0, 1, 1]);
    expect(second.version[0]).toBe(1);

    expect(await stored(a)).toMatchObject({ value: 92.5, version: 2, updatedBy: 'bob' });
    expect(await stored(b)).toMatchObject({
      value: 91,
      numerator: 91,
      denominator: 100,
      note: '含"引号"与\\反斜杠',
      version: 1,
      updatedBy: 'alice',
    });
    expect(await logOf(a)).toEqual([
      {
        old_value: null,
        new_value: { value: 90, numerator: null, denominator: null, note: null, version: 1 },
        user_name: 'alice',
        channel: 'import',
        note: null,
      },
      {
        old_value: { value: 90, numerator: null, denominator: null, note: null, version: 1 },
        new_value: { value: 92.5, numerator: null, denominator: null, note: null, version: 2 },
        user_name: 'bob',
        channel: 'import',
        note: null,
      },
    ]);
    expect(await logOf(b)).toEqual([
      {
        old_value: null,
        new_value: {
          value: 91,
          numerator: 91,
          denominator: 100,
          note: '含"引号"与\\反斜杠',
          version: 1,
        },
        user_name: 'alice',
        channel: 'import',
        note: '含"引号"与\\反斜杠',
      },
    ]);
    expect(await logOf(c)).toHaveLength(1);
  });

  it('treats a stored empty note as no note, and a changed note as a change', async () => {
    const k: CellKey = {
      regionId: f.regions.countyB,
      indicatorId: f.indicators.coverage,
      quarter: '2024Q3',
    };
    await h.db
      .insertInto('observations')
      .values({
        region_id: k.regionId,
        indicator_id: k.indicatorId,
        quarter: k.quarter,
        value: 80,
        numerator: null,
        denominator: null,
        note: '',
        updated_by: 'form',
      })
      .execute();
    const same = await write([{ ...k, value: 80, note: null }]);
    expect(same.same[0]).toBe(1);
    const noted = await write([{ ...k, value: 80, note: '核实' }]);
    expect(noted.same[0]).toBe(0);
    expect(await stored(k)).toMatchObject({ note: '核实', version: 2 });
  });

  it('refuses, writing nothing, when someone else inserts a cell after staging', async () => {
    const mine: Cell = {
      regionId: f.regions.countyA,
      indicatorId: f.indicators.growth,
      quarter: '2024Q1',
      value: 3,
    };
    const theirs: Cell = {
      regionId: f.regions.countyA,
      indicatorId: f.indicators.growth,
      quarter: '2024Q2',
      value: 4,
    };
    const attempt = write([mine, theirs], 'importer', async (trx) => {
      await trx
        .insertInto('observations')
        .values({
          region_id: theirs.regionId,
          indicator_id: theirs.indicatorId,
          quarter: theirs.quarter,
          value: 7,
          numerator: null,
          denominator: null,
          note: null,
          updated_by: 'someone',
        })
        .execute();
    });
    const error = (await attempt.catch((e: unknown) => e)) as StaleObservationError;
    expect(error).toBeInstanceOf(StaleObservationError);
    expect(
      error.conflicts.map((c) => [c.current.quarter, c.current.value, c.current.updatedBy]),
    ).toEqual([['2024Q2', 7, 'someone']]);
    expect(await stored(mine)).toBeUndefined();
    expect(await stored(theirs)).toBeUndefined(); // the whole transaction rolled back
    expect(await logOf(mine)).toEqual([]);
  });

  it.skipIf(testEngine() !== 'postgres')(
    'refuses when a concurrent transaction commits the same new cell while the write runs',
    async () => {
      const k: Cell = {
        regionId: f.regions.countyB,
        indicatorId: f.indicators.growth,
        quarter: '2024Q4',
        value: 5,
      };
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      let inserted!: () => void;
      const ready = new Promise<void>((r) => (inserted = r));
      const other = h.db.transaction().execute(async (trx) => {
        await trx
          .insertInto('observations')
          .values({
            region_id: k.regionId,
            indicator_id: k.indicatorId,
            quarter: k.quarter,
            value: 6,
            numerator: null,
            denominator: null,
            note: null,
            updated_by: 'other',
          })
          .execute();
        inserted();
        await held;
      });
      await ready;
      const attempt = write([k]).catch((e: unknown) => e);
      // Let the import's INSERT reach the uncommitted row and wait on it, then commit that row.
      for (let i = 0; i < 100; i++) {
        const { rows } = await sql<{ n: number }>`
          SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE wait_event_type = 'Lock' AND query LIKE '%import_stage%'`.execute(h.db);
        if (rows[0]!.n > 0) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      release();
      await other;
      const error = (await attempt) as StaleObservationError;
      expect(error).toBeInstanceOf(StaleObservationError);
      expect(error.conflicts.map((c) => [c.current.value, c.current.updatedBy])).toEqual([
        [6, 'other'],
      ]);
      expect(await logOf(k)).toEqual([]);
    },
  );

  it('writes new cells without staging as the staged write would, and logs them alike', async () => {
    const a: Cell = {
      regionId: f.regions.countyA,
      indicatorId: f.indicators.mortality,
      quarter: '2023Q3',
      value: 10.5,
      note: '含"引号",逗号与\\反斜杠{}',
    };
    const b: Cell = {
      regionId: f.regions.countyB,
      indicatorId: f.indicators.mortality,
      quarter: '2023Q3',
      value: 11,
      numerator: 11,
      denominator: 100000,
    };
    const fresh = (list: Cell[]) =>
      h.db.transaction().execute(async (t) => {
        const trx = t as unknown as Db;
        const none = await noCellStored(trx, columns(list));
        if (none) await insertFreshCells(trx, columns(list), { user: 'carol', channel: 'import' });
        return none;
      });
    expect(await fresh([a, b])).toBe(true);
    expect(await stored(a)).toMatchObject({ value: 10.5, note: a.note, version: 1 });
    expect(await stored(b)).toMatchObject({ numerator: 11, denominator: 100000, version: 1 });
    expect(await logOf(a)).toEqual([
      {
        old_value: null,
        new_value: { value: 10.5, numerator: null, denominator: null, note: a.note, version: 1 },
        user_name: 'carol',
        channel: 'import',
        note: a.note,
      },
    ]);
    expect(await logOf(b)).toHaveLength(1);
    // Once stored, the same cells go the staged way.
    expect(await fresh([{ ...a, value: 12 }])).toBe(false);
    expect(await stored(a)).toMatchObject({ value: 10.5 });
  });

  it('refuses a fresh write, writing nothing, when someone stored one of its cells meanwhile', async () => {
    const mine: Cell = {
      regionId: f.regions.countyB,
      indicatorId: f.indicators.growth,
      quarter: '2023Q1',
      value: 3,
    };
    const theirs: Cell = { ...mine, quarter: '2023Q2', value: 4 };
    const attempt = h.db.transaction().execute(async (t) => {
      const trx = t as unknown as Db;
      expect(await noCellStored(trx, columns([mine, theirs]))).toBe(true);
      await trx
        .insertInto('observations')
        .values({
          region_id: theirs.regionId,
          indicator_id: theirs.indicatorId,
          quarter: theirs.quarter,
          value: 7,
          numerator: null,
          denominator: null,
          note: null,
          updated_by: 'someone',
        })
        .execute();
      await insertFreshCells(trx, columns([mine, theirs]), { user: 'carol', channel: 'import' });
    });
    const error = (await attempt.catch((e: unknown) => e)) as StaleObservationError;
    expect(error).toBeInstanceOf(StaleObservationError);
    expect(error.conflicts.map((c) => [c.current.quarter, c.current.value])).toEqual([
      ['2023Q2', 7],
    ]);
    expect(await stored(mine)).toBeUndefined();
    expect(await stored(theirs)).toBeUndefined();
  });

  it('sizes work_mem to the import for its transaction only: 64 MB up to 256 MB', async () => {
    expect([9_999, 10_000, 262_144, 300_000, 1_000_000, 5_000_000].map(importWorkMem)).toEqual([
      null,
      64,
      64,
      74,
      245,
      256,
    ]);
    const before = await sql<{ work_mem: string }>`SHOW work_mem`.execute(h.db);
    // Cells of quarters nothing else here writes; staged only, rolled back.
    const many: Cell[] = Array.from({ length: 300_000 }, (_, i) => ({
      regionId: f.regions.countyB,
      indicatorId: f.indicators.doctors,
      quarter: `${3000 + Math.floor(i / 4)}Q${(i % 4) + 1}`,
      value: i,
    }));
    const inside = await h.db
      .transaction()
      .execute(async (t) => {
        await stageCells(t as unknown as Db, columns(many));
        const { rows } = await sql<{ work_mem: string }>`SHOW work_mem`.execute(t);
        throw Object.assign(new Error('roll back'), { inside: rows[0]!.work_mem });
      })
      .catch((e: { inside?: string }) => e.inside);
    expect(inside).toBe('74MB');
    expect((await sql<{ work_mem: string }>`SHOW work_mem`.execute(h.db)).rows).toEqual(
      before.rows,
    );
  });

  it('stages nothing and writes nothing for an empty set', async () => {
    const state = await write([]);
    expect(state.version).toHaveLength(0);
  });
});
