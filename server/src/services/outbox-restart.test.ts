import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@targetboard/db/create-db';
import { createDurableTestDb } from '@targetboard/db/testing/durable-test-db';
import { migrateToLatest } from '@targetboard/db/migrate';
import {
  createWebhook,
  setNotificationSettings,
} from '@targetboard/db/repositories/alerts.repository';
import { claimDueMessages, listOutbox } from '@targetboard/db/repositories/outbox.repository';
import { insertUser } from '@targetboard/db/repositories/users.repository';
import { testEngine } from '@targetboard/db/testing/create-test-db';
import { seedReportingFixture } from '@targetboard/db/testing/reporting-fixture';
import type { Quarter } from '@targetboard/shared/quarters/quarter';
import { startSmtpServer, startWebhookReceiver } from '../testing/alert-receivers';
import { createSender } from './alert-senders';
import { createOutboxWorker } from './outbox-worker';
import { saveFigures } from './save-figures.service';

// A restart between commit and send: the database is closed and opened again, as a server
// stopping and starting does.
describe(`outbox across a restart on ${testEngine()}`, () => {
  const store = createDurableTestDb();
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let robot: Awaited<ReturnType<typeof startWebhookReceiver>>;
  let h: DbHandle | null = null;
  beforeAll(async () => {
    [smtp, robot] = await Promise.all([startSmtpServer(), startWebhookReceiver()]);
  });
  afterAll(async () => {
    await h?.close();
    await Promise.all([smtp.close(), robot.close(), store.cleanup()]);
  });
  const restart = async () => {
    await h?.close();
    h = await store.open();
    return h.db;
  };
  const worker = (db: DbHandle['db']) =>
    createOutboxWorker(db, { send: createSender({ smtpUrl: smtp.url }), leaseMs: 300 });

  it('delivers what was committed before the restart exactly once after it', async () => {
    let db = await restart();
    await migrateToLatest(db);
    const f = await seedReportingFixture(db);
    const approver = await insertUser(db, {
      username: 'approver',
      displayName: '审核员',
      passwordHash: 'not used',
      role: 'approver',
      regionId: f.regions.city,
    });
    await setNotificationSettings(db, approver.id, {
      email: 'city@bureau.test',
      emailEnabled: true,
    });
    await createWebhook(db, {
      regionId: f.regions.city,
      platform: 'wecom',
      url: `${robot.base}/cgi-bin/webhook/send?key=city`,
      secret: null,
      createdBy: 'admin',
    });
    const save = (quarter: string) =>
      saveFigures(
        db,
        { ...approver, id: 0, username: 'importer', role: 'admin', regionId: null },
        {
          quarter: quarter as Quarter,
          channel: 'api',
          regions: [
            {
              regionId: f.regions.countyA,
              rows: [
                {
                  indicatorId: f.indicators.coverage,
                  value: 90,
                  numerator: null,
                  denominator: null,
                  note: null,
                  version: 0,
                },
              ],
            },
          ],
        },
      );
    await save('2026Q1'); // committed with its two messages; the server stops before sending
    db = await restart();
    expect(await worker(db).runOnce()).toBe(2);
    expect(smtp.mails).toHaveLength(1);
    expect(robot.posts).toHaveLength(1);
    db = await restart();
    expect(await worker(db).runOnce()).toBe(0); // sent before the restart: not again

    // A crash after claiming and before sending: the next start sends it, once.
    await save('2027Q1'); // another year: the cell turns red again
    expect(await db.transaction().execute((trx) => claimDueMessages(trx, 10, 300))).toHaveLength(2);
    db = await restart();
    await new Promise((r) => setTimeout(r, 350));
    expect(await worker(db).runOnce()).toBe(2);
    expect(await worker(db).runOnce()).toBe(0);
    expect(smtp.mails).toHaveLength(2);
    expect(robot.posts).toHaveLength(2);
    expect((await listOutbox(db)).map((m) => [m.sent, m.attempts])).toEqual([
      [true, 1],
      [true, 1],
      [true, 2],
      [true, 2],
    ]);
  }, 180_000); // opening a PGlite folder three times is slow on a busy machine
});
