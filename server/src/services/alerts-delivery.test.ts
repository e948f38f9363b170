import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DbHandle } from '@targetboard/db/create-db';
import type { Db } from '@targetboard/db/database';
import {
  createWebhook,
  listNotifications,
  setNotificationSettings,
} from '@targetboard/db/repositories/alerts.repository';
import { claimDueMessages, listOutbox } from '@targetboard/db/repositories/outbox.repository';
import { insertUser } from '@targetboard/db/repositories/users.repository';
import { createTestDb, testEngine } from '@targetboard/db/testing/create-test-db';
import { seedReportingFixture } from '@targetboard/db/testing/reporting-fixture';
import type { Role, User } from '@targetboard/shared/api/users.schema';
import type { Quarter } from '@targetboard/shared/quarters/quarter';
import { startSmtpServer, startWebhookReceiver } from '../testing/alert-receivers';
import { createSender, dingtalkSignedUrl } from './alert-senders';
import { readImportFile } from './import-file';
import { importObservations } from './observation-import.service';
import { backoffDelay, createOutboxWorker } from './outbox-worker';
import { saveFigures } from './save-figures.service';

/**
 * Alerts end to end below HTTP: a save or an import queues them in its transaction, and the
 * outbox worker delivers them to a real SMTP server and a local robot receiver.
 */
describe(`alert delivery on ${testEngine()}`, () => {
  let h: DbHandle;
  let db: Db;
  let f: Awaited<ReturnType<typeof seedReportingFixture>>;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let robot: Awaited<ReturnType<typeof startWebhookReceiver>>;
  const users: Record<string, User> = {};
  const user = async (name: string, role: Role, regionId: number | null) =>
    (users[name] = await insertUser(db, {
      username: name,
      displayName: name,
      passwordHash: 'not used',
      role,
      regionId,
    }));

  beforeAll(async () => {
    h = await createTestDb();
    db = h.db;
    f = await seedReportingFixture(db);
    [smtp, robot] = await Promise.all([startSmtpServer(), startWebhookReceiver()]);
    await user('admin', 'admin', null);
    await user('reporterA', 'reporter', f.regions.countyA);
    await user('reporterB', 'reporter', f.regions.countyB);
    await user('approverCity', 'approver', f.regions.city);
    await user('viewerCity', 'viewer', f.regions.city);
    await setNotificationSettings(db, users.reporterA!.id, {
      email: 'a@bureau.test',
      emailEnabled: true,
    });
    await setNotificationSettings(db, users.approverCity!.id, {
      email: 'city@bureau.test',
      emailEnabled: true,
    });
    // reporterB gave an address but did not opt in: no e-mail.
    await setNotificationSettings(db, users.reporterB!.id, {
      email: 'b@bureau.test',
      emailEnabled: false,
    });
    await createWebhook(db, {
      regionId: f.regions.city,
      platform: 'wecom',
      url: `${robot.base}/cgi-bin/webhook/send?key=city`,
      secret: null,
      createdBy: 'admin',
    });
    await createWebhook(db, {
      regionId: f.regions.province,
      platform: 'dingtalk',
      url: `${robot.base}/robot/send?access_token=province`,
      secret: 'SECprovince-secret',
      createdBy: 'admin',
    });
  });
  afterAll(async () => {
    await Promise.all([smtp.close(), robot.close()]);
    await h.close();
  });
  beforeEach(async () => {
    smtp.mails.length = 0;
    robot.posts.length = 0;
    robot.state.failNext = 0;
    await db.deleteFrom('outbox').execute();
    await db.deleteFrom('notifications').execute();
  });

  const worker = (options: Partial<Parameters<typeof createOutboxWorker>[1]> = {}) =>
    createOutboxWorker(db, { send: createSender({ smtpUrl: smtp.url }), ...options });
  const save = (regionId: number, quarter: string, value: number, actor = users.admin!) =>
    saveFigures(db, actor, {
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
  const notificationsOf = (name: string) => listNotifications(db, users[name]!.id, 100);

  it('tells a cell turned red to the region reporter and the approvers above, by app, e-mail and both robots', async () => {
    await save(f.regions.countyA, '2026Q1', 90); // A县's own target is ≥ 98 %: missed

    const a = await notificationsOf('reporterA');
    expect(a.unread).toBe(1);
    expect(a.notifications[0]).toMatchObject({
      kind: 'status',
      regionId: f.regions.countyA,
      indicatorId: f.indicators.coverage,
      quarter: '2026Q1',
      itemCount: 1,
      titleZh: `【未达标】TA县 ${f.names.coverage} 2026Q1`,
    });
    expect((await notificationsOf('approverCity')).unread).toBe(1);
    expect((await notificationsOf('reporterB')).unread).toBe(0); // another county
    expect((await notificationsOf('viewerCity')).unread).toBe(0); // not responsible
    expect((await notificationsOf('admin')).unread).toBe(0); // made the change

    expect(await worker().runOnce()).toBe(4);
    expect(
      smtp.mails
        .map((m) => m.to)
        .flat()
        .sort(),
    ).toEqual(['a@bureau.test', 'city@bureau.test']);
    const raw = smtp.mails[0]!.raw;
    expect(raw).toMatch(/^Message-ID:\s+<status:[0-9a-f-]+:email:\d+@targetboard>/m);
    expect(raw).toMatch(/^Content-Type: text\/plain; charset=utf-8/m);
    const body = quotedPrintable(raw.slice(raw.search(/\r?\n\r?\n/)));
    expect(body).toContain(`TA县 ${f.names.coverage} 2026Q1：无数据 → 未达标`);
    expect(body).toContain('No data → Missed');

    const wecom = robot.posts.find((p) => p.url.startsWith('/cgi-bin/'))!;
    expect(wecom.url).toBe('/cgi-bin/webhook/send?key=city');
    expect(wecom.body).toEqual({
      msgtype: 'markdown',
      markdown: { content: expect.stringContaining('无数据 → 未达标') as unknown },
    });
    const ding = robot.posts.find((p) => p.url.startsWith('/robot/'))!;
    expect(ding.body).toEqual({
      msgtype: 'markdown',
      markdown: {
        title: `【未达标】TA县 ${f.names.coverage} 2026Q1`,
        text: expect.stringContaining('### 【未达标】') as unknown,
      },
    });
    // DingTalk's check: the sign is HMAC-SHA256 of "timestamp\nsecret" under the secret, base64.
    const query = new URL(ding.url, robot.base).searchParams;
    const timestamp = query.get('timestamp')!;
    expect(Math.abs(Date.now() - Number(timestamp))).toBeLessThan(60_000);
    expect(query.get('access_token')).toBe('province');
    expect(query.get('sign')).toBe(
      createHmac('sha256', 'SECprovince-secret')
        .update(`${timestamp}\nSECprovince-secret`)
        .digest('base64'),
    );

    // Sent once: later runs, by this worker or another, send nothing again.
    expect(await worker().runOnce()).toBe(0);
    expect(smtp.mails).toHaveLength(2);
    expect(robot.posts).toHaveLength(2);
    expect((await listOutbox(db)).every((m) => m.sent && m.attempts === 1)).toBe(true);
  });

  it('tells nothing when a cell stays as it was or turns green', async () => {
    await save(f.regions.countyB, '2025Q1', 99); // ≥ 95 %: met
    expect(await listOutbox(db)).toEqual([]);
    expect((await notificationsOf('approverCity')).unread).toBe(0);
  });

  it('sends one digest per recipient for an import of 3,000 figures', async () => {
    // 750 more counties under 甲市, four quarters each, all far below the national 95 %.
    const counties = await db
      .insertInto('regions')
      .values(
        Array.from({ length: 750 }, (_, i) => ({
          code: `TD${String(i).padStart(4, '0')}`,
          name: `T导入县${i}`,
          level: 3,
          parent_id: f.regions.city,
        })),
      )
      .returning(['id', 'code'])
      .execute();
    await user('reporterD0', 'reporter', counties[0]!.id);
    await setNotificationSettings(db, users.reporterD0!.id, {
      email: 'd0@bureau.test',
      emailEnabled: true,
    });
    const rows = counties.flatMap((c) =>
      [1, 2, 3, 4].map((q) => `${c.code},${f.names.coverage},2027Q${q},80,,,`),
    );
    expect(rows).toHaveLength(3000);
    const file = await readImportFile(
      new TextEncoder().encode(
        ['region_code,indicator,quarter,value,numerator,denominator,note', ...rows].join('\n'),
      ),
      'figures.csv',
    );
    const started = performance.now();
    const reply = await importObservations(db, file, users.admin!, false);
    const ms = performance.now() - started;
    expect(reply).toMatchObject({ created: 3000, rejected: 0 });

    const city = await notificationsOf('approverCity');
    expect(city.notifications).toHaveLength(1);
    expect(city.notifications[0]).toMatchObject({ itemCount: 3000, indicatorId: null });
    expect(city.notifications[0]!.titleZh).toContain('3000 项指标状态变化');
    const d0 = await notificationsOf('reporterD0');
    expect(d0.notifications).toHaveLength(1);
    expect(d0.notifications[0]).toMatchObject({ itemCount: 4, regionId: counties[0]!.id });

    // One message per recipient: two e-mails (city approver, D0's reporter), two robots.
    expect(await worker().runOnce()).toBe(4);
    expect(
      smtp.mails
        .map((m) => m.to)
        .flat()
        .sort(),
    ).toEqual(['city@bureau.test', 'd0@bureau.test']);
    expect(robot.posts).toHaveLength(2);
    const wecom = robot.posts.find((p) => p.url.startsWith('/cgi-bin/'))!.body as {
      markdown: { content: string };
    };
    expect(wecom.markdown.content).toContain('……另有 2980 项');
    console.log(`3,000-figure import with alerts: ${Math.round(ms)} ms on ${testEngine()}`);
  });

  it('retries a failing robot with exponential backoff, then sends it once', async () => {
    robot.state.failNext = 2;
    await save(f.regions.countyA, '2028Q1', 90);
    const w = worker({ backoffMs: 300 });
    const robotMessage = async () => (await listOutbox(db)).find((m) => m.channel === 'dingtalk')!;

    await w.runOnce(); // e-mails go; the first robot post fails (HTTP 500)
    expect(smtp.mails).toHaveLength(2);
    const first = await robotMessage();
    expect(first).toMatchObject({ attempts: 1, sent: false, failed: false });
    expect(first.lastError).toContain('HTTP 500');
    const wecomFirst = (await listOutbox(db)).find((m) => m.channel === 'wecom')!;
    // Either robot may have met the failures; each failing one waits before its next try.
    const posted = robot.posts.length;
    await w.runOnce();
    expect(robot.posts.length).toBe(posted); // nothing due yet

    await new Promise((r) => setTimeout(r, 350));
    await w.runOnce();
    await new Promise((r) => setTimeout(r, 650));
    await w.runOnce();
    await new Promise((r) => setTimeout(r, 650));
    await w.runOnce();
    const final = await listOutbox(db);
    expect(final.every((m) => m.sent)).toBe(true);
    expect(robot.posts.length).toBe(4); // two failures, two successes
    expect(final.reduce((n, m) => n + m.attempts, 0)).toBe(2 + 2 + 2); // e-mails once, robots 2+2 or 3+1
    expect(wecomFirst.attempts + first.attempts).toBeGreaterThanOrEqual(2);
  });

  it('doubles the delay each attempt, up to the cap', () => {
    expect([1, 2, 3, 4, 5].map((a) => backoffDelay(a, 30_000, 300_000))).toEqual([
      30_000, 60_000, 120_000, 240_000, 300_000,
    ]);
  });

  it('gives a message up after the last attempt, and one that can never go at once', async () => {
    robot.state.failNext = 100;
    await save(f.regions.countyA, '2029Q1', 90);
    const noSmtp = createOutboxWorker(db, { send: createSender({}), backoffMs: 1, maxAttempts: 2 });
    await noSmtp.runOnce();
    await new Promise((r) => setTimeout(r, 20));
    await noSmtp.runOnce();
    const states = await listOutbox(db);
    const emails = states.filter((m) => m.channel === 'email');
    expect(emails.every((m) => m.failed && m.attempts === 1)).toBe(true);
    expect(emails[0]!.lastError).toBe('SMTP_URL is not set');
    const robots = states.filter((m) => m.channel !== 'email');
    expect(robots.every((m) => m.failed && m.attempts === 2)).toBe(true);
  });

  it('delivers exactly once when the sending worker dies after claiming', async () => {
    await save(f.regions.countyA, '2030Q1', 90);
    // A worker claims everything and dies before sending: its lease runs out.
    const claimed = await db.transaction().execute((trx) => claimDueMessages(trx, 100, 200));
    expect(claimed).toHaveLength(4);
    const a = worker({ leaseMs: 200 });
    const b = worker({ leaseMs: 200 });
    expect(await a.runOnce()).toBe(0); // still held by the dead worker
    await new Promise((r) => setTimeout(r, 250));
    // Two workers at once (two servers): each message goes exactly once.
    const [sentA, sentB] = await Promise.all([a.runOnce(), b.runOnce()]);
    expect(sentA + sentB).toBe(4);
    expect(smtp.mails).toHaveLength(2);
    expect(robot.posts).toHaveLength(2);
    expect(await a.runOnce()).toBe(0);
  });

  it('signs the DingTalk URL only when there is a secret', () => {
    const url = 'https://oapi.dingtalk.com/robot/send?access_token=t';
    expect(dingtalkSignedUrl(url, null, 1)).toBe(url);
    expect(dingtalkSignedUrl(url, 'SEC1', 1700000000000)).toMatch(
      /^https:\/\/oapi\.dingtalk\.com\/robot\/send\?access_token=t&timestamp=1700000000000&sign=[A-Za-z0-9%]+$/,
    );
  });
});

/** Decodes a quoted-printable body (what nodemailer sends for UTF-8 text). */
function quotedPrintable(text: string): string {
  const soft = text.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < soft.length; i++) {
    if (soft[i] === '=' && /^[0-9A-F]{2}$/.test(soft.slice(i + 1, i + 3))) {
      bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(soft[i]!, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8').replace(/\r\n/g, '\n');
}
