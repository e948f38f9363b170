import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@targetboard/db/create-db';
import type { Db, DbOrTrx } from '@targetboard/db/database';
import { listCellStatuses } from '@targetboard/db/repositories/cell-statuses.repository';
import { createTestDb, testEngine } from '@targetboard/db/testing/create-test-db';
import { seedReportingFixture } from '@targetboard/db/testing/reporting-fixture';
import { refuseStatusRows } from '@targetboard/db/testing/refuse-rows';
import { tableDigests } from '@targetboard/db/testing/table-digests';
import type { User } from '@targetboard/shared/api/users.schema';
import type { Quarter } from '@targetboard/shared/quarters/quarter';
import { ensureCellStatuses, judgeCells, refreshCellStatuses } from './cell-statuses.service';
import { readImportFile } from './import-file';
import { mergeIndicator } from './indicators.service';
import { importObservations } from './observation-import.service';
import { addCustomRegion } from './regions.service';
import { saveFigures } from './save-figures.service';
import { editTarget } from './target-review.service';

const admin: User = {
  id: 1,
  username: 'admin',
  displayName: '管理员',
  role: 'admin',
  regionId: null,
  regionName: null,
  disabled: false,
  mustChangePassword: false,
  version: 1,
};

/** The write paths through their services: each leaves the store equal to a full judgement. */
describe(`cell statuses kept by the write paths on ${testEngine()}`, () => {
  let h: DbHandle;
  let db: Db;
  let f: Awaited<ReturnType<typeof seedReportingFixture>>;
  beforeAll(async () => {
    h = await createTestDb();
    db = h.db;
    f = await seedReportingFixture(db);
    expect(await ensureCellStatuses(db, new Date('2026-06-01'))).toEqual([2025, 2026]);
  });
  afterAll(() => h.close());

  /** No note pending, and every held year's rows equal a full judgement. */
  async function expectCurrent() {
    expect(await db.selectFrom('cell_status_dirty').selectAll().execute()).toEqual([]);
    for (const { year } of await db.selectFrom('cell_status_years').select('year').execute()) {
      const live = (await judgeCells(db, year, null, null)).sort(
        (a, b) => a.regionId - b.regionId || a.indicatorId - b.indicatorId,
      );
      expect(await listCellStatuses(db, year), String(year)).toEqual(live);
    }
  }
  /** Imports figure rows (`code,indicator,quarter,value`) as a CSV file would bring them. */
  const importRows = async (...rows: string[]) => {
    const file = ['region_code,indicator,quarter,value,numerator,denominator,note', ...rows];
    const table = await readImportFile(new TextEncoder().encode(file.join('\r\n')), 'x.csv');
    await importObservations(db, table, admin, false);
  };
  const stored = async (regionId: number, indicatorId: number, year = 2026) =>
    (await listCellStatuses(db, year)).find(
      (c) => c.regionId === regionId && c.indicatorId === indicatorId,
    )?.statuses;

  it('a save judges its cells again in its transaction', async () => {
    expect(await stored(f.regions.countyA, f.indicators.coverage)).toEqual([
      'no_data',
      'no_data',
      'no_data',
      'no_data',
    ]);
    await saveFigures(db, admin, {
      quarter: '2026Q1' as Quarter,
      channel: 'form',
      regions: [
        {
          regionId: f.regions.countyA,
          rows: [
            {
              indicatorId: f.indicators.coverage,
              value: 99,
              numerator: null,
              denominator: null,
              note: null,
              version: 0,
            },
          ],
        },
      ],
    });
    expect((await stored(f.regions.countyA, f.indicators.coverage))?.[0]).toBe('met');
    await expectCurrent();
  });

  it('a refused save leaves the statuses as they were', async () => {
    const before = await digests(db);
    const save = saveFigures(db, admin, {
      quarter: '2026Q1' as Quarter,
      channel: 'form',
      regions: [
        {
          regionId: f.regions.countyB,
          rows: [
            {
              indicatorId: f.indicators.coverage,
              value: 50,
              numerator: null,
              denominator: null,
              note: null,
              version: 0,
            },
          ],
        },
        {
          // stale: countyA's cell is at version 1
          regionId: f.regions.countyA,
          rows: [
            {
              indicatorId: f.indicators.coverage,
              value: 10,
              numerator: null,
              denominator: null,
              note: null,
              version: 0,
            },
          ],
        },
      ],
    });
    await expect(save).rejects.toMatchObject({ code: 'conflict' });
    expect(await digests(db)).toEqual(before);
  });

  it('a transaction that fails after its refresh takes the statuses back with it', async () => {
    const before = await digests(db);
    const failing = db.transaction().execute(async (trx) => {
      await trx
        .updateTable('observations')
        .set({ value: 1 })
        .where('region_id', '=', f.regions.countyA)
        .execute();
      await refreshCellStatuses(trx);
      throw new Error('after the refresh');
    });
    await expect(failing).rejects.toThrow('after the refresh');
    expect(await digests(db)).toEqual(before);
  });

  it("a pass whose rows cannot be written fails the refresh with that pass's error", async () => {
    // The rows of each pass are written while the next is judged: the first failure is still
    // the one thrown, and the transaction leaves nothing behind.
    const allow = await refuseStatusRows(db, 2025, 'no 2025 statuses here');
    try {
      const before = await digests(db);
      const failing = db.transaction().execute(async (trx) => {
        for (const [regionId, quarter] of [
          [f.regions.countyA, '2025Q2'],
          [f.regions.countyB, '2026Q2'],
        ] as const)
          await trx
            .updateTable('observations')
            .set({ value: 1 })
            .where('region_id', '=', regionId)
            .where('quarter', '=', quarter)
            .execute();
        await trx
          .insertInto('observations')
          .values(
            [2025, 2026].map((year) => ({
              region_id: f.regions.countyA,
              indicator_id: f.indicators.coverage,
              quarter: `${year}Q3`,
              value: 50,
              updated_by: 'test',
            })),
          )
          .execute();
        await refreshCellStatuses(trx);
      });
      await expect(failing).rejects.toThrow('no 2025 statuses here');
      expect(await digests(db)).toEqual(before);
    } finally {
      await allow();
    }
  });

  it('an import judges its cells again, parents of additive sums included', async () => {
    await importRows(
      `${f.codes.countyB},${f.names.coverage},2026Q2,80,,,`,
      `${f.codes.countyA},${f.names.doctors},2026Q2,41,,,`,
      `${f.codes.countyB},${f.names.doctors},2026Q2,30,,,`,
      `${f.codes.city},${f.names.coverage},2025Q4,97,,,`,
    );
    expect((await stored(f.regions.countyB, f.indicators.coverage))?.[1]).toBe('missed');
    expect((await stored(f.regions.countyB, f.indicators.doctors))?.[1]).not.toBe('no_data');
    expect((await stored(f.regions.city, f.indicators.coverage, 2025))?.[3]).toBe('met');
    await expectCurrent();
  });

  it('judges each written indicator in its own regions, not the cross product', async () => {
    const figure = (regionId: number, indicatorId: number, value: number) => ({
      region_id: regionId,
      indicator_id: indicatorId,
      quarter: '2026Q4',
      value,
      numerator: null,
      denominator: null,
      note: null,
      updated_by: 'test',
    });
    const judged = await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('observations')
        .values([
          figure(f.regions.countyA, f.indicators.coverage, 96),
          figure(f.regions.countyB, f.indicators.doctors, 31),
        ])
        .execute();
      return refreshCellStatuses(trx);
    });
    expect(judged.statusesOf(2026, f.regions.countyA, f.indicators.coverage)).toBeTruthy();
    expect(judged.statusesOf(2026, f.regions.countyB, f.indicators.doctors)).toBeDefined();
    // Judged once per indicator with its own region (and the parent that sums it), so
    // the other pairs of the two lists were not judged at all.
    expect(judged.statusesOf(2026, f.regions.countyA, f.indicators.doctors)).toBeUndefined();
    expect(judged.statusesOf(2026, f.regions.countyB, f.indicators.coverage)).toBeUndefined();
    await expectCurrent();
  });

  it('confirming a target, adding a unit and merging indicators keep them current', async () => {
    const draft = await db
      .selectFrom('targets')
      .select(['id', 'version'])
      .where('indicator_id', '=', f.indicators.mortality)
      .executeTakeFirstOrThrow();
    expect(await stored(f.regions.countyA, f.indicators.mortality)).toBeUndefined();
    await editTarget(db, admin, {
      id: draft.id,
      changes: { version: draft.version, state: 'confirmed' },
    });
    expect(await stored(f.regions.countyA, f.indicators.mortality)).toBeDefined();
    await expectCurrent();

    const unit = await addCustomRegion(db, admin, {
      parentId: f.regions.countyA,
      name: '一号乡',
      code: 'T10010101',
    });
    // It inherits A县's 参合率 target (intensive).
    expect(await stored(unit.id, f.indicators.coverage)).toBeDefined();
    await expectCurrent();

    await mergeIndicator(db, admin, { id: f.indicators.mortality, intoId: f.indicators.growth });
    expect(await stored(f.regions.countyA, f.indicators.mortality)).toBeUndefined();
    expect(await stored(f.regions.countyA, f.indicators.growth)).toBeDefined();
    await expectCurrent();
  });

  it('a start under new status rules judges every held year again', async () => {
    // As if judged by an older version of the rules, and wrongly by today's.
    await db.updateTable('cell_status_years').set({ rules_version: 0 }).execute();
    await db.updateTable('cell_statuses').set({ q1: 'missed', q2: 'missed' }).execute();
    expect(await ensureCellStatuses(db, new Date('2026-06-01'))).toEqual([2025, 2026]);
    await expectCurrent();
  });

  // Two writers of sibling counties under one additive city target (a sum of both): the one
  // that judges second must see the first one's figure, though each wrote before the other
  // committed. Only PostgreSQL has concurrent transactions.
  it.skipIf(testEngine() !== 'postgres')(
    'concurrent writers of one additive sum: the last to judge sees both figures',
    async () => {
      await db
        .insertInto('targets')
        .values({
          indicator_id: f.indicators.doctors,
          indicator_name: 'x',
          region_id: f.regions.city,
          year: 2026,
          comparator: '>=',
          value: 70,
          unit: '人',
          kind: 'count',
          direction: 'up',
          measure: 'additive',
          state: 'confirmed',
        })
        .execute();
      await db.transaction().execute((trx) => refreshCellStatuses(trx));
      const write = (regionId: number) => (trx: DbOrTrx) =>
        trx
          .insertInto('observations')
          .values({
            region_id: regionId,
            indicator_id: f.indicators.doctors,
            quarter: '2026Q3',
            value: 40,
          })
          .execute();
      let releaseFirst!: () => void;
      const firstMayCommit = new Promise<void>((r) => (releaseFirst = r));
      let firstJudged!: () => void;
      const firstHasJudged = new Promise<void>((r) => (firstJudged = r));
      const first = db.transaction().execute(async (trx) => {
        await write(f.regions.countyA)(trx);
        await refreshCellStatuses(trx);
        firstJudged();
        await firstMayCommit;
      });
      await firstHasJudged;
      const second = db.transaction().execute(async (trx) => {
        await write(f.regions.countyB)(trx);
        await refreshCellStatuses(trx); // waits for the first to commit
      });
      await new Promise((r) => setTimeout(r, 300));
      releaseFirst();
      await Promise.all([first, second]);
      // 40 + 40 ≥ 70 by Q3: met; judged on countyB's figure alone it would be at risk or missed.
      expect((await stored(f.regions.city, f.indicators.doctors))?.[2]).toBe('met');
      await expectCurrent();
    },
  );

  it('an import over a year not held and two held ones builds the one, judges the others', async () => {
    await importRows(
      `${f.codes.countyA},${f.names.coverage},2024Q3,91,,,`,
      `${f.codes.countyB},${f.names.growth},2025Q1,4,,,`,
      `${f.codes.countyA},${f.names.doctors},2025Q3,38,,,`,
      `${f.codes.city},${f.names.coverage},2026Q3,99,,,`,
      `${f.codes.countyB},${f.names.doctors},2026Q1,44,,,`,
    );
    const held = await db.selectFrom('cell_status_years').select('year').execute();
    expect(held.map((y) => y.year).sort()).toEqual([2024, 2025, 2026]);
    // The national coverage target (year-less) applies in 2024: 91 is below 95 as of Q3.
    expect((await stored(f.regions.countyA, f.indicators.coverage, 2024))?.[2]).toBe('missed');
    await expectCurrent();
  });

  it('answers, for each pass of a refresh, the rows it stored for that pass', async () => {
    const figure = (regionId: number, indicatorId: number, quarter: string, value: number) => ({
      region_id: regionId,
      indicator_id: indicatorId,
      quarter,
      value,
      numerator: null,
      denominator: null,
      note: null,
      updated_by: 'test',
    });
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('observations')
        .values([
          figure(f.regions.countyB, f.indicators.coverage, '2023Q2', 90), // 2023: not held
          figure(f.regions.countyA, f.indicators.growth, '2025Q2', 7),
          figure(f.regions.countyB, f.indicators.doctors, '2025Q4', 45),
          figure(f.regions.countyB, f.indicators.coverage, '2026Q4', 97),
        ])
        .execute();
      const judged = await refreshCellStatuses(trx);
      let asked = 0;
      for (const year of [2023, 2025, 2026])
        for (const row of await listCellStatuses(trx, year)) {
          const answer = judged.statusesOf(year, row.regionId, row.indicatorId);
          if (answer === undefined) continue;
          asked++;
          expect(answer, `${year} ${row.regionId} ${row.indicatorId}`).toEqual(
            expect.objectContaining({ targetId: row.targetId, statuses: row.statuses }),
          );
        }
      expect(judged.statusesOf(2023, f.regions.countyB, f.indicators.coverage)).toBeTruthy();
      expect(judged.statusesOf(2025, f.regions.countyA, f.indicators.growth)).toBeTruthy();
      expect(judged.statusesOf(2026, f.regions.countyB, f.indicators.coverage)).toBeTruthy();
      expect(asked).toBeGreaterThanOrEqual(3);
    });
    await expectCurrent();
  });
});

/** Written tables and the stored statuses, to show a refused write changed none of them. */
async function digests(db: Db) {
  return {
    ...(await tableDigests(db)),
    statuses: JSON.stringify([
      await listCellStatuses(db, 2025),
      await listCellStatuses(db, 2026),
      await db.selectFrom('cell_status_dirty').select('region_ids').execute(),
    ]),
  };
}
