import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '@targetboard/db/testing/create-test-db';
import { createLogger } from '../http/logger';
import { seedDatabase } from '../services/seed.service';
import type { User } from '@targetboard/shared/api/users.schema';
import { sessionCookieFrom } from '../testing/auth';
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

  it('does nothing on a second start', async () => {
    await seedDatabase(t.database.db, { demo: true, demoDir, env: {} }, createLogger('silent'));
    const documents = await t.database.db.selectFrom('documents').select('id').execute();
    expect(documents).toHaveLength(5);
    expect(log.some((line) => line.includes('demo data loaded'))).toBe(true);
  });
});
