import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '@targetboard/db/testing/create-test-db';
import { createLogger } from '../http/logger';
import { seedDatabase } from '../services/seed.service';
import { createTestApp } from '../testing/test-app';

const demoDir = fileURLToPath(new URL('../../../demo', import.meta.url));

describe(`demo data on ${testEngine()}`, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  const log: string[] = [];
  beforeAll(async () => {
    t = await createTestApp();
    const logger = createLogger('info', (_level, line) => log.push(line));
    await seedDatabase(
      t.database.db,
      {
        demo: true,
        demoDir,
        env: { ADMIN_PASSWORD: 'first-admin-password', DEMO_PASSWORD: 'demo-password-1' },
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

  it('adds one demo account per role that can sign in', async () => {
    const res = await t.app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'jinjiang', password: 'demo-password-1' }),
    });
    expect(res.status).toBe(200);
    const users = await t.database.db
      .selectFrom('users')
      .select(['username', 'role'])
      .orderBy('username')
      .execute();
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
