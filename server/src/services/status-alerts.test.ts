import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@targetboard/db/create-db';
import type { Db } from '@targetboard/db/database';
import { listNotifications } from '@targetboard/db/repositories/alerts.repository';
import { insertUser } from '@targetboard/db/repositories/users.repository';
import { createTestDb, testEngine } from '@targetboard/db/testing/create-test-db';
import { countStatements } from '@targetboard/db/testing/statement-counter';
import { seedReportingFixture } from '@targetboard/db/testing/reporting-fixture';
import type { User } from '@targetboard/shared/api/users.schema';
import type { Quarter } from '@targetboard/shared/quarters/quarter';
import { ensureCellStatuses } from './cell-statuses.service';
import { saveFigures } from './save-figures.service';
import { watchStatuses } from './status-alerts';

/**
 * A write's alerts take "before" from the stored statuses while they are current, and judge
 * when a pending note says they are not. Shown by a stored status set by hand to what the
 * cell is about to become: read from the store, the cell does not change and raises nothing.
 */
describe(`status alerts over stored statuses on ${testEngine()}`, () => {
  let h: DbHandle;
  let db: Db;
  let f: Awaited<ReturnType<typeof seedReportingFixture>>;
  let admin: User;
  let approver: User;
  beforeAll(async () => {
    h = await createTestDb();
    db = h.db;
    f = await seedReportingFixture(db);
    const user = (username: string, role: User['role'], regionId: number | null) =>
      insertUser(db, { username, displayName: username, passwordHash: 'x', role, regionId });
    admin = await user('admin', 'admin', null);
    approver = await user('approverCity', 'approver', f.regions.city);
    await ensureCellStatuses(db, new Date('2026-06-01'));
  });
  afterAll(() => h.close());

  const save = (quarter: string, value: number, regionId = f.regions.countyA) =>
    saveFigures(db, admin, {
      quarter: quarter as Quarter,
      channel: 'form',
      regions: [
        {
          regionId,
          rows: [
            {
              indicatorId: f.indicators.coverage,
              value,
              numerator: null,
              denominator: null,
              note: null,
              version: 0,
            },
          ],
        },
      ],
    });
  const alerts = async () =>
    (await listNotifications(db, approver.id, 50)).notifications.filter(
      (n) => n.kind === 'status' && n.indicatorId === f.indicators.coverage,
    );
  const pretendStored = (column: 'q1' | 'q2', status: string, regionId = f.regions.countyA) =>
    db
      .updateTable('cell_statuses')
      .set({ [column]: status })
      .where('year', '=', 2026)
      .where('region_id', '=', regionId)
      .where('indicator_id', '=', f.indicators.coverage)
      .execute();

  it('a red figure raises one alert, judged against the stored status before it', async () => {
    await save('2026Q1', 90);
    const first = await alerts();
    expect(first.map((n) => n.quarter)).toEqual(['2026Q1']);

    // Stored as already missed: nothing turned red, so nothing is said.
    await pretendStored('q2', 'missed');
    await save('2026Q2', 90);
    expect(await alerts()).toHaveLength(1);
  });

  it('asks a year with no figure stored one question and reads no stored status', async () => {
    // Every cell of such a year stood at no_data (the first save of 2026 above raised its
    // alert from there); one probe says so before any stored row is read.
    const counted = countStatements(db);
    const cells = [f.regions.countyA, f.regions.countyB].map((regionId) => ({
      regionId,
      indicatorId: f.indicators.coverage,
      quarter: '2031Q2',
    }));
    await watchStatuses(counted.db, admin, cells);
    expect(counted.count()).toBe(1);
  });

  it('judges "before" itself while a note of an unjudged write is pending', async () => {
    await pretendStored('q1', 'missed', f.regions.countyB);
    await db
      .insertInto('cell_status_dirty')
      .values({
        region_ids: [f.regions.countyB],
        subtree: false,
        indicator_ids: [f.indicators.coverage],
        year_from: 2026,
        year_to: 2026,
      })
      .execute();
    await save('2026Q1', 90, f.regions.countyB);
    const now = await alerts();
    expect(now.map((n) => [n.regionId, n.quarter])).toContainEqual([f.regions.countyB, '2026Q1']);
    expect(now).toHaveLength(2);
    // The save's refresh took the note and stored the judged status over the pretended one.
    expect(await db.selectFrom('cell_status_dirty').selectAll().execute()).toEqual([]);
  });
});
