import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '@targetboard/db/testing/create-test-db';
import type { ErrorEnvelope } from '@targetboard/shared/api/errors';
import type { User } from '@targetboard/shared/api/users.schema';
import { createLogger } from '../http/logger';
import { ensureFirstAdmin } from '../services/bootstrap-admin';
import { sessionCookieFrom } from '../testing/auth';
import { createTestApp } from '../testing/test-app';

const NEW_PASSWORD = 'orbit kettle 94 meadow';

describe(`a generated first-admin password, on ${testEngine()}`, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  const log: string[] = [];
  const terminal: string[] = [];
  let generated: string;
  beforeAll(async () => {
    t = await createTestApp();
    const logger = createLogger('debug', (_level, line) => log.push(line));
    await ensureFirstAdmin(t.database.db, {}, logger, (text) => terminal.push(text));
    generated = /password: (\S+)/.exec(terminal.join('\n'))?.[1] ?? '';
  });
  afterAll(() => t.close());

  const call = (method: string, path: string, cookie: string, body?: unknown) =>
    t.app.request(path, {
      method,
      headers: { 'content-type': 'application/json', cookie },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const signIn = (password: string) =>
    call('POST', '/api/auth/login', '', { username: 'admin', password });
  const changePassword = (cookie: string, currentPassword: string, newPassword: string) =>
    call('POST', '/api/auth/password', cookie, { currentPassword, newPassword });
  const messageOf = async (res: Response) => ((await res.json()) as ErrorEnvelope).error.message;

  it('is shown once on the terminal and never written to the JSON log', () => {
    expect(generated.length).toBeGreaterThanOrEqual(16);
    expect(terminal).toHaveLength(1);
    expect(log.some((line) => line.includes('first admin created'))).toBe(true);
    expect(log.join('\n')).not.toContain(generated);
  });

  it('lets its holder do nothing but change it, then everything', async () => {
    const first = await signIn(generated);
    expect(first.status).toBe(200);
    expect(((await first.json()) as { user: User }).user.mustChangePassword).toBe(true);
    const cookie = sessionCookieFrom(first);

    const refused = await call('GET', '/api/users', cookie);
    expect(refused.status).toBe(403);
    expect(await messageOf(refused)).toContain('password_change_required');
    expect((await call('GET', '/api/regions?q=x', cookie)).status).toBe(403);
    expect((await call('GET', '/api/auth/me', cookie)).status).toBe(200);

    const wrong = await changePassword(cookie, 'not the password', NEW_PASSWORD);
    expect(wrong.status).toBe(422);
    expect(await messageOf(wrong)).toContain('wrong_current_password');
    const weak = await changePassword(cookie, generated, 'password123');
    expect(weak.status).toBe(422);
    expect(await messageOf(weak)).toContain('password_too_weak');
    const same = await changePassword(cookie, generated, generated);
    expect(await messageOf(same)).toContain('password_unchanged');

    const changed = await changePassword(cookie, generated, NEW_PASSWORD);
    expect(changed.status).toBe(200);
    expect(((await changed.json()) as { user: User }).user.mustChangePassword).toBe(false);
    const renewed = sessionCookieFrom(changed);
    expect((await call('GET', '/api/auth/me', cookie)).status).toBe(401);
    expect((await call('GET', '/api/users', renewed)).status).toBe(200);
    expect((await signIn(generated)).status).toBe(401);
    expect((await signIn(NEW_PASSWORD)).status).toBe(200);
  });

  it('needs a session to change a password', async () => {
    expect((await changePassword('', NEW_PASSWORD, 'another good passphrase 7')).status).toBe(401);
  });
});
