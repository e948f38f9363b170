import type { Db } from '@targetboard/db/database';
import { countStatements } from '@targetboard/db/testing/statement-counter';
import type { DashboardReply } from '@targetboard/shared/api/dashboard.schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { signInAs } from '../testing/auth';
import { createTestApp } from '../testing/test-app';

// What a warm dashboard request still reads — the session, the user and their scope, the
// region asked, its path and the data revision — and that none of it is ever served stale:
// a region renamed or moved, a session ended, an account disabled or re-scoped holds from
// the very next request, though the grid itself is kept.

/** 全国 → 甲省 → 甲市 (A县), 乙省 → 乙市; one indicator with a national target, city figures. */
async function seed(db: Db) {
  const region = async (code: string, name: string, level: number, parentId: number | null) =>
    (
      await db
        .insertInto('regions')
        .values({ code, name, level, parent_id: parentId })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const nation = await region('000000', '全国', 0, null);
  const provinceA = await region('E10000', '甲省', 1, nation);
  const provinceB = await region('E20000', '乙省', 1, nation);
  const cityA = await region('E10100', '甲市', 2, provinceA);
  await region('E10101', 'A县', 3, cityA);
  const cityB = await region('E20100', '乙市', 2, provinceB);
  const { id: indicator } = await db
    .insertInto('indicators')
    .values({ name: '住院分娩率', unit: '%', kind: 'rate', direction: 'up', category: '妇幼健康' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('targets')
    .values({
      indicator_id: indicator,
      indicator_name: '住院分娩率',
      region_id: nation,
      year: 2026,
      comparator: '>=',
      value: 95,
      unit: '%',
      kind: 'rate',
      direction: 'up',
      state: 'confirmed',
    })
    .execute();
  await db
    .insertInto('observations')
    .values(
      [cityA, cityB].map((regionId) => ({
        region_id: regionId,
        indicator_id: indicator,
        quarter: '2026Q2',
        value: 97,
        updated_by: 'test',
      })),
    )
    .execute();
  return { nation, provinceA, provinceB, cityA, cityB };
}

describe('GET /api/dashboard: what a warm request reads', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let f: Awaited<ReturnType<typeof seed>>;
  let counter: ReturnType<typeof countStatements>;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    t = await createTestApp();
    f = await seed(t.database.db);
    counter = countStatements(t.database.db);
    app = createApp({ database: { db: counter.db, engine: t.database.engine } });
  });
  afterAll(() => t?.close());

  const grid = async (cookie: string, code: string) => {
    const res = await app.request(`/api/dashboard?region=${code}&year=2026&quarter=2`, {
      headers: { cookie },
    });
    return { status: res.status, reply: (await res.json()) as DashboardReply };
  };
  const statementsOf = async (ask: () => Promise<unknown>) => {
    counter.reset();
    await ask();
    return counter.count();
  };

  it('answers a kept grid with one statement: session, user, scope and data revision together', async () => {
    const admin = (await signInAs(app, t.database.db, 'admin')).cookie;
    const viewer = (await signInAs(app, t.database.db, 'viewer', f.provinceA)).cookie;
    for (const [cookie, code] of [
      [admin, '000000'],
      [viewer, 'E10000'],
      [viewer, 'E10100'],
    ] as const) {
      expect((await grid(cookie, code)).status).toBe(200); // computes and keeps the grid
      expect(await statementsOf(() => grid(cookie, code)), code).toBe(1);
    }
    // Refused outside the scope from the kept path too, with no more statements.
    expect(
      await statementsOf(async () => expect((await grid(viewer, 'E20000')).status).toBe(403)),
    ).toBeLessThanOrEqual(2);
    expect(
      await statementsOf(async () => expect((await grid(viewer, 'E20000')).status).toBe(403)),
    ).toBe(1);
  });

  it('reads the region asked in the session’s statement, not in a round trip of its own', async () => {
    const cold = createApp({
      database: { db: counter.db, engine: t.database.engine },
      dashboardCache: false,
    });
    const viewer = (await signInAs(cold, t.database.db, 'viewer', f.provinceA)).cookie;
    const ask = async (code: string) => {
      counter.reset();
      const res = await cold.request(`/api/dashboard?region=${code}&year=2026&quarter=2`, {
        headers: { cookie: viewer },
      });
      const paths = counter.rawTexts().filter((text) => /RECURSIVE up|AS path/.test(text));
      return { status: res.status, paths, body: (await res.json()) as DashboardReply };
    };
    const read = await ask('E10100');
    expect(read.status).toBe(200);
    expect(read.paths).toEqual([]);
    expect(read.body.path.map((p) => p.name)).toEqual(['全国', '甲省']);
    // Refused outside the scope and unknown codes answered as before, from the same read.
    expect(await ask('E20000')).toMatchObject({ status: 403, paths: [] });
    expect(await ask('E99900')).toMatchObject({ status: 404, paths: [] });
  });

  it('shows a renamed region’s new name on the next request, and a moved one’s new path and scope', async () => {
    const db = t.database.db;
    const viewer = (await signInAs(app, db, 'viewer', f.provinceA)).cookie;
    const admin = (await signInAs(app, db, 'admin')).cookie;
    const before = await grid(viewer, 'E10100');
    expect(before.reply.parent.region.name).toBe('甲市');
    expect(before.reply.path.map((p) => p.name)).toEqual(['全国', '甲省']);
    const rename = (name: string) =>
      db.updateTable('regions').set({ name }).where('id', '=', f.cityA).execute();
    const move = (parentId: number) =>
      db.updateTable('regions').set({ parent_id: parentId }).where('id', '=', f.cityA).execute();
    await rename('甲新市');
    try {
      expect((await grid(viewer, 'E10100')).reply.parent.region.name).toBe('甲新市');
      await move(f.provinceB);
      // Outside the viewer's 甲省 now, though its grid and path were kept a moment ago.
      expect((await grid(viewer, 'E10100')).status).toBe(403);
      expect((await grid(admin, 'E10100')).reply.path.map((p) => p.name)).toEqual(['全国', '乙省']);
    } finally {
      await move(f.provinceA);
      await rename('甲市');
    }
    expect((await grid(viewer, 'E10100')).reply.path.map((p) => p.name)).toEqual(['全国', '甲省']);
  });

  it('refuses a kept grid on the next request after a logout, an expiry or a disabled account', async () => {
    const db = t.database.db;
    const ask = async (cookie: string) => (await grid(cookie, 'E10000')).status;

    const out = await signInAs(app, db, 'viewer', f.provinceA);
    expect(await ask(out.cookie)).toBe(200);
    const logout = await app.request('/api/auth/logout', {
      method: 'POST',
      headers: { cookie: out.cookie },
    });
    expect(logout.status).toBe(204);
    expect(await ask(out.cookie)).toBe(401);

    const expired = await signInAs(app, db, 'viewer', f.provinceA);
    expect(await ask(expired.cookie)).toBe(200);
    await db
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('user_id', '=', expired.user.id)
      .execute();
    expect(await ask(expired.cookie)).toBe(401);

    // Disabled by hand, its sessions left in place: the session's statement refuses it itself.
    const disabled = await signInAs(app, db, 'viewer', f.provinceA);
    expect(await ask(disabled.cookie)).toBe(200);
    await db
      .updateTable('users')
      .set({ disabled: true })
      .where('id', '=', disabled.user.id)
      .execute();
    expect(await ask(disabled.cookie)).toBe(401);
  });

  it('applies a changed region or role on the next request', async () => {
    const db = t.database.db;
    const { user, cookie } = await signInAs(app, db, 'viewer', f.provinceA);
    expect((await grid(cookie, 'E10000')).status).toBe(200);
    expect((await grid(cookie, 'E20000')).status).toBe(403);
    // Users are not among the tables that bump the data revision: nothing kept may hold this.
    await db
      .updateTable('users')
      .set({ region_id: f.provinceB })
      .where('id', '=', user.id)
      .execute();
    expect((await grid(cookie, 'E10000')).status).toBe(403);
    expect((await grid(cookie, 'E20000')).status).toBe(200);
    await db.updateTable('users').set({ region_id: null }).where('id', '=', user.id).execute();
    expect((await grid(cookie, 'E20000')).status).toBe(403);
    await db.updateTable('users').set({ role: 'admin' }).where('id', '=', user.id).execute();
    expect((await grid(cookie, 'E10000')).status).toBe(200);
    // The reply's path is read per reader: readable from the admin's scope, everything.
    expect((await grid(cookie, 'E10100')).reply.path.map((p) => p.readable)).toEqual([true, true]);
  });

  it('opens a grid asked without a period in one statement too, and on a newer quarter once one has figures', async () => {
    const db = t.database.db;
    const viewer = (await signInAs(app, db, 'viewer', f.provinceA)).cookie;
    const open = async () => {
      const res = await app.request('/api/dashboard?region=E10000', {
        headers: { cookie: viewer },
      });
      expect(res.status).toBe(200);
      return ((await res.json()) as DashboardReply).quarter;
    };
    expect(await open()).toBe('2026Q2');
    expect(await statementsOf(open)).toBe(1);
    const { id: indicator } = await db
      .selectFrom('indicators')
      .select('id')
      .executeTakeFirstOrThrow();
    const later = () =>
      db
        .insertInto('observations')
        .values({
          region_id: f.cityA,
          indicator_id: indicator,
          quarter: '2026Q3',
          value: 98,
          updated_by: 'test',
        })
        .execute();
    await later();
    try {
      expect(await open()).toBe('2026Q3');
    } finally {
      await db.deleteFrom('observations').where('quarter', '=', '2026Q3').execute();
    }
    expect(await open()).toBe('2026Q2');
  });
});
