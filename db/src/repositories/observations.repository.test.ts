import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../create-db';
import { createTestDb, testEngine } from '../testing/create-test-db';
import { seedReportingFixture } from '../testing/reporting-fixture';
import { findApplicableTargets } from './applicable-targets.repository';
import { listChanges } from './change-history.repository';
import { insertNewCells } from './observations-staged.repository';
import {
  type CellWrite,
  findStoredValues,
  lockObservations,
  saveObservations,
  StaleObservationError,
} from './observations.repository';

describe(`observations on ${testEngine()}`, () => {
  let h: DbHandle;
  let f: Awaited<ReturnType<typeof seedReportingFixture>>;
  beforeAll(async () => {
    h = await createTestDb();
    f = await seedReportingFixture(h.db);
  });
  afterAll(() => h.close());

  const cell = (over: Partial<CellWrite> = {}): CellWrite => ({
    regionId: f.regions.countyA,
    indicatorId: f.indicators.coverage,
    quarter: '2026Q1',
    value: 96,
    numerator: null,
    denominator: null,
    note: null,
    expectedVersion: 0,
    ...over,
  });
  const save = (writes: CellWrite[], user = 'alice') =>
    h.db.transaction().execute((trx) => saveObservations(trx, writes, { user, channel: 'form' }));

  it('creates at version 1, updates with the read version, and refuses a stale one', async () => {
    const [created] = (await save([cell()])).saved;
    expect(created).toMatchObject({ value: 96, version: 1, updatedBy: 'alice' });
    const [updated] = (await save([cell({ value: 97, expectedVersion: 1 })], 'bob')).saved;
    expect(updated).toMatchObject({ value: 97, version: 2, updatedBy: 'bob' });

    const stale = save([cell({ value: 90, expectedVersion: 1 })], 'carol');
    await expect(stale).rejects.toBeInstanceOf(StaleObservationError);
    const error = (await stale.catch((e: unknown) => e)) as StaleObservationError;
    expect(error.conflicts[0]?.current).toMatchObject({ value: 97, version: 2, updatedBy: 'bob' });
  });

  it('writes nothing of a batch when one row is stale', async () => {
    const fresh = cell({ indicatorId: f.indicators.doctors, value: 30 });
    await expect(save([fresh, cell({ value: 1, expectedVersion: 1 })])).rejects.toBeInstanceOf(
      StaleObservationError,
    );
    const rows = await lockObservations(h.db, [fresh]);
    expect(rows.size).toBe(0);
  });

  it('treats saving the figure already stored as unchanged, even from an old version', async () => {
    const result = await save([cell({ value: 97, expectedVersion: 1 })]);
    expect(result).toEqual({ saved: [], unchanged: 1 });
  });

  it('logs old → new with user and channel for every write', async () => {
    const log = await h.db
      .selectFrom('change_log')
      .selectAll()
      .where('entity', '=', 'observation')
      .where('entity_key', '=', `${f.regions.countyA}:${f.indicators.coverage}:2026Q1`)
      .orderBy('id')
      .execute();
    expect(log.map((e) => [e.old_value, e.new_value, e.user_name, e.channel])).toEqual([
      [
        null,
        { value: 96, numerator: null, denominator: null, note: null, version: 1 },
        'alice',
        'form',
      ],
      [
        { value: 96, numerator: null, denominator: null, note: null, version: 1 },
        { value: 97, numerator: null, denominator: null, note: null, version: 2 },
        'bob',
        'form',
      ],
    ]);
  });

  it('inserts new cells with their log, and refuses a cell that is already stored', async () => {
    const fresh = [cell({ quarter: '2025Q1', value: 80 }), cell({ quarter: '2025Q2', value: 81 })];
    await h.db
      .transaction()
      .execute((trx) => insertNewCells(trx, fresh, { user: 'importer', channel: 'import' }));
    const now = await lockObservations(h.db, fresh);
    expect([...now.values()].map((o) => [o.quarter, o.value, o.version]).sort()).toEqual([
      ['2025Q1', 80, 1],
      ['2025Q2', 81, 1],
    ]);
    // Imports log compactly; the history is derived as change_log rows would read.
    const logged = [];
    for (const quarter of ['2025Q1', '2025Q2'])
      for (const e of await listChanges(h.db, {
        entity: 'observation',
        regionId: f.regions.countyA,
        quarter,
        limit: 10,
      }))
        logged.push({
          old_value: e.oldValue,
          new_value: e.newValue,
          user_name: e.user,
          channel: e.channel,
        });
    expect(logged).toEqual([
      {
        old_value: null,
        new_value: { value: 80, numerator: null, denominator: null, note: null, version: 1 },
        user_name: 'importer',
        channel: 'import',
      },
      {
        old_value: null,
        new_value: { value: 81, numerator: null, denominator: null, note: null, version: 1 },
        user_name: 'importer',
        channel: 'import',
      },
    ]);
    const stored = await lockObservations(h.db, [cell()]);
    const again = h.db.transaction().execute((trx) =>
      insertNewCells(trx, [cell({ quarter: '2024Q4', value: 5 }), cell({ value: 1 })], {
        user: 'importer',
        channel: 'import',
      }),
    );
    await expect(again).rejects.toBeInstanceOf(StaleObservationError);
    // All or nothing: the stored cell keeps its figure, and the new one was not written.
    expect(await lockObservations(h.db, [cell()])).toEqual(stored);
    expect((await lockObservations(h.db, [cell({ quarter: '2024Q4' })])).size).toBe(0);
  });

  it('finds stored values among many keys, after a probe of their cross product', async () => {
    // 1,200 keys of one cell's quarters three centuries back: none stored, then two of them.
    const at = { regionId: f.regions.countyB, indicatorId: f.indicators.growth };
    const keys = Array.from({ length: 1_200 }, (_, k) => ({
      ...at,
      quarter: `${1000 + Math.floor(k / 4)}Q${(k % 4) + 1}`,
    }));
    expect(await findStoredValues(h.db, keys)).toEqual([]);
    await save([
      cell({ ...at, quarter: '1001Q2', value: 7 }),
      cell({ ...at, quarter: '1299Q4', value: 8 }),
    ]);
    const found = await findStoredValues(h.db, keys);
    expect(found.map((o) => [o.quarter, o.value]).sort()).toEqual([
      ['1001Q2', 7],
      ['1299Q4', 8],
    ]);
  });
});

describe(`applicable targets on ${testEngine()}`, () => {
  let h: DbHandle;
  let f: Awaited<ReturnType<typeof seedReportingFixture>>;
  beforeAll(async () => {
    h = await createTestDb();
    f = await seedReportingFixture(h.db);
  });
  afterAll(() => h.close());

  it("uses the region's own confirmed target first, else the nearest ancestor's", async () => {
    const a = await findApplicableTargets(h.db, f.regions.countyA, 2026);
    const byName = Object.fromEntries(a.map((r) => [r.indicator.name, r.target]));
    expect(byName['T参合率']).toMatchObject({ value: 98, year: 2026, inheritedFrom: null });
    expect(byName['T全科医生数']).toMatchObject({
      value: 40,
      inheritedFrom: { regionId: f.regions.province, name: 'T甲省' },
    });
    expect(byName['T增长率']).toMatchObject({
      value: 5,
      year: 2025,
      inheritedFrom: { name: 'T全国' },
    });
    expect(byName['T孕产妇死亡率']).toBeUndefined(); // draft targets never apply

    const b = await findApplicableTargets(h.db, f.regions.countyB, 2026);
    expect(b.find((r) => r.indicator.name === 'T参合率')?.target).toMatchObject({
      value: 95,
      inheritedFrom: { name: 'T全国' },
    });
  });

  it("passes to the parent when the region's own targets are for later years", async () => {
    const a = await findApplicableTargets(h.db, f.regions.countyA, 2025);
    expect(a.find((r) => r.indicator.name === 'T参合率')?.target).toMatchObject({
      value: 95,
      inheritedFrom: { name: 'T全国' },
    });
    expect(a.find((r) => r.indicator.name === 'T全科医生数')).toBeUndefined();
  });
});
