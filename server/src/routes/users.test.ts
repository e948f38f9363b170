import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '@targetboard/db/testing/create-test-db';
import type { ErrorEnvelope } from '@targetboard/shared/api/errors';
import type { User } from '@targetboard/shared/api/users.schema';
import { sessionCookieFrom, signInAs } from '../testing/auth';
import { createTestApp } from '../testing/test-app';

describe(`user administration on ${testEngine()}`, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let admin: string;
  let regionId: number;
  beforeAll(async () => {
    t = await createTestApp();
    admin = (await signInAs(t.app, t.database.db, 'admin')).cookie;
    regionId = (
      await t.database.db
        .insertInto('regions')
        .values({ code: '510000', name: '四川省', level: 1, parent_id: null })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  });
  afterAll(() => t.close());

  const call = (method: string, path: string, body?: unknown, cookie = admin) =>
    t.app.request(path, {
      method,
      headers: { 'content-type': 'application/json', cookie },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  it('creates a user who can then sign in, and logs who did it', async () => {
    const res = await call('POST', '/api/users', {
      username: 'chengdu.reporter',
      displayName: '成都填报员',
      password: 'a long enough password',
      role: 'reporter',
      regionId,
    });
    expect(res.status).toBe(201);
    const { user } = (await res.json()) as { user: User };
    expect(user).toMatchObject({
      username: 'chengdu.reporter',
      role: 'reporter',
      regionId,
      regionName: '四川省',
      disabled: false,
    });
    const login = await call(
      'POST',
      '/api/auth/login',
      { username: 'chengdu.reporter', password: 'a long enough password' },
      '',
    );
    expect(login.status).toBe(200);
    const log = await t.database.db
      .selectFrom('change_log')
      .selectAll()
      .where('entity', '=', 'user')
      .where('entity_key', '=', String(user.id))
      .execute();
    expect(log).toHaveLength(1);
    expect(log[0]!.user_name).toMatch(/^admin-/);
    expect(JSON.stringify(log[0]!.new_value)).not.toContain('password');
  });

  it('stores SQL and HTML in text fields as text', async () => {
    const name = `<img src=x onerror=alert(1)>'; DROP TABLE users; --`;
    const res = await call('POST', '/api/users', {
      username: 'odd.name',
      displayName: name,
      password: 'a long enough password',
      role: 'viewer',
      regionId: null,
    });
    expect(res.status).toBe(201);
    expect(((await res.json()) as { user: User }).user.displayName).toBe(name);
    expect((await call('GET', '/api/users')).status).toBe(200);
  });

  it('refuses a taken username, a short password and an unknown region, naming the problem', async () => {
    const taken = await call('POST', '/api/users', {
      username: 'CHENGDU.reporter',
      password: 'a long enough password',
      role: 'viewer',
      regionId: null,
    });
    expect(taken.status).toBe(409);
    const short = await call('POST', '/api/users', {
      username: 'shorty',
      password: 'short',
      role: 'viewer',
      regionId: null,
    });
    expect(short.status).toBe(422);
    expect(((await short.json()) as ErrorEnvelope).error.message).toContain('json.password');
    const noRegion = await call('POST', '/api/users', {
      username: 'lost',
      password: 'a long enough password',
      role: 'viewer',
      regionId: 987654,
    });
    expect(noRegion.status).toBe(422);
    expect(((await noRegion.json()) as ErrorEnvelope).error.message).toContain('region');
  });

  it('updates with a version: a stale edit answers 409 with the current user', async () => {
    const created = (await (
      await call('POST', '/api/users', {
        username: 'versioned',
        password: 'a long enough password',
        role: 'viewer',
        regionId: null,
      })
    ).json()) as { user: User };
    const first = await call('PATCH', `/api/users/${created.user.id}`, {
      version: created.user.version,
      role: 'analyst',
    });
    expect(first.status).toBe(200);
    const stale = await call('PATCH', `/api/users/${created.user.id}`, {
      version: created.user.version,
      role: 'approver',
    });
    expect(stale.status).toBe(409);
    const body = (await stale.json()) as ErrorEnvelope;
    expect(body.error.details).toMatchObject({
      current: { role: 'analyst', version: created.user.version + 1 },
    });
  });

  it('ends the sessions of a user who is disabled', async () => {
    const { user, cookie } = await signInAs(t.app, t.database.db, 'viewer');
    expect((await call('GET', '/api/auth/me', undefined, cookie)).status).toBe(200);
    expect(
      (await call('PATCH', `/api/users/${user.id}`, { version: user.version, disabled: true }))
        .status,
    ).toBe(200);
    expect((await call('GET', '/api/auth/me', undefined, cookie)).status).toBe(401);
    const again = await call(
      'POST',
      '/api/auth/login',
      { username: user.username, password: 'correct horse battery' },
      '',
    );
    expect(again.status).toBe(401);
    expect(() => sessionCookieFrom(again)).toThrow();
  });

  const create = (username: string, password: string) =>
    call('POST', '/api/users', { username, password, role: 'viewer', regionId: null });
  const errorOf = async (res: Response) => ((await res.json()) as ErrorEnvelope).error;

  it('refuses common, blank and control-character passwords, in Chinese with the reason code', async () => {
    for (const [password, reason] of [
      ['password123', 'password_too_weak'],
      ['qwertyuiop', 'password_too_weak'],
      ['newuser.one2024', 'password_too_weak'],
      [' '.repeat(12), 'password_blank'],
      ['a long\u0000enough password', 'password_control_character'],
    ] as const) {
      const res = await create('newuser.one', password);
      expect(res.status, password).toBe(422);
      const error = await errorOf(res);
      expect(error.code).toBe('validation_failed');
      expect(error.message).toContain(reason);
      expect(error.message).toMatch(/密码/);
    }
    expect((await create('newuser.one', 'a long enough password')).status).toBe(201);
  });

  it('refuses a weak new password on update, and keeps the old one', async () => {
    const created = (await (await create('keeps.old', 'a long enough password')).json()) as {
      user: User;
    };
    const res = await call('PATCH', `/api/users/${created.user.id}`, {
      version: created.user.version,
      password: '1234567890',
    });
    expect(res.status).toBe(422);
    expect((await errorOf(res)).message).toContain('password_too_weak');
    const signIn = await call(
      'POST',
      '/api/auth/login',
      { username: 'keeps.old', password: 'a long enough password' },
      '',
    );
    expect(signIn.status).toBe(200);
  });

  it('refuses look-alike usernames and stores compatibility forms normalised', async () => {
    await create('admin', 'a long enough password');
    for (const name of ['\u0430dmin', 'adm\u0456n', 'ad\u200bmin', '-admin']) {
      const res = await create(name, 'a long enough password');
      expect(res.status, name).toBe(422);
      expect((await errorOf(res)).message).toContain('username_invalid');
    }
    const fullWidth = await create('ｌｅａｄｅｒ２', 'a long enough password');
    expect(fullWidth.status).toBe(201);
    expect(((await fullWidth.json()) as { user: User }).user.username).toBe('leader2');
    expect((await create('ＡＤＭＩＮ', 'a long enough password')).status).toBe(409);
    expect((await create('张三', 'a long enough password')).status).toBe(201);
  });

  it('keeps one enabled admin: the last cannot disable or demote itself', async () => {
    const me = (await (await call('GET', '/api/auth/me')).json()) as { user: User };
    const enabledAdmins = async () =>
      (
        await t.database.db
          .selectFrom('users')
          .select('id')
          .where('role', '=', 'admin')
          .where('disabled', '=', false)
          .execute()
      ).map((r) => r.id);
    expect(await enabledAdmins()).toEqual([me.user.id]);
    for (const change of [{ disabled: true }, { role: 'approver' }]) {
      const res = await call('PATCH', `/api/users/${me.user.id}`, {
        version: me.user.version,
        ...change,
      });
      expect(res.status, JSON.stringify(change)).toBe(409);
      const body = (await res.json()) as ErrorEnvelope;
      expect(body.error.details).toMatchObject({ reason: 'last_admin' });
      expect(body.error.message).toContain('管理员');
    }
    expect(await enabledAdmins()).toEqual([me.user.id]);
    // Other changes to the last admin still go through.
    const renamed = await call('PATCH', `/api/users/${me.user.id}`, {
      version: me.user.version,
      displayName: '系统管理员',
    });
    expect(renamed.status).toBe(200);
  });

  it('lets one of two admins step down, but not both at once', async () => {
    const a = await signInAs(t.app, t.database.db, 'admin');
    const b = await signInAs(t.app, t.database.db, 'admin');
    const me = (await (await call('GET', '/api/auth/me')).json()) as { user: User };
    // Three admins: the signed-in one steps down, then a and b disable each other together.
    const down = await call('PATCH', `/api/users/${me.user.id}`, {
      version: me.user.version,
      role: 'analyst',
    });
    expect(down.status).toBe(200);
    const [ab, ba] = await Promise.all([
      call(
        'PATCH',
        `/api/users/${b.user.id}`,
        { version: b.user.version, disabled: true },
        a.cookie,
      ),
      call(
        'PATCH',
        `/api/users/${a.user.id}`,
        { version: a.user.version, disabled: true },
        b.cookie,
      ),
    ]);
    // The loser answers 409, or 401 when the winner's change already ended its session.
    expect([ab.status, ba.status].filter((s) => s === 200)).toHaveLength(1);
    expect([ab.status, ba.status].filter((s) => s !== 200)[0]).toBeOneOf([401, 409]);
    const left = await t.database.db
      .selectFrom('users')
      .select('id')
      .where('role', '=', 'admin')
      .where('disabled', '=', false)
      .execute();
    expect(left).toHaveLength(1);
  });
});
