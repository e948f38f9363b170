import type { Db } from '@targetboard/db/database';
import { appendChanges } from '@targetboard/db/repositories/change-log.repository';
import {
  findRegionById,
  insertCustomRegion,
  listChildren,
  RegionTooDeepError,
} from '@targetboard/db/repositories/regions.repository';
import type { CreateRegionBody, Region } from '@targetboard/shared/api/regions.schema';
import type { User } from '@targetboard/shared/api/users.schema';
import { assertRegionInScope } from '../auth/scope';
import { AppError } from '../http/errors';
import { isUniqueViolation } from '../http/pg-errors';
import { refreshCellStatuses } from './cell-statuses.service';

/**
 * Adds a custom unit under a parent in the user's scope, logged: 422 for an unknown parent or
 * one too deep, 409 when the parent already has a unit of that name or the code is taken.
 */
export async function addCustomRegion(
  db: Db,
  user: User,
  input: CreateRegionBody,
): Promise<Region> {
  const parent = await findRegionById(db, input.parentId);
  if (!parent)
    throw new AppError(422, 'validation_failed', `no region with id ${input.parentId}`, {
      issues: [{ path: 'json.parentId', message: 'unknown region' }],
    });
  await assertRegionInScope(db, user, parent.id);
  const siblings = await listChildren(db, parent.id);
  if (siblings.some((s) => s.name === input.name))
    throw new AppError(409, 'conflict', `${parent.name} already has a unit named ${input.name}`);
  try {
    return await db.transaction().execute(async (trx) => {
      const created = await insertCustomRegion(trx, parent, input.name, input.code);
      await refreshCellStatuses(trx);
      await appendChanges(trx, [
        {
          entity: 'region',
          key: created.code,
          oldValue: null,
          newValue: { name: created.name, code: created.code, parentCode: parent.code },
          user: user.username,
          channel: 'api',
        },
      ]);
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError(
        409,
        'conflict',
        input.code ? `region code ${input.code} is taken` : 'a unit was added meanwhile; try again',
      );
    if (error instanceof RegionTooDeepError)
      throw new AppError(422, 'validation_failed', error.message, {
        issues: [{ path: 'json.parentId', message: error.message }],
      });
    throw error;
  }
}
