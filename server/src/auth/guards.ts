import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { visibleRegionIds } from '@targetboard/db/repositories/region-scope.repository';
import type { Role, User } from '@targetboard/shared/api/users.schema';
import type { AppEnv } from '../http/env';
import { AppError } from '../http/errors';
import {
  assertRegionInScope,
  assertRegionsInScope,
  regionInScope,
  regionsInScopeOf,
} from './scope';

/** 401 unless signed in. */
export const requireUser = createMiddleware<AppEnv>(async (c, next) => {
  if (!c.var.user) throw new AppError(401, 'unauthenticated', 'sign in first');
  await next();
});

/** 401 unless signed in, 403 unless the user has one of `roles` (admins always pass). */
export function requireRole(...roles: Role[]) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const user = c.var.user;
    if (!user) throw new AppError(401, 'unauthenticated', 'sign in first');
    if (user.role !== 'admin' && !roles.includes(user.role)) {
      throw new AppError(403, 'forbidden', `your role (${user.role}) may not do this`);
    }
    await next();
  });
}

/** The signed-in user; only for handlers behind `requireUser` or `requireRole`. */
export function currentUser(c: Context<AppEnv>): User {
  const user = c.var.user;
  if (!user) throw new AppError(401, 'unauthenticated', 'sign in first');
  return user;
}

/** The user's scope covers the region (see `regionInScope`). */
export async function inScope(c: Context<AppEnv>, user: User, regionId: number): Promise<boolean> {
  return regionInScope(c.var.db, user, regionId);
}

/** 403 unless the region is in the user's scope. */
export async function assertInScope(
  c: Context<AppEnv>,
  user: User,
  regionId: number,
): Promise<void> {
  return assertRegionInScope(c.var.db, user, regionId);
}

/** 403 unless every one of the regions is in the user's scope; one query however many. */
export async function assertAllInScope(
  c: Context<AppEnv>,
  user: User,
  regionIds: readonly number[],
): Promise<void> {
  return assertRegionsInScope(c.var.db, user, regionIds);
}

/** Which of the regions the user's scope covers, as a test; one query however many. */
export async function inScopeOf(
  c: Context<AppEnv>,
  user: User,
  regionIds: readonly number[],
): Promise<(regionId: number) => boolean> {
  return regionsInScopeOf(c.var.db, user, regionIds);
}

/** Region ids a reader may see (null: everything, for admins); nobody without a region sees any. */
export async function readableRegionIds(c: Context<AppEnv>, user: User): Promise<number[] | null> {
  if (user.role === 'admin') return null;
  if (user.regionId === null) return [];
  return visibleRegionIds(c.var.db, user.regionId);
}
