import type { DbOrTrx } from '@targetboard/db/database';
import {
  countRecentFailures,
  lockLoginAddress,
  markLoginSucceeded,
  recordLoginAttempt,
} from '@targetboard/db/repositories/login-attempts.repository';
import { insertSession } from '@targetboard/db/repositories/sessions.repository';
import { findUserForLogin } from '@targetboard/db/repositories/users.repository';
import type { User } from '@targetboard/shared/api/users.schema';
import { normaliseUsername } from '@targetboard/shared/users/username';
import { verifyPassword } from '../auth/passwords';
import { newSessionToken, SESSION_TTL_MS } from '../auth/session';
import { AppError } from '../http/errors';

/**
 * Sign-in limits over a sliding window. A hard stop applies per (account, address) and per
 * address; an account alone is never locked — that would let anyone lock out a bureau's
 * director by failing on purpose — but once it has `slowAfter` failures from anywhere, each
 * further attempt on it waits `slowStepMs` more, up to `slowMaxMs`.
 */
export const LOGIN_LIMITS = {
  windowMs: 15 * 60 * 1000,
  perAccountAndAddress: 5,
  perAddress: 20,
  slowAfter: 5,
  slowStepMs: 250,
  slowMaxMs: 3000,
} as const;

export interface LoginInput {
  username: string;
  password: string;
  ip: string;
  userAgent: string | null;
}

/** How long an attempt on an account with this many recent failures waits before its check. */
export function slowdownMs(accountFailures: number): number {
  const over = accountFailures - LOGIN_LIMITS.slowAfter + 1;
  return over <= 0 ? 0 : Math.min(LOGIN_LIMITS.slowMaxMs, over * LOGIN_LIMITS.slowStepMs);
}

/**
 * Counts and records the attempt in one locked step before the password is checked, so
 * concurrent guesses cannot all slip under the limit; then checks the password and on success
 * opens a new session (a fresh token at every login, so a session id planted before is worthless).
 */
export async function login(
  db: DbOrTrx,
  input: LoginInput,
): Promise<{ user: User; token: string; expiresAt: Date }> {
  const now = Date.now();
  const username = normaliseUsername(input.username);
  const claim = await db.transaction().execute(async (trx) => {
    await lockLoginAddress(trx, input.ip);
    const failures = await countRecentFailures(
      trx,
      username,
      input.ip,
      new Date(now - LOGIN_LIMITS.windowMs),
    );
    if (
      failures.byAccountAndAddress >= LOGIN_LIMITS.perAccountAndAddress ||
      failures.byAddress >= LOGIN_LIMITS.perAddress
    )
      return null;
    const attemptId = await recordLoginAttempt(trx, { username, ip: input.ip });
    return { attemptId, accountFailures: failures.byAccount };
  });
  if (!claim) {
    const minutes = Math.round(LOGIN_LIMITS.windowMs / 60_000);
    throw new AppError(
      429,
      'rate_limited',
      `too many failed sign-ins; try again in ${minutes} minutes`,
      { retryAfterSeconds: LOGIN_LIMITS.windowMs / 1000 },
      { 'Retry-After': String(LOGIN_LIMITS.windowMs / 1000) },
    );
  }
  const wait = slowdownMs(claim.accountFailures);
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  const found = await findUserForLogin(db, username);
  const ok = await verifyPassword(
    found && !found.disabled ? found.passwordHash : null,
    input.password,
  );
  if (!found || !ok) throw new AppError(401, 'unauthenticated', 'wrong username or password');
  await markLoginSucceeded(db, claim.attemptId);
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
