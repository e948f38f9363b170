import { resolveDashboard } from '@targetboard/shared/api/dashboard-resolve';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type DbHandle } from '@targetboard/db/create-db';
import { migrateToLatest } from '@targetboard/db/migrate';
import { isStoreCurrent } from '@targetboard/db/repositories/cell-statuses.repository';
import { testEngine } from '@targetboard/db/testing/create-test-db';
import {
  refusedWrite,
  type ReplicaPair,
  replicaPairUnavailable,
  setReplayPaused,
  startReplicaPair,
  waitForReplay,
} from '@targetboard/db/testing/replica-pair';
import { seedReportingFixture } from '@targetboard/db/testing/reporting-fixture';
import type { DashboardReply } from '@targetboard/shared/api/dashboard.schema';
import type { EntryReply } from '@targetboard/shared/api/observations.schema';
import { STATUS_RULES_VERSION } from '@targetboard/shared/targets/status';
import { createApp } from '../app';
import { ensureCellStatuses } from '../services/cell-statuses.service';
import { signInAs } from '../testing/auth';
import { readsFromReplica } from './read-replica';

// A real primary and hot standby (initdb, pg_basebackup -R) started from Debian's PostgreSQL
// binaries; run once, in the PostgreSQL project. Where the binaries are missing it says so.
const unavailable =
  testEngine() === 'postgres' ? replicaPairUnavailable() : 'PostgreSQL project only';
if (unavailable && testEngine() === 'postgres')
  console.warn(`read-replica.test.ts skipped: ${unavailable}`);

describe('which requests may read a replica', () => {
  it('sends dashboards, trends and their exports, never a write or the entry form', () => {
    expect(readsFromReplica('GET', '/api/dashboard')).toBe(true);
    expect(readsFromReplica('GET', '/api/trends')).toBe(true);
    expect(readsFromReplica('GET', '/api/export/dashboard.xlsx')).toBe(true);
    expect(readsFromReplica('GET', '/api/export/observations.csv')).toBe(true);
    expect(readsFromReplica('GET', '/api/entry')).toBe(false);
    expect(readsFromReplica('GET', '/api/auth/me')).toBe(false);
    expect(readsFromReplica('PUT', '/api/observations')).toBe(false);
    expect(readsFromReplica('POST', '/api/dashboard')).toBe(false);
  });
});

describe.skipIf(unavailable !== null)('reads from a streaming replica', () => {
  let pair: ReplicaPair;
  let primary: DbHandle;
  let replica: DbHandle;
  let app: ReturnType<typeof createApp>;
  let cookie: string;
  let f: Awaited<ReturnType<typeof seedReportingFixture>>;

  const caughtUp = () => waitForReplay(primary.db, replica.db);

  const call = (method: string, path: string, body?: unknown) =>
    app.request(path, {
      method,
      headers: { 'content-type': 'application/json', cookie },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const save = async (value: number, version: number) => {
    const res = await call('PUT', '/api/observations', {
      regionId: f.regions.countyA,
      quarter: '2026Q1',
      channel: 'form',
      rows: [{ indicatorId: f.indicators.coverage, value, version, note: null }],
    });
    expect(res.status).toBe(200);
  };
  const onEntryForm = async () => {
    const res = await call('GET', `/api/entry?regionId=${f.regions.countyA}&quarter=2026Q1`);
    const body = (await res.json()) as EntryReply;
    return (
      body.rows.find((r) => r.indicator.id === f.indicators.coverage)?.observation?.value ?? null
    );
  };
  const onDashboard = async () => {
    const res = await call('GET', `/api/dashboard?region=${f.codes.city}&year=2026&quarter=1`);
    expect(res.status).toBe(200);
    const grid = resolveDashboard((await res.json()) as DashboardReply);
    const row = grid.rows.find((r) => r.region.code === f.codes.countyA)!;
    return row.cells.find((c) => c.indicatorId === f.indicators.coverage)?.value ?? null;
  };

  beforeAll(async () => {
    pair = await startReplicaPair();
    primary = await createDb({ databaseUrl: pair.primaryUrl, poolSize: 4 });
    await migrateToLatest(primary.db);
    f = await seedReportingFixture(primary.db);
    // The stored statuses, as a server start builds them: the grids below are read from them.
    await ensureCellStatuses(primary.db, new Date('2026-06-30'));
    replica = await createDb({ databaseUrl: pair.standbyUrl, poolSize: 4 });
    app = createApp({ database: primary, replica, version: 'test' });
    ({ cookie } = await signInAs(app, primary.db, 'admin'));
    await caughtUp();
  }, 120_000);
  afterAll(async () => {
    await replica?.close();
    await primary?.close();
    await pair?.stop();
  });

  it('serves the dashboard from the replica and the entry form from the primary', async () => {
    await save(96, 0);
    await caughtUp();
    // The save judged its cells again in its transaction: the replica's store is current, so
    // its grid is a read of stored statuses, not judged live.
    expect(await isStoreCurrent(replica.db, 2026, STATUS_RULES_VERSION)).toBe(true);
    expect(await onDashboard()).toBe(96);

    // With replay held, a new figure is on the primary only: the reporter's form shows it at
    // once (their own write), the dashboard still shows what the replica has.
    await setReplayPaused(replica.db, true);
    try {
      await save(97, 1);
      expect(await onEntryForm()).toBe(97);
      expect(await onDashboard()).toBe(96);
    } finally {
      await setReplayPaused(replica.db, false);
    }
    // Once the replica has the write, the grid kept at the old revision is not served again.
    await caughtUp();
    expect(await onDashboard()).toBe(97);
  });

  it('signs in and writes on the primary: the replica refuses writes', async () => {
    expect(await refusedWrite(replica.db)).toMatch(/read-only transaction/);
    expect(await refusedWrite(primary.db)).toBeNull();
    expect((await call('GET', '/api/auth/me')).status).toBe(200);
  });
});
