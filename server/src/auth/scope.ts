import type { DbOrTrx } from '@targetboard/db/database';
import { regionIsWithin } from '@targetboard/db/repositories/region-scope.repository';
import { filterRegionsWithin } from '@targetboard/db/repositories/region-tree.repository';
import type { RegionPath } from '@targetboard/db/repositories/regions.repository';
import type { User } from '@targetboard/shared/api/users.schema';
import { AppError } from '../http/errors';

// Scope rules on a database handle, for services; `guards.ts` wraps them for routes. On PGlite
// call them before a transaction opens, or with its `trx`: the outer handle waits for it.

/**
 * Whether the user's scope covers the region: admins everything, everyone else their region
 * and its descendants. No region set means no scope at all (unlike DHIS2, which then shows all).
 */
export async function regionInScope(db: DbOrTrx, user: User, regionId: number): Promise<boolean> {
  if (user.role === 'admin') return true;
  if (user.regionId === null) return false;
  return regionIsWithin(db, regionId, user.regionId);
}

/**
 * `regionInScope` read off a region's path (its ancestors, as `findRegionPath` gives them)
 * instead of the database: the same rule, for a caller that has the path already.
 */
export function pathInScope(user: User, path: RegionPath): boolean {
  if (user.role === 'admin') return true;
  const scopeId = user.regionId;
  if (scopeId === null) return false;
  return path.region.id === scopeId || path.ancestors.some((a) => a.id === scopeId);
}

/** 403 unless the region is in the user's scope. */
export async function assertRegionInScope(
  db: DbOrTrx,
  user: User,
  regionId: number,
): Promise<void> {
  if (!(await regionInScope(db, user, regionId))) {
    throw new AppError(403, 'forbidden', 'this region is outside your scope', { regionId });
  }
}

/** 403 unless every one of the regions is in the user's scope; one query however many. */
export async function assertRegionsInScope(
  db: DbOrTrx,
  user: User,
  regionIds: readonly number[],
): Promise<void> {
  assertAllInScope(await regionsInScopeOf(db, user, regionIds), regionIds);
}

/**
 * 403 unless the scope test (`regionsInScopeOf`) passes every region: for a caller that asked
 * for the test beside its other reads and decides once they are all in.
 */
export function assertAllInScope(
  inScope: (regionId: number) => boolean,
  regionIds: readonly number[],
): void {
  const outside = regionIds.find((id) => !inScope(id));
  if (outside !== undefined) {
    throw new AppError(403, 'forbidden', 'this region is outside your scope', {
      regionId: outside,
    });
  }
}

/** Which of the regions the user's scope covers, as a test; one query however many. */
export async function regionsInScopeOf(
  db: DbOrTrx,
  user: User,
  regionIds: readonly number[],
): Promise<(regionId: number) => boolean> {
  if (user.role === 'admin') return () => true;
  if (user.regionId === null) return () => false;
  const within = await filterRegionsWithin(db, [...new Set(regionIds)], user.regionId);
  return (regionId) => within.has(regionId);
}
