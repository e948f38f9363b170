import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '@targetboard/db/testing/create-test-db';
import { seedReportingFixture } from '@targetboard/db/testing/reporting-fixture';
import type {
  Notification,
  NotificationSettings,
  Webhook,
} from '@targetboard/shared/api/alerts.schema';
import { createApp } from '../app';
import { checkOverdue, latestDueQuarter } from '../services/overdue-alerts';
import { signInAs } from '../testing/auth';
import { createTestApp } from '../testing/test-app';

describe(`notifications, settings and webhooks over HTTP on ${testEngine()}`, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let f: Awaited<ReturnType<typeof seedReportingFixture>>;
  let reporter: string;
  let approver: string;
  let otherApprover: string;
  beforeAll(async () => {
    t = await createTestApp();
    f = await seedReportingFixture(t.database.db);
    reporter = (await signInAs(t.app, t.database.db, 'reporter', f.regions.countyA)).cookie;
    approver = (await signInAs(t.app, t.database.db, 'approver', f.regions.city)).cookie;
    otherApprover = (await signInAs(t.app, t.database.db, 'approver', f.regions.countyB)).cookie;
  });
  afterAll(() => t.close());

  const call = (method: string, path: string, cookie: string, body?: unknown, app = t.app) =>
    app.request(path, {
      method,
      headers: { 'content-type': 'application/json', cookie },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const inbox = async (cookie: string) =>
    (await (await call('GET', '/api/notifications', cookie)).json()) as {
      notifications: Notification[];
      unread: number;
    };

  it('tells the approver when a reporter saves a red figure, and the reporter when it is returned', async () => {
    const save = await call('PUT', '/api/observations', reporter, {
      regionId: f.regions.countyA,
      quarter: '2026Q1',
      rows: [{ indicatorId: f.indicators.coverage, value: 90, version: 0 }],
    });
    expect(save.status).toBe(200);
    const a = await inbox(approver);
    expect(a.unread).toBe(1);
    expect(a.notifications[0]).toMatchObject({
      kind: 'status',
      regionId: f.regions.countyA,
      indicatorId: f.indicators.coverage,
      quarter: '2026Q1',
      read: false,
    });
    expect((await inbox(reporter)).unread).toBe(0); // their own change
    expect((await inbox(otherApprover)).unread).toBe(0); // not their scope

    const submit = await call(
      'POST',
      `/api/submissions/${f.regions.countyA}/2026Q1/submit`,
      reporter,
      { notApplicable: true },
    );
    expect(submit.status).toBe(200);
    const back = await call(
      'POST',
      `/api/submissions/${f.regions.countyA}/2026Q1/return`,
      approver,
      { reason: '参合率低于上季度，请核实' },
    );
    expect(back.status).toBe(200);
    const r = await inbox(reporter);
    expect(r.unread).toBe(1);
    expect(r.notifications[0]).toMatchObject({ kind: 'returned', indicatorId: null });
    expect(r.notifications[0]!.bodyZh).toContain('参合率低于上季度，请核实');
  });

  it('marks one read, refuses another user’s, and marks all read', async () => {
    const [mine] = (await inbox(approver)).notifications;
    const other = await call('POST', `/api/notifications/${mine!.id}/read`, reporter);
    expect(other.status).toBe(404);
    const read = await call('POST', `/api/notifications/${mine!.id}/read`, approver);
    expect(await read.json()).toEqual({ unread: 0 });
    expect((await inbox(approver)).notifications[0]!.read).toBe(true);
    const all = await call('POST', '/api/notifications/read-all', reporter);
    expect(await all.json()).toEqual({ marked: 1 });
    expect((await inbox(reporter)).unread).toBe(0);
  });

  it('finds an overdue quarter once, however often it looks', async () => {
    const now = new Date('2026-06-01T00:00:00Z');
    expect(latestDueQuarter(now, 30)).toBe('2026Q1');
    expect(latestDueQuarter(new Date('2026-04-30T00:00:00Z'), 30)).toBe('2025Q4');
    expect(await checkOverdue(t.database.db, now)).toBeGreaterThanOrEqual(1);
    await checkOverdue(t.database.db, now);
    const overdue = (await inbox(reporter)).notifications.filter((n) => n.kind === 'overdue');
    expect(overdue).toHaveLength(1);
    expect(overdue[0]).toMatchObject({ regionId: f.regions.countyA, quarter: '2026Q1' });
    expect((await inbox(approver)).notifications.filter((n) => n.kind === 'overdue')).toHaveLength(
      1,
    );
  });

  it('offers e-mail only where SMTP is configured', async () => {
    const get = await call('GET', '/api/notification-settings', reporter);
    expect(await get.json()).toEqual({ email: null, emailEnabled: false, emailAvailable: false });
    const refused = await call('PUT', '/api/notification-settings', reporter, {
      email: 'a@bureau.test',
      emailEnabled: true,
    });
    expect(refused.status).toBe(422);

    const withSmtp = createApp({ database: t.database, version: 'test', emailAvailable: true });
    const put = (body: unknown) =>
      call('PUT', '/api/notification-settings', reporter, body, withSmtp);
    expect((await put({ email: null, emailEnabled: true })).status).toBe(422);
    expect((await put({ email: 'not an address', emailEnabled: true })).status).toBe(422);
    const ok = await put({ email: 'a@bureau.test', emailEnabled: true });
    expect((await ok.json()) as NotificationSettings).toEqual({
      email: 'a@bureau.test',
      emailEnabled: true,
      emailAvailable: true,
    });
  });

  it('lets an approver add and remove robots in their scope, never showing the key', async () => {
    const add = (cookie: string, body: unknown) => call('POST', '/api/webhooks', cookie, body);
    const wecom = {
      regionId: f.regions.city,
      platform: 'wecom',
      url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=0123456789abcdef',
    };
    expect((await add(reporter, wecom)).status).toBe(403);
    expect((await add(approver, { ...wecom, regionId: f.regions.province })).status).toBe(403);
    expect((await add(approver, { ...wecom, secret: 'SECx' })).status).toBe(422);
    expect((await add(approver, { ...wecom, url: 'ftp://robot' })).status).toBe(422);
    const created = await add(approver, {
      regionId: f.regions.city,
      platform: 'dingtalk',
      url: 'https://oapi.dingtalk.com/robot/send?access_token=secret-token-1234',
      secret: 'SEC000',
    });
    expect(created.status).toBe(200);
    const { webhook } = (await created.json()) as { webhook: Webhook };
    expect(webhook).toMatchObject({ platform: 'dingtalk', hasSecret: true });
    expect(webhook.urlHint).toBe('https://oapi.dingtalk.com/robot/send…1234');
    expect(JSON.stringify(webhook)).not.toContain('secret-token');

    const listed = (await (await call('GET', '/api/webhooks', approver)).json()) as {
      webhooks: Webhook[];
    };
    expect(listed.webhooks.map((w) => w.id)).toEqual([webhook.id]);
    const others = (await (await call('GET', '/api/webhooks', otherApprover)).json()) as {
      webhooks: Webhook[];
    };
    expect(others.webhooks).toEqual([]);
    expect((await call('DELETE', `/api/webhooks/${webhook.id}`, otherApprover)).status).toBe(404);
    expect((await call('DELETE', `/api/webhooks/${webhook.id}`, approver)).status).toBe(200);
    expect((await call('DELETE', `/api/webhooks/${webhook.id}`, approver)).status).toBe(404);
  });
});
