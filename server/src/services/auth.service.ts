import type { Db, DbOrTrx } from '@targetboard/db/database';
import { appendChanges } from '@targetboard/db/repositories/change-log.repository';
import {
  countRecentFailures,
  lockLoginAddress,
  markLoginSucceeded,
  recordLoginAttempt,
} from '@targetboard/db/repositories/login-attempts.repository';
import {
  deleteUserSessions,
  insertSession,
} from '@targetboard/db/repositories/sessions.repository';
import { findUserForLogin, updateUser } from '@targetboard/db/repositories/users.repository';
import type { User } from '@targetboard/shared/api/users.schema';
import { normaliseUsername } from '@targetboard/shared/users/username';
import { assertAcceptablePassword } from '../auth/password-policy';
import { hashPassword, verifyPassword } from '../auth/passwords';
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
 * Counts and records a password attempt in one locked step before the password is checked,
 * so concurrent guesses cannot all slip under the limit; 429 past a limit. Returns the
 * attempt to mark a success, after waiting out the account's slowdown.
 */
async function claimAttempt(db: Db, username: string, ip: string): Promise<number> {
  const since = new Date(Date.now() - LOGIN_LIMITS.windowMs);
  const claim = await db.transaction().execute(async (trx) => {
    await lockLoginAddress(trx, ip);
    const failures = await countRecentFailures(trx, username, ip, since);
    if (
      failures.byAccountAndAddress >= LOGIN_LIMITS.perAccountAndAddress ||
      failures.byAddress >= LOGIN_LIMITS.perAddress
    )
      return null;
    const attemptId = await recordLoginAttempt(trx, { username, ip });
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
  return claim.attemptId;
}

/** A new session for the user (a fresh token every time, so a session id planted before is worthless). */
async function openSession(
  db: DbOrTrx,
  user: User,
  input: { ip: string; userAgent: string | null },
) {
  const { token, tokenHash } = newSessionToken();
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
  await insertSession(db, {
    tokenHash,
    userId: user.id,
    expiresAt,
    ip: input.ip,
    userAgent: input.userAgent,
  });
  return { user, token, expiresAt };
}

/** Checks the limits, then the password; on success opens a new session. */
export async function login(
  db: Db,
  input: LoginInput,
): Promise<{ user: User; token: string; expiresAt: Date }> {
  const username = normaliseUsername(input.username);
  const attemptId = await claimAttempt(db, username, input.ip);
  const found = await findUserForLogin(db, username);
  const ok = await verifyPassword(
    found && !found.disabled ? found.passwordHash : null,
    input.password,
  );
  if (!found || !ok) throw new AppError(401, 'unauthenticated', 'wrong username or password');
  await markLoginSucceeded(db, attemptId);
  const { passwordHash: _omit, ...user } = found;
  return openSession(db, user, input);
}

export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
  ip: string;
  userAgent: string | null;
}

/**
 * The signed-in user replaces their own password: the current one is checked under the same
 * limits as a sign-in, the new one must pass the password rules and differ from it. Every
 * session of the user ends and a new one opens; the must-change flag clears.
 */
export async function changeOwnPassword(
  db: Db,
  user: User,
  input: PasswordChange,
): Promise<{ user: User; token: string; expiresAt: Date }> {
  const attemptId = await claimAttempt(db, normaliseUsername(user.username), input.ip);
  const found = await findUserForLogin(db, user.username);
  if (!found || !(await verifyPassword(found.passwordHash, input.currentPassword)))
    throw fieldError('json.currentPassword', '当前密码不正确（wrong_current_password）');
  await markLoginSucceeded(db, attemptId);
  if (input.newPassword === input.currentPassword)
    throw fieldError('json.newPassword', '新密码不能与当前密码相同（password_unchanged）');
  assertAcceptablePassword(input.newPassword, user, 'json.newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  return db.transaction().execute(async (trx) => {
    const updated = await updateUser(trx, user.id, found.version, {
      passwordHash,
      mustChangePassword: false,
    });
    if (!updated)
      throw new AppError(409, 'conflict', 'this account was changed meanwhile; sign in again');
    await deleteUserSessions(trx, user.id);
    await appendChanges(trx, [
      {
        entity: 'user',
        key: String(user.id),
        oldValue: null,
        newValue: { password: 'changed by the user' },
        user: user.username,
        channel: 'api',
      },
    ]);
    return openSession(trx, updated, input);
  });
}

const fieldError = (path: string, message: string) =>
  new AppError(422, 'validation_failed', message, { issues: [{ path, message }] });
