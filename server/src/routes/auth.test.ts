import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '@targetboard/db/testing/create-test-db';
import type { ErrorEnvelope } from '@targetboard/shared/api/errors';
import { hashPassword } from '../auth/passwords';
import { insertUser } from '@targetboard/db/repositories/users.repository';
import { createApp } from '../app';
import { LOGIN_LIMITS, slowdownMs } from '../services/auth.service';
import { sessionCookieFrom, signInAs, TEST_PASSWORD } from '../testing/auth';
import { createTestApp } from '../testing/test-app';

const JSON_HEADERS = { 'content-type': 'application/json' };

describe(`sign-in and sessions on ${testEngine()}`, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const login = (username: string, password: string, headers: Record<string, string> = {}) =>
    t.app.request('/api/auth/login', {
      method: 'POST',
      headers: { ...JSON_HEADERS, ...headers },
      body: JSON.stringify({ username, password }),
    });
  const me = (cookie?: string) =>
    t.app.request('/api/auth/me', { headers: cookie ? { cookie } : {} });

  async function makeUser(username: string) {
    return insertUser(t.database.db, {
      username,
      displayName: '',
      passwordHash: await hashPassword(TEST_PASSWORD),
      role: 'viewer',
      regionId: null,
    });
  }

  it('signs in with an HttpOnly, SameSite=Lax cookie, and /me answers the user', async () => {
    await makeUser('zhang.san');
    const res = await login('Zhang.San', TEST_PASSWORD);
    expect(res.status).toBe(200);
    const setCookie = res.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).not.toMatch(/Secure/);
    const cookie = sessionCookieFrom(res);
    const who = await me(cookie);
    expect(who.status).toBe(200);
    expect(((await who.json()) as { user: { username: string } }).user.username).toBe('zhang.san');
  });

  it('marks the cookie Secure behind an HTTPS proxy', async () => {
    await makeUser('proxied');
    const res = await t.app.request('https://tb.example/api/auth/login', {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify({ username: 'proxied', password: TEST_PASSWORD }),
    });
    expect(res.headers.get('set-cookie')).toMatch(/Secure/);
  });

  it('refuses a wrong password and an unknown user with the same answer', async () => {
    await makeUser('li.si');
    const wrong = await login('li.si', 'not the password');
    const unknown = await login('nobody-here', 'not the password');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.json()).toEqual(await unknown.json());
  });

  it('answers 401 without a session, with a tampered cookie, and after logout', async () => {
    expect((await me()).status).toBe(401);
    const { cookie } = await signInAs(t.app, t.database.db, 'viewer');
    const tampered = cookie.slice(0, -2) + (cookie.endsWith('AA') ? 'BB' : 'AA');
    expect((await me(tampered)).status).toBe(401);
    expect((await me('tb_session=<script>alert(1)</script>')).status).toBe(401);
    const out = await t.app.request('/api/auth/logout', { method: 'POST', headers: { cookie } });
    expect(out.status).toBe(204);
    expect((await me(cookie)).status).toBe(401);
  });

  it('expires sessions on the server', async () => {
    const { cookie } = await signInAs(t.app, t.database.db, 'viewer');
    await t.database.db
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .execute();
    expect((await me(cookie)).status).toBe(401);
  });

  it('rotates the session at login: the cookie held before no longer works', async () => {
    await makeUser('wang.wu');
    const first = sessionCookieFrom(await login('wang.wu', TEST_PASSWORD));
    const second = sessionCookieFrom(await login('wang.wu', TEST_PASSWORD, { cookie: first }));
    expect(second).not.toBe(first);
    expect((await me(first)).status).toBe(401);
    expect((await me(second)).status).toBe(200);
  });

  it('limits failed sign-ins per account with a clear 429', async () => {
    await makeUser('zhao.liu');
    for (let i = 0; i < LOGIN_LIMITS.perAccountAndAddress; i++)
      expect((await login('zhao.liu', 'wrong password!')).status).toBe(401);
    const limited = await login('zhao.liu', TEST_PASSWORD);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe(String(LOGIN_LIMITS.windowMs / 1000));
    expect(((await limited.json()) as ErrorEnvelope).error.message).toContain(
      'too many failed sign-ins',
    );
  });

  it('limits failed sign-ins per address across accounts', async () => {
    const headers = { 'x-forwarded-for': '203.0.113.9' };
    // Without TRUST_PROXY the header is ignored and every in-process request shares one address,
    // so the per-address limit shows once enough distinct usernames fail.
    for (let i = 0; i < LOGIN_LIMITS.perAddress; i++)
      await login(`ghost-${i}`, 'wrong password!', headers);
    expect((await login('ghost-last', 'wrong password!', headers)).status).toBe(429);
    await t.database.db.deleteFrom('login_attempts').execute();
  });

  describe('behind a trusted proxy', () => {
    let proxied: ReturnType<typeof createApp>;
    beforeAll(() => {
      proxied = createApp({ database: t.database, version: 'test', trustProxy: 1 });
    });
    const loginFrom = (ip: string, username: string, password: string, cookie?: string) =>
      proxied.request('/api/auth/login', {
        method: 'POST',
        headers: {
          ...JSON_HEADERS,
          // The client writes what it likes on the left; our proxy appends the real address.
          'x-forwarded-for': `10.${Math.floor(Math.random() * 255)}.0.1, ${ip}`,
          ...(cookie && { cookie }),
        },
        body: JSON.stringify({ username, password }),
      });
    const failuresOf = async (username: string) =>
      (
        await t.database.db
          .selectFrom('login_attempts')
          .select('id')
          .where('username', '=', username)
          .where('success', '=', false)
          .execute()
      ).length;

    it('lets 24 concurrent wrong passwords check no more than the limit', async () => {
      await makeUser('race.target');
      const answers = await Promise.all(
        Array.from({ length: 24 }, () =>
          loginFrom('198.51.100.24', 'race.target', 'wrong password!'),
        ),
      );
      const statuses = answers.map((r) => r.status);
      expect(statuses.filter((s) => s === 401)).toHaveLength(LOGIN_LIMITS.perAccountAndAddress);
      expect(statuses.filter((s) => s === 429)).toHaveLength(
        24 - LOGIN_LIMITS.perAccountAndAddress,
      );
      expect(await failuresOf('race.target')).toBe(LOGIN_LIMITS.perAccountAndAddress);
    });

    it('locks the (account, address) pair, not the account: its owner still signs in elsewhere', async () => {
      await makeUser('director');
      for (let i = 0; i < LOGIN_LIMITS.perAccountAndAddress; i++)
        expect((await loginFrom('198.51.100.66', 'director', 'wrong password!')).status).toBe(401);
      expect((await loginFrom('198.51.100.66', 'director', TEST_PASSWORD)).status).toBe(429);
      expect((await loginFrom('203.0.113.10', 'director', TEST_PASSWORD)).status).toBe(200);
    });

    it('slows an account down once it fails from many addresses, and still lets its owner in', async () => {
      await makeUser('popular');
      const failures = LOGIN_LIMITS.slowAfter + 2;
      for (let i = 0; i < failures; i++)
        expect((await loginFrom(`192.0.2.${i + 1}`, 'popular', 'wrong password!')).status).toBe(
          401,
        );
      const started = performance.now();
      const owner = await loginFrom('203.0.113.11', 'popular', TEST_PASSWORD);
      expect(owner.status).toBe(200);
      expect(performance.now() - started).toBeGreaterThanOrEqual(slowdownMs(failures) - 5);
      expect(slowdownMs(failures)).toBeGreaterThan(0);
    });

    it('keeps counting an address whatever the client writes into X-Forwarded-For', async () => {
      for (let i = 0; i < LOGIN_LIMITS.perAddress; i++)
        await loginFrom('198.51.100.99', `rotating-${i}`, 'wrong password!');
      expect((await loginFrom('198.51.100.99', 'rotating-last', 'wrong password!')).status).toBe(
        429,
      );
      const recorded = await t.database.db
        .selectFrom('login_attempts')
        .select('ip')
        .distinct()
        .where('username', 'like', 'rotating-%')
        .execute();
      expect(recorded.map((r) => r.ip)).toEqual(['198.51.100.99']);
    });

    it('leaves the current session alone when a sign-in fails', async () => {
      const { user, cookie } = await signInAs(t.app, t.database.db, 'viewer');
      expect(
        (await loginFrom('198.51.100.7', user.username, 'wrong password!', cookie)).status,
      ).toBe(401);
      expect((await me(cookie)).status).toBe(200);
    });
  });

  it('refuses a write whose Origin is another site', async () => {
    const { cookie } = await signInAs(t.app, t.database.db, 'viewer');
    const forged = await t.app.request('http://localhost/api/auth/logout', {
      method: 'POST',
      headers: { cookie, origin: 'https://evil.example' },
    });
    expect(forged.status).toBe(403);
    expect((await me(cookie)).status).toBe(200);
    const crossSite = await t.app.request('http://localhost/api/auth/logout', {
      method: 'POST',
      headers: { cookie, 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.status).toBe(403);
    const sameOrigin = await t.app.request('http://localhost/api/auth/logout', {
      method: 'POST',
      headers: { cookie, origin: 'http://localhost' },
    });
    expect(sameOrigin.status).toBe(204);
  });
});
