import { createHash, randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { extendSession, findSessionUser } from '@targetboard/db/repositories/sessions.repository';
import type { AppEnv } from '../http/env';
import { isHttps } from './client-address';

export const SESSION_COOKIE = 'tb_session';
/** Sessions end after this much inactivity; each request past half of it slides the end forward. */
export const SESSION_TTL_MS = 8 * 60 * 60 * 1000;

/** A new random session token (256 bits) and the hash stored in its place. */
export function newSessionToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export function setSessionCookie(c: Context<AppEnv>, token: string, expiresAt: Date): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: isHttps(c, c.var.trustProxy),
    path: '/',
    expires: expiresAt,
  });
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
}

/** Resolves the session cookie to `c.var.user` (null when absent, unknown, expired or tampered). */
export const loadSession = createMiddleware<AppEnv>(async (c, next) => {
  c.set('user', null);
  c.set('sessionTokenHash', null);
  c.set('dataRevision', null);
  c.set('sessionRegionPath', undefined);
  const token = getCookie(c, SESSION_COOKIE);
  if (token && /^[A-Za-z0-9_-]{43}$/.test(token)) {
    const tokenHash = hashToken(token);
    const now = new Date();
    const session = await findSessionUser(c.var.db, tokenHash, now, c.var.regionPathWanted);
    if (session) {
      c.set('user', session.user);
      c.set('sessionTokenHash', tokenHash);
      c.set('dataRevision', session.dataRevision);
      c.set('sessionRegionPath', session.regionPath);
      if (session.expiresAt.getTime() - now.getTime() < SESSION_TTL_MS / 2) {
        const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
        await extendSession(c.var.db, tokenHash, expiresAt);
        setSessionCookie(c, token, expiresAt);
      }
    }
  }
  await next();
});
