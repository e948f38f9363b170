import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../create-db';
import type { Db } from '../database';
import { down, up } from '../migrations/2026-12-06-2200-figures-noted-by-writer';
import { createTestDb, testEngine } from '../testing/create-test-db';
import { seedReportingFixture } from '../testing/reporting-fixture';
import {
  cellColumns,
  insertFreshCells,
  stageCells,
  writeStagedCells,
} from './observations-staged.repository';

interface Cell {
  regionId: number;
  indicatorId: number;
  quarter: string;
  value: number;
}

const ROLLBACK = new Error('rolled back on purpose');

describe(`status notes of an import's writes, written by the import, on ${testEngine()}`, () => {
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
      c.value[i] = x.value;
      c.numerator[i] = NaN;
      c.denominator[i] = NaN;
      c.note[i] = null;
    }
    return c;
  };
  /** Runs `body` in a transaction that is then rolled back; answers what it returned. */
  const rolledBack = async <T>(body: (trx: Db) => Promise<T>): Promise<T> => {
    let out: T | undefined;
    await h.db
      .transaction()
      .execute(async (t) => {
        out = await body(t as unknown as Db);
        throw ROLLBACK;
      })
      .catch((error: unknown) => {
        if (error !== ROLLBACK) throw error;
      });
    return out!;
  };
  /** The import's staged write, as the service runs it. */
  const stagedWrite = async (trx: Db, list: Cell[]) => {
    const cells = columns(list);
    const state = await stageCells(trx, cells);
    const created = list.filter((_, i) => state.version[i] === 0);
    const updated = list.filter((_, i) => state.version[i]! > 0 && !state.same[i]).length;
    await writeStagedCells(
      trx,
      { cells, same: state.same },
      { created: created.length, updated, createdKeys: () => created },
      { user: 'importer', channel: 'import' },
    );
  };
  /** Deletes the notes so far, so that what follows is all the write's. */
  const clearNotes = (trx: Db) => sql`DELETE FROM cell_status_dirty`.execute(trx);
  const readNotes = async (trx: Db) =>
    (
      await sql<{
        region_ids: number[];
        subtree: boolean;
        indicator_ids: number[];
        year_from: number;
        year_to: number;
      }>`SELECT region_ids, subtree, indicator_ids, year_from, year_to
         FROM cell_status_dirty ORDER BY id`.execute(trx)
    ).rows;
  /** The cells the notes name, as `year:indicator:region`, sorted. */
  const named = (notes: Awaited<ReturnType<typeof readNotes>>) =>
    [
      ...new Set(
        notes.flatMap((n) =>
          n.region_ids.flatMap((r) => n.indicator_ids.map((i) => `${n.year_from}:${i}:${r}`)),
        ),
      ),
    ].sort();
  const cellsNamed = (list: Cell[]) =>
    [...new Set(list.map((c) => `${c.quarter.slice(0, 4)}:${c.indicatorId}:${c.regionId}`))].sort();

  it('notes every cell the staged write stores, as the trigger notes them, once per year and indicator', async () => {
    const { countyA, countyB, city } = f.regions;
    const { coverage, doctors } = f.indicators;
    const stored: Cell[] = [
      { regionId: countyA, indicatorId: coverage, quarter: '2024Q1', value: 90 },
      { regionId: countyB, indicatorId: coverage, quarter: '2024Q1', value: 91 },
      { regionId: countyA, indicatorId: doctors, quarter: '2025Q2', value: 12 },
      { regionId: city, indicatorId: doctors, quarter: '2025Q3', value: 40 },
    ];
    await h.db.transaction().execute((t) => stagedWrite(t as unknown as Db, stored));
    const changed: Cell[] = [
      { ...stored[0]!, value: 92 },
      { ...stored[2]!, value: 13 },
    ];
    const created: Cell[] = [
      // Beside a changed cell's year and indicator, and in a group of its own.
      { regionId: city, indicatorId: coverage, quarter: '2024Q3', value: 93 },
      { regionId: countyB, indicatorId: doctors, quarter: '2026Q1', value: 7 },
    ];
    const unchanged = [stored[1]!, stored[3]!];
    const file = [...unchanged, ...changed, ...created];

    const byImport = await rolledBack(async (trx) => {
      await clearNotes(trx);
      await stagedWrite(trx, file);
      const notes = await readNotes(trx);
      // The trigger stands aside for the import's statements only: a later write is noted.
      await sql`UPDATE observations SET value = 1
                WHERE region_id = ${city} AND indicator_id = ${doctors} AND quarter = '2025Q3'`.execute(
        trx,
      );
      return { notes, after: await readNotes(trx) };
    });
    // The same cells written by plain statements, noted by the trigger.
    const byTrigger = await rolledBack(async (trx) => {
      await clearNotes(trx);
      for (const c of changed)
        await sql`UPDATE observations SET value = ${c.value}
                  WHERE region_id = ${c.regionId} AND indicator_id = ${c.indicatorId}
                    AND quarter = ${c.quarter}`.execute(trx);
      for (const c of created)
        await sql`INSERT INTO observations (region_id, indicator_id, quarter, value)
                  VALUES (${c.regionId}, ${c.indicatorId}, ${c.quarter}, ${c.value})`.execute(trx);
      return readNotes(trx);
    });

    expect(named(byImport.notes)).toEqual(cellsNamed([...changed, ...created]));
    expect(named(byImport.notes)).toEqual(named(byTrigger));
    // In the trigger's shape, and not noted a second time by the trigger.
    for (const n of byImport.notes) {
      expect(n.subtree).toBe(false);
      expect(n.indicator_ids).toHaveLength(1);
      expect(n.year_to).toBe(n.year_from);
    }
    const groups = byImport.notes.map((n) => `${n.year_from}:${n.indicator_ids[0]}`);
    expect(new Set(groups).size).toBe(groups.length);
    expect(byImport.after).toHaveLength(byImport.notes.length + 1);
    expect(byImport.after.at(-1)).toMatchObject({
      region_ids: [city],
      indicator_ids: [doctors],
      year_from: 2025,
    });
  });

  it('notes every cell of a fresh write (no staging) once per year and indicator', async () => {
    const { countyA, countyB } = f.regions;
    const { growth, mortality } = f.indicators;
    const file: Cell[] = [
      { regionId: countyA, indicatorId: growth, quarter: '2023Q1', value: 5 },
      { regionId: countyB, indicatorId: growth, quarter: '2023Q2', value: 6 },
      { regionId: countyA, indicatorId: mortality, quarter: '2023Q2', value: 9 },
      { regionId: countyB, indicatorId: mortality, quarter: '2022Q4', value: 8 },
    ];
    const notes = await rolledBack(async (trx) => {
      await clearNotes(trx);
      await insertFreshCells(trx, columns(file), { user: 'importer', channel: 'import' });
      return readNotes(trx);
    });
    expect(named(notes)).toEqual(cellsNamed(file));
    expect(notes).toHaveLength(3); // 2023 × growth, 2023 × mortality, 2022 × mortality
  });

  it('migrates down to the trigger noting every write, and up again', async () => {
    const { countyA } = f.regions;
    const { coverage } = f.indicators;
    const flaggedUpdate = () =>
      rolledBack(async (trx) => {
        await clearNotes(trx);
        await sql`SELECT set_config('targetboard.figures_noted', 'on', true)`.execute(trx);
        await sql`UPDATE observations SET value = 2
                  WHERE region_id = ${countyA} AND indicator_id = ${coverage}`.execute(trx);
        return readNotes(trx);
      });
    expect(await flaggedUpdate()).toEqual([]);
    await down(h.db);
    try {
      expect(named(await flaggedUpdate())).toEqual([`2024:${coverage}:${countyA}`]);
    } finally {
      await up(h.db);
    }
    expect(await flaggedUpdate()).toEqual([]);
  });
});
