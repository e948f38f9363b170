import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@targetboard/db/create-db';
import { listChanges } from '@targetboard/db/repositories/change-history.repository';
import { createTestDb, testEngine } from '@targetboard/db/testing/create-test-db';
import { seedReportingFixture } from '@targetboard/db/testing/reporting-fixture';
import { countStatements } from '@targetboard/db/testing/statement-counter';
import { tableDigests } from '@targetboard/db/testing/table-digests';
import type { User } from '@targetboard/shared/api/users.schema';
import { FIGURE_CASES, type FigureOutcome } from '@targetboard/shared/figures/figure-cases.fixture';
import type { FigureIssueCode } from '@targetboard/shared/reporting/validate-figure';
import { readImportFile } from './import-file';
import { ImportRejected, importObservations } from './observation-import.service';

const admin: User = {
  id: 1,
  username: 'importer',
  displayName: '导入员',
  role: 'admin',
  regionId: null,
  regionName: null,
  disabled: false,
  mustChangePassword: false,
  version: 1,
};

describe(`importObservations on ${testEngine()}`, () => {
  let h: DbHandle;
  let f: Awaited<ReturnType<typeof seedReportingFixture>>;
  beforeAll(async () => {
    h = await createTestDb();
    f = await seedReportingFixture(h.db);
  });
  afterAll(() => h.close());

  const run = async (
    rows: string[],
    dryRun = false,
    header = 'region_code,indicator,quarter,value,numerator,denominator,note',
  ) =>
    importObservations(
      h.db,
      await readImportFile(new TextEncoder().encode([header, ...rows].join('\r\n')), 'x.csv'),
      admin,
      dryRun,
    );
  const rejectedOf = (rows: string[], header?: string) =>
    run(rows, false, header).then(
      () => {
        throw new Error('expected a rejection');
      },
      (e: unknown) => {
        expect(e).toBeInstanceOf(ImportRejected);
        return (e as ImportRejected).reply;
      },
    );
  const observation = (regionId: number, indicatorId: number, quarter: string) =>
    h.db
      .selectFrom('observations')
      .select(['value', 'numerator', 'denominator', 'note', 'version', 'updated_by'])
      .where('region_id', '=', regionId)
      .where('indicator_id', '=', indicatorId)
      .where('quarter', '=', quarter)
      .executeTakeFirst();
  // The history as the API derives it from the import's compact log.
  const log = async (regionId: number, indicatorId: number, quarter: string) =>
    (
      await listChanges(h.db, {
        entity: 'observation',
        key: `${regionId}:${indicatorId}:${quarter}`,
        limit: 100,
      })
    ).map((e) => ({
      old_value: e.oldValue,
      new_value: e.newValue,
      user_name: e.user,
      channel: e.channel,
      note: e.note,
    }));

  it('dry run answers old → new for every change and writes nothing', async () => {
    const reply = await run([`${f.codes.countyA},${f.names.coverage},2023Q1,90,,,`], true);
    expect(reply).toMatchObject({ dryRun: true, created: 1, updated: 0, unchanged: 0 });
    expect(reply.changes).toEqual([
      {
        row: 2,
        regionCode: f.codes.countyA,
        indicatorId: f.indicators.coverage,
        indicatorName: f.names.coverage,
        quarter: '2023Q1',
        old: null,
        new: { value: 90, numerator: null, denominator: null, note: null },
      },
    ]);
    expect(await observation(f.regions.countyA, f.indicators.coverage, '2023Q1')).toBeUndefined();
    expect(await log(f.regions.countyA, f.indicators.coverage, '2023Q1')).toEqual([]);
  });

  it('creates, updates and skips unchanged cells, one change-log row per written cell', async () => {
    const first = await run([
      `${f.codes.countyA},${f.names.coverage},2023Q1,90,,,`,
      `${f.codes.countyA},${f.names.coverage},2023Q2,90.5,905,1000,`,
      `${f.codes.countyB},${f.names.doctors},2023Q1,12,,,首次`,
    ]);
    expect(first).toMatchObject({ created: 3, updated: 0, unchanged: 0, rejected: 0 });
    const again = await run([
      `${f.codes.countyA},${f.names.coverage},2023Q1,91,,,`,
      `${f.codes.countyA},${f.names.coverage},2023Q2,90.5,905,1000,`,
      `${f.codes.countyB},${f.names.doctors},2023Q1,12,,,首次`,
    ]);
    expect(again).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
    expect(await observation(f.regions.countyA, f.indicators.coverage, '2023Q1')).toEqual({
      value: 91,
      numerator: null,
      denominator: null,
      note: null,
      version: 2,
      updated_by: 'importer',
    });
    expect(await observation(f.regions.countyA, f.indicators.coverage, '2023Q2')).toMatchObject({
      value: 90.5,
      version: 1,
    });
    expect(await log(f.regions.countyA, f.indicators.coverage, '2023Q1')).toEqual([
      {
        old_value: null,
        new_value: { value: 90, numerator: null, denominator: null, note: null, version: 1 },
        user_name: 'importer',
        channel: 'import',
        note: null,
      },
      {
        old_value: { value: 90, numerator: null, denominator: null, note: null, version: 1 },
        new_value: { value: 91, numerator: null, denominator: null, note: null, version: 2 },
        user_name: 'importer',
        channel: 'import',
        note: null,
      },
    ]);
    expect(await log(f.regions.countyB, f.indicators.doctors, '2023Q1')).toEqual([
      {
        old_value: null,
        new_value: { value: 12, numerator: null, denominator: null, note: '首次', version: 1 },
        user_name: 'importer',
        channel: 'import',
        note: '首次',
      },
    ]);
    // The value computed from numerator and denominator is what is stored and logged.
    expect((await log(f.regions.countyA, f.indicators.coverage, '2023Q2'))[0]?.new_value).toEqual({
      value: 90.5,
      numerator: 905,
      denominator: 1000,
      note: null,
      version: 1,
    });
  });

  it('checks plausibility against the file first, then stored figures, and a note lifts it', async () => {
    // Stored (above): 2023Q1 = 91, 2023Q2 = 90.5. In percentage points, a jump is > 20.
    const reply = await rejectedOf([
      `${f.codes.countyA},${f.names.coverage},2023Q3,72,,,`, // 2023Q2 stored: −18.5, fine
      `${f.codes.countyA},${f.names.coverage},2023Q4,95,,,`, // 2023Q3 of this file: +23
      `${f.codes.countyA},${f.names.coverage},2024Q1,60,,,有原因`, // a note: not checked
      `${f.codes.countyA},${f.names.coverage},2024Q2,65,,,`, // 2024Q1 file: +5; 2023Q2: −25.5
    ]);
    expect(reply.rejectedRows.map((r) => [r.row, r.column, r.code])).toEqual([
      [3, '备注', 'plausibility_note_required'],
      [5, '备注', 'plausibility_note_required'],
    ]);
    expect(reply.rejectedRows[0]?.message).toContain('较上季度（72%）');
    expect(reply.rejectedRows[1]?.message).toContain('较上年同期（90.5%）');
    expect(await observation(f.regions.countyA, f.indicators.coverage, '2023Q3')).toBeUndefined();
  });

  it('a warning judged while the figures are written rolls the write back: nothing is kept', async () => {
    await run([`${f.codes.countyB},${f.names.coverage},2031Q1,90,,,`]);
    const before = await everythingWritten();
    const counted = countStatements(h.db);
    const table = await readImportFile(
      new TextEncoder().encode(
        [
          'region_code,indicator,quarter,value,numerator,denominator,note',
          `${f.codes.countyB},${f.names.coverage},2031Q1,92,,,`, // stored: updated
          `${f.codes.countyB},${f.names.coverage},2031Q2,61,,,`, // −31 from this file's 2031Q1
          `${f.codes.countyA},${f.names.coverage},2031Q2,93,,,`, // new
        ].join('\r\n'),
      ),
      'x.csv',
    );
    const reply = await importObservations(counted.db, table, admin, false).then(
      () => {
        throw new Error('expected a rejection');
      },
      (e: unknown) => (e as ImportRejected).reply,
    );
    expect(reply.rejectedRows.map((r) => [r.row, r.code])).toEqual([
      [3, 'plausibility_note_required'],
    ]);
    expect([reply.created, reply.updated, reply.rejected]).toEqual([0, 0, 1]);
    // The write was sent before the warning was found (it runs while the file is judged) …
    expect(counted.rawTexts().some((t) => /UPDATE observations/.test(t))).toBe(true);
    // … and the rollback took it back, with its log, notes and statuses.
    expect(await everythingWritten()).toEqual(before);
  });

  /** Every written table, the stored statuses, their notes and the alerts queued. */
  const everythingWritten = async () => ({
    ...(await tableDigests(h.db)),
    statuses: await h.db
      .selectFrom('cell_statuses')
      .selectAll()
      .orderBy(['year', 'region_id', 'indicator_id'])
      .execute(),
    notes: await h.db.selectFrom('cell_status_dirty').selectAll().execute(),
    notifications: await h.db.selectFrom('notifications').select('id').execute(),
    outbox: await h.db.selectFrom('outbox').select('id').execute(),
  });

  it('reads no stored figure key by key when one probe finds none outside the file', async () => {
    await run([`${f.codes.countyB},${f.names.coverage},2035Q1,90,,,`]);
    // 2035Q1 is stored, so history may be; the references outside the file (2034Q4, 2034Q1,
    // 2034Q2) are not, which one probe of their regions, indicators and quarters says.
    const counted = countStatements(h.db);
    const table = await readImportFile(
      new TextEncoder().encode(
        [
          'region_code,indicator,quarter,value,numerator,denominator,note',
          `${f.codes.countyB},${f.names.coverage},2035Q1,91,,,`,
          `${f.codes.countyB},${f.names.coverage},2035Q2,92,,,`,
        ].join('\r\n'),
      ),
      'x.csv',
    );
    const reply = await importObservations(counted.db, table, admin, false);
    expect([reply.created, reply.updated]).toEqual([1, 1]);
    expect(
      counted.rawTexts().filter((t) => /JOIN unnest/.test(t) && /FROM observations/.test(t)),
    ).toEqual([]);
  });

  it('asks one question when no history is stored, and still checks against the file', async () => {
    // Nothing stored in 2040 or 2041 for these cells: the file's own 2041Q1 is the history.
    const counted = countStatements(h.db);
    const table = await readImportFile(
      new TextEncoder().encode(
        [
          'region_code,indicator,quarter,value,numerator,denominator,note',
          `${f.codes.countyB},${f.names.coverage},2041Q1,90,,,`,
          `${f.codes.countyB},${f.names.coverage},2041Q2,60,,,`, // −30 from the file's 2041Q1
        ].join('\r\n'),
      ),
      'x.csv',
    );
    const reply = await importObservations(counted.db, table, admin, false).then(
      () => {
        throw new Error('expected a rejection');
      },
      (e: unknown) => (e as ImportRejected).reply,
    );
    expect(reply.rejectedRows.map((r) => [r.row, r.code])).toEqual([
      [3, 'plausibility_note_required'],
    ]);
    // No stored figure was read key by key (2040Q4, 2040Q1, 2040Q2 are not in the file).
    expect(
      counted.rawTexts().filter((t) => /JOIN unnest/.test(t) && /FROM observations/.test(t)),
    ).toEqual([]);
  });

  it('names every rejected row — a duplicate of a rejected row too — and writes nothing', async () => {
    const reply = await rejectedOf(
      [
        `${f.codes.countyB},${f.names.coverage},2023Q1,120,,,`,
        `${f.codes.countyB},${f.names.coverage},2023Q1,95,,,`,
        `${f.codes.countyB},${f.names.doctors},2023Q1,13,,,x,0`,
        `${f.codes.countyB},${f.names.doctors},2023Q2,14,,,,-1`,
        `${f.codes.countyB},${f.names.growth},2023Q1,2,,,`,
      ],
      'region_code,indicator,quarter,value,numerator,denominator,note,version',
    );
    expect(reply.rejectedRows.map((r) => [r.row, r.code])).toEqual([
      [2, 'percent_out_of_range'],
      [3, 'duplicate_row'],
      [4, 'stale_version'],
      [5, 'not_a_number'],
    ]);
    expect(reply.rejectedRows[1]?.message).toContain('与第 2 行重复');
    expect(reply.rejectedRows[2]?.message).toContain('importer');
    expect(reply).toMatchObject({ rejected: 4, created: 0, updated: 0, unchanged: 0 });
    expect(await observation(f.regions.countyB, f.indicators.growth, '2023Q1')).toBeUndefined();
  });

  it.each(FIGURE_CASES)(
    'reads %s %j as the form and the shared rules do',
    async (indicator, text, expected) => {
      const cell = `"${text.replaceAll('"', '""')}"`;
      const line = `${f.codes.countyA},${f.names[indicator]},2001Q1,${cell},,,`;
      const reply = await run([line], true).catch((e: unknown) => {
        if (!(e instanceof ImportRejected)) throw e;
        return e.reply;
      });
      const outcome: FigureOutcome =
        reply.skipped === 1
          ? { blank: true }
          : reply.rejectedRows[0]
            ? { code: reply.rejectedRows[0].code as FigureIssueCode }
            : { value: reply.changes[0]!.new.value! };
      expect(outcome).toEqual(expected);
    },
  );
});
