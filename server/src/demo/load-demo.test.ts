import { type Dashboard, resolveDashboard } from '@targetboard/shared/api/dashboard-resolve';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '@targetboard/db/testing/create-test-db';
import { createLogger } from '../http/logger';
import { seedDatabase } from '../services/seed.service';
import type { User } from '@targetboard/shared/api/users.schema';
import { DEMO_FIGURES_AUTHOR } from '@targetboard/db/repositories/demo.repository';
import type { DashboardReply } from '@targetboard/shared/api/dashboard.schema';
import { sessionCookieFrom, signInAs } from '../testing/auth';
import { createTestApp } from '../testing/test-app';

const demoDir = fileURLToPath(new URL('../../../demo', import.meta.url));

describe(`demo data on ${testEngine()}`, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  const log: string[] = [];
  const terminal: string[] = [];
  beforeAll(async () => {
    t = await createTestApp();
    const logger = createLogger('info', (_level, line) => log.push(line));
    await seedDatabase(
      t.database.db,
      {
        demo: true,
        demoDir,
        env: { ADMIN_PASSWORD: 'first-admin-password' },
        terminal: (text) => terminal.push(text),
      },
      logger,
    );
  }, 120_000);
  afterAll(() => t.close());

  it('loads the sample plans with confirmed targets and quarterly figures', async () => {
    const { db } = t.database;
    const documents = await db.selectFrom('documents').select(['title', 'region_id']).execute();
    expect(documents).toHaveLength(5);
    const confirmed = await db
      .selectFrom('targets')
      .select('id')
      .where('state', '=', 'confirmed')
      .execute();
    expect(confirmed.length).toBeGreaterThan(40);
    const observations = await db
      .selectFrom('observations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(observations.n)).toBeGreaterThan(1000);
  });

  it('adds one demo account per role that can sign in, and must change the shared password', async () => {
    const password = /shared password: (\S+)/.exec(terminal.join('\n'))?.[1] ?? '';
    expect(password).not.toBe('');
    expect(log.join('\n')).not.toContain(password);
    const res = await t.app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'jinjiang', password }),
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { user: User }).user.mustChangePassword).toBe(true);
    const cookie = sessionCookieFrom(res);
    expect((await t.app.request('/api/dashboard', { headers: { cookie } })).status).toBe(403);
    const users = await t.database.db
      .selectFrom('users')
      .select(['username', 'role', 'must_change_password'])
      .orderBy('username')
      .execute();
    expect(users.filter((u) => u.must_change_password).map((u) => u.username)).toEqual([
      'analyst',
      'chengdu',
      'jinjiang',
      'leader',
      'sichuan',
    ]);
    expect(users.map((u) => u.role).sort()).toEqual([
      'admin',
      'analyst',
      'approver',
      'reporter',
      'reporter',
      'viewer',
    ]);
  });

  it('tells a national story in colour at every level, on the quarter a leader opens', async () => {
    const { cookie } = await signInAs(t.app, t.database.db, 'admin');
    const get = async (query: string) => {
      const res = await t.app.request(`/api/dashboard?${query}`, { headers: { cookie } });
      expect(res.status).toBe(200);
      return resolveDashboard((await res.json()) as DashboardReply);
    };
    const statuses = (reply: Dashboard) =>
      new Set(reply.rows.flatMap((r) => r.cells.map((c) => c.status)));
    const national = await get('');
    // The latest plan year is the demo's year in progress: figures run to its Q3.
    expect(national.quarter).toBe('2017Q3');
    expect(national.demo).toBe(true);
    expect(national.rows).toHaveLength(31);
    expect(national.rows.every((r) => r.cells.some((c) => c.value !== null))).toBe(true);
    expect(statuses(national)).toEqual(new Set(['met', 'at_risk', 'missed', 'no_data']));
    const slipping = national.rows
      .flatMap((r) => r.cells)
      .filter((c) => c.reason.code === 'projected_to_miss');
    expect(slipping.length).toBeGreaterThan(0);
    expect(slipping.every((c) => c.projected !== null)).toBe(true);
    for (const province of ['510000', '330000']) {
      const reply = await get(`region=${province}&year=2017&quarter=3`);
      expect(reply.rows.length).toBeGreaterThan(5);
      for (const s of ['met', 'at_risk', 'missed'] as const)
        expect(statuses(reply).has(s)).toBe(true);
    }
    const authors = await t.database.db
      .selectFrom('observations')
      .select('updated_by')
      .distinct()
      .execute();
    expect(authors.map((a) => a.updated_by)).toEqual([DEMO_FIGURES_AUTHOR]);
  });

  it('does nothing on a second start', async () => {
    await seedDatabase(t.database.db, { demo: true, demoDir, env: {} }, createLogger('silent'));
    const documents = await t.database.db.selectFrom('documents').select('id').execute();
    expect(documents).toHaveLength(5);
    expect(log.some((line) => line.includes('demo data loaded'))).toBe(true);
  });
});
