import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedReportingFixture } from '@targetboard/db/testing/reporting-fixture';
import { testEngine } from '@targetboard/db/testing/create-test-db';
import type { Deadline } from '@targetboard/shared/api/deadlines.schema';
import type { ErrorEnvelope } from '@targetboard/shared/api/errors';
import type { SubmissionOverviewSchema } from '@targetboard/shared/api/submissions.schema';
import { quarterOf } from '@targetboard/shared/quarters/quarter';
import { daysOverdue, quarterDueAt } from '@targetboard/shared/reporting/deadline';
import type { z } from 'zod';
import { signInAs } from '../testing/auth';
import { createTestApp } from '../testing/test-app';

type Overview = z.infer<typeof SubmissionOverviewSchema>;

describe(`reporting deadlines per level and reminders on ${testEngine()}`, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let f: Awaited<ReturnType<typeof seedReportingFixture>>;
  let admin: string;
  let approver: string;
  let reporter: string;
  beforeAll(async () => {
    t = await createTestApp();
    f = await seedReportingFixture(t.database.db);
    admin = (await signInAs(t.app, t.database.db, 'admin')).cookie;
    approver = (await signInAs(t.app, t.database.db, 'approver', f.regions.city)).cookie;
    reporter = (await signInAs(t.app, t.database.db, 'reporter', f.regions.countyA)).cookie;
  });
  afterAll(() => t.close());

  const call = (method: string, path: string, cookie: string, body?: unknown) =>
    t.app.request(path, {
      method,
      headers: { 'content-type': 'application/json', cookie },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const deadlines = async (cookie = reporter) =>
    (
      (await (await call('GET', '/api/reporting-deadlines', cookie)).json()) as {
        deadlines: Deadline[];
      }
    ).deadlines;
  const overview = async (quarter: string, cookie = approver) => {
    const res = await call(
      'GET',
      `/api/submissions?parentId=${f.regions.city}&quarter=${quarter}`,
      cookie,
    );
    expect(res.status).toBe(200);
    return (await res.json()) as Overview;
  };
  const row = (o: Overview, regionId: number) => o.regions.find((r) => r.region.id === regionId)!;

  it('lists every level with the default of 30 days until an admin sets one', async () => {
    const all = await deadlines();
    expect(all.map((d) => [d.level, d.graceDays, d.isDefault])).toEqual([
      [1, 30, true],
      [2, 30, true],
      [3, 30, true],
      [4, 30, true],
    ]);
    expect((await call('GET', '/api/reporting-deadlines', '')).status).toBe(401);
  });

  it('lets only an admin set a level, checks the values, and logs the change', async () => {
    expect(
      (await call('PUT', '/api/reporting-deadlines/3', approver, { graceDays: 20 })).status,
    ).toBe(403);
    for (const [path, body] of [
      ['/api/reporting-deadlines/5', { graceDays: 20 }],
      ['/api/reporting-deadlines/0', { graceDays: 20 }],
      ['/api/reporting-deadlines/3', { graceDays: -1 }],
      ['/api/reporting-deadlines/3', { graceDays: 367 }],
      ['/api/reporting-deadlines/3', { graceDays: 1.5 }],
    ] as const) {
      const res = await call('PUT', path, admin, body);
      expect(res.status, path + JSON.stringify(body)).toBe(422);
      expect(((await res.json()) as ErrorEnvelope).error.code).toBe('validation_failed');
    }
    const first = await call('PUT', '/api/reporting-deadlines/3', admin, { graceDays: 20 });
    expect(first.status).toBe(200);
    expect(((await first.json()) as { deadline: Deadline }).deadline).toMatchObject({
      level: 3,
      graceDays: 20,
      isDefault: false,
    });
    await call('PUT', '/api/reporting-deadlines/3', admin, { graceDays: 45 });
    expect((await deadlines()).find((d) => d.level === 3)).toMatchObject({
      graceDays: 45,
      isDefault: false,
    });
    const log = await t.database.db
      .selectFrom('change_log')
      .select(['old_value', 'new_value'])
      .where('entity', '=', 'deadline')
      .where('entity_key', '=', '3')
      .orderBy('id')
      .execute();
    expect(log).toEqual([
      { old_value: null, new_value: { graceDays: 20 } },
      { old_value: { graceDays: 20 }, new_value: { graceDays: 45 } },
    ]);
  });

  it('dates and counts overdue regions by the deadline of their level', async () => {
    // Counties (level 3) now have 45 days; the quarter ended long ago, so both are late.
    const q = quarterOf(2020, 1);
    const before = new Date();
    const o = await overview(q);
    const after = new Date();
    const county = row(o, f.regions.countyB);
    expect(county.dueAt).toBe(quarterDueAt(q, 45).toISOString());
    expect(county.overdue).toBe(true);
    expect(county.daysOverdue).toBeGreaterThanOrEqual(daysOverdue(q, 'draft', before, 45));
    expect(county.daysOverdue).toBeLessThanOrEqual(daysOverdue(q, 'draft', after, 45));
    expect(county.daysOverdue).toBeGreaterThan(365 * 6);
    expect(o.dueAt).toBe(quarterDueAt(q, 45).toISOString());
    // A quarter still open is due later and not overdue.
    const future = row(await overview('2099Q1'), f.regions.countyB);
    expect(future).toMatchObject({ overdue: false, daysOverdue: 0, lastReminderAt: null });
  });

  it('records a reminder in the change log and shows when it was last sent', async () => {
    const res = await call('POST', `/api/submissions/${f.regions.countyB}/2020Q2/remind`, approver);
    expect(res.status).toBe(200);
    const { reminder } = (await res.json()) as { reminder: { at: string; regionId: number } };
    expect(reminder.regionId).toBe(f.regions.countyB);
    const o = await overview('2020Q2');
    expect(row(o, f.regions.countyB).lastReminderAt).toBe(reminder.at);
    expect(row(o, f.regions.countyA).lastReminderAt).toBeNull();
    expect(row(await overview('2020Q3'), f.regions.countyB).lastReminderAt).toBeNull();
    const history = (await (
      await call(
        'GET',
        `/api/change-log?entity=submission&key=${f.regions.countyB}:2020Q2`,
        approver,
      )
    ).json()) as { entries: { note: string | null; newValue: unknown }[] };
    expect(history.entries).toEqual([
      expect.objectContaining({
        note: '催报',
        newValue: expect.objectContaining({ reminder: true }),
      }),
    ]);
  });

  it('refuses a reminder from a reporter, outside the scope, or for a submitted quarter', async () => {
    expect(
      (await call('POST', `/api/submissions/${f.regions.countyA}/2020Q2/remind`, reporter)).status,
    ).toBe(403);
    const countyApprover = (await signInAs(t.app, t.database.db, 'approver', f.regions.countyA))
      .cookie;
    expect(
      (await call('POST', `/api/submissions/${f.regions.countyB}/2020Q2/remind`, countyApprover))
        .status,
    ).toBe(403);
    expect((await call('POST', '/api/submissions/99999999/2020Q2/remind', approver)).status).toBe(
      404,
    );
    await t.database.db
      .insertInto('submissions')
      .values({ region_id: f.regions.countyA, quarter: '2020Q4', state: 'submitted' })
      .execute();
    const done = await call(
      'POST',
      `/api/submissions/${f.regions.countyA}/2020Q4/remind`,
      approver,
    );
    expect(done.status).toBe(409);
    expect(((await done.json()) as ErrorEnvelope).error.code).toBe('conflict');
  });
});
