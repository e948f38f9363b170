import type { DbOrTrx } from '@targetboard/db/database';
import {
  countRecentFailures,
  recordLoginAttempt,
} from '@targetboard/db/repositories/login-attempts.repository';
import { insertSession } from '@targetboard/db/repositories/sessions.repository';
import { findUserForLogin } from '@targetboard/db/repositories/users.repository';
import type { User } from '@targetboard/shared/api/users.schema';
import { verifyPassword } from '../auth/passwords';
import { newSessionToken, SESSION_TTL_MS } from '../auth/session';
import { AppError } from '../http/errors';

/** Failed logins allowed in the window, per account and per address, before 429. */
export const LOGIN_LIMITS = { windowMs: 15 * 60 * 1000, perUsername: 5, perIp: 20 } as const;

export interface LoginInput {
  username: string;
  password: string;
  ip: string;
  userAgent: string | null;
}

/**
 * Checks the rate limits, then the password; on success opens a new session (a fresh token at
 * every login, so a session id planted before login is worthless).
 */
export async function login(
  db: DbOrTrx,
  input: LoginInput,
): Promise<{ user: User; token: string; expiresAt: Date }> {
  const now = Date.now();
  const failures = await countRecentFailures(
    db,
    input.username,
    input.ip,
    new Date(now - LOGIN_LIMITS.windowMs),
  );
  if (failures.byUsername >= LOGIN_LIMITS.perUsername || failures.byIp >= LOGIN_LIMITS.perIp) {
    const minutes = Math.round(LOGIN_LIMITS.windowMs / 60_000);
    throw new AppError(
      429,
      'rate_limited',
      `too many failed sign-ins; try again in ${minutes} minutes`,
      { retryAfterSeconds: LOGIN_LIMITS.windowMs / 1000 },
      { 'Retry-After': String(LOGIN_LIMITS.windowMs / 1000) },
    );
  }
  const found = await findUserForLogin(db, input.username);
  const ok = await verifyPassword(
    found && !found.disabled ? found.passwordHash : null,
    input.password,
  );
  await recordLoginAttempt(db, { username: input.username, ip: input.ip, success: ok });
  if (!found || !ok) throw new AppError(401, 'unauthenticated', 'wrong username or password');
  const { passwordHash: _omit, ...user } = found;
  const { token, tokenHash } = newSessionToken();
  const expiresAt = new Date(now + SESSION_TTL_MS);
  await insertSession(db, {
    tokenHash,
    userId: user.id,
    expiresAt,
    ip: input.ip,
    userAgent: input.userAgent,
  });
  return { user, token, expiresAt };
}
