import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../create-db';
import type { Db } from '../database';
import { createTestDb, testEngine } from '../testing/create-test-db';
import { seedReportingFixture } from '../testing/reporting-fixture';
import { listChanges } from './change-history.repository';
import { insertNewCells } from './observations-staged.repository';
import { type CellWrite, saveObservations } from './observations.repository';

// An import logs compactly (one batch, arrays per region); the history the API shows is
// derived from it and must read as if each cell had its own change-log row.
describe(`cell history derived from the imports' compact log on ${testEngine()}`, () => {
  let h: DbHandle;
  let f: Awaited<ReturnType<typeof seedReportingFixture>>;
  beforeAll(async () => {
    h = await createTestDb();
    f = await seedReportingFixture(h.db);
  });
  afterAll(() => h.close());

  const figure = { numerator: null, denominator: null, note: null };
  const save = (writes: CellWrite[], user: string) =>
    h.db.transaction().execute((trx) => saveObservations(trx, writes, { user, channel: 'form' }));
  const importCells = (cells: (CellWrite & { note: string | null })[], user: string) =>
    h.db
      .transaction()
      .execute((trx) => insertNewCells(trx as unknown as Db, cells, { user, channel: 'import' }));

  it('interleaves form saves and imports in the order they happened, old → new per cell', async () => {
    const a = {
      regionId: f.regions.countyA,
      indicatorId: f.indicators.coverage,
      quarter: '2025Q1',
    };
    const b = { regionId: f.regions.countyA, indicatorId: f.indicators.doctors, quarter: '2025Q1' };
    const c = {
      regionId: f.regions.countyB,
      indicatorId: f.indicators.coverage,
      quarter: '2025Q1',
    };
    await importCells(
      [
        { ...a, ...figure, value: 90, expectedVersion: 0 },
        { ...b, ...figure, value: 12, note: '核实', expectedVersion: 0 },
        { ...c, ...figure, value: 70, expectedVersion: 0 },
      ],
      'importer',
    );
    await save([{ ...a, ...figure, value: 91, expectedVersion: 1 }], 'clerk');

    const key = `${a.regionId}:${a.indicatorId}:${a.quarter}`;
    const history = await listChanges(h.db, { entity: 'observation', key, limit: 10 });
    expect(history.map((e) => [e.user, e.channel, e.oldValue, e.newValue])).toEqual([
      ['importer', 'import', null, { ...figure, value: 90, version: 1 }],
      ['clerk', 'form', { ...figure, value: 90, version: 1 }, { ...figure, value: 91, version: 2 }],
    ]);
    expect(history[0]!.id).toBeLessThan(history[1]!.id);
    expect(history.every((e) => e.key === key && !Number.isNaN(Date.parse(e.at)))).toBe(true);

    // A region's history: its cells only, oldest first, an import's cells in file order.
    const region = await listChanges(h.db, {
      entity: 'observation',
      regionId: f.regions.countyA,
      limit: 10,
    });
    expect(region.map((e) => [e.key, e.user, e.note])).toEqual([
      [key, 'importer', null],
      [`${b.regionId}:${b.indicatorId}:${b.quarter}`, 'importer', '核实'],
      [key, 'clerk', null],
    ]);
    // The limit counts entries of both logs together.
    const firstTwo = await listChanges(h.db, {
      entity: 'observation',
      regionId: f.regions.countyA,
      quarter: '2025Q1',
      limit: 2,
    });
    expect(firstTwo.map((e) => e.user)).toEqual(['importer', 'importer']);
    // A key that names another region than regionId, or another quarter, matches nothing.
    const other = { entity: 'observation', key, limit: 9 } as const;
    expect(await listChanges(h.db, { ...other, regionId: f.regions.countyB })).toEqual([]);
    expect(await listChanges(h.db, { ...other, regionId: a.regionId, quarter: '2025Q2' })).toEqual(
      [],
    );
  });

  it('keeps the JSON of an entry as a change_log row would hold it (jsonb key order)', async () => {
    const k = { regionId: f.regions.countyB, indicatorId: f.indicators.doctors, quarter: '2025Q2' };
    await importCells([{ ...k, ...figure, value: 5, expectedVersion: 0 }], 'importer');
    const [entry] = await listChanges(h.db, {
      entity: 'observation',
      key: `${k.regionId}:${k.indicatorId}:${k.quarter}`,
      limit: 1,
    });
    const { rows } = await sql<{ j: unknown }>`
      SELECT jsonb_build_object('value', 5::float8, 'numerator', NULL::float8,
        'denominator', NULL::float8, 'note', NULL::text, 'version', 1) AS j`.execute(h.db);
    expect(JSON.stringify(entry!.newValue)).toBe(JSON.stringify(rows[0]!.j));
  });
});
