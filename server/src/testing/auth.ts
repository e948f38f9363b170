import type { Db } from '@targetboard/db/database';
import { insertUser } from '@targetboard/db/repositories/users.repository';
import type { Role, User } from '@targetboard/shared/api/users.schema';
import { hashPassword } from '../auth/passwords';

export const TEST_PASSWORD = 'correct horse battery';

interface RequestApp {
  request(path: string, init?: RequestInit): Response | Promise<Response>;
}

let counter = 0;

/** Creates a user with the role and region, signs in through the API, and returns the cookie to send. */
export async function signInAs(
  app: RequestApp,
  db: Db,
  role: Role,
  regionId: number | null = null,
): Promise<{ user: User; cookie: string }> {
  const username = `${role}-${++counter}-${Math.random().toString(36).slice(2, 8)}`;
  const user = await insertUser(db, {
    username,
    displayName: username,
    passwordHash: await hashPassword(TEST_PASSWORD),
    role,
    regionId,
  });
  const res = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: TEST_PASSWORD }),
  });
  if (res.status !== 200)
    throw new Error(`sign-in as ${role} failed: ${res.status} ${await res.text()}`);
  return { user, cookie: sessionCookieFrom(res) };
}

/** `tb_session=…` from a response's Set-Cookie, ready for a Cookie header. */
export function sessionCookieFrom(res: Response): string {
  const header = res.headers.get('set-cookie') ?? '';
  const match = /tb_session=([^;]*)/.exec(header);
  if (!match) throw new Error(`no session cookie in: ${header}`);
  return `tb_session=${match[1]}`;
}
