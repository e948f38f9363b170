import type { Db } from '@targetboard/db/database';
import { appendChanges } from '@targetboard/db/repositories/change-log.repository';
import {
  findIndicatorById,
  findMergeClashes,
  type IndicatorFields,
  insertIndicator,
  mergeIndicatorInto,
  updateIndicator,
} from '@targetboard/db/repositories/indicators.repository';
import type { Indicator } from '@targetboard/shared/api/indicators.schema';
import type { User } from '@targetboard/shared/api/users.schema';
import { synonymsAfterEdit } from '@targetboard/shared/indicators/rename';
import { AppError } from '../http/errors';
import { isUniqueViolation } from '../http/pg-errors';
import { refreshCellStatuses } from './cell-statuses.service';

/** 409 when a name is taken (the unique index refused it), else the error as it came. */
async function refusingTakenName<T>(name: string | undefined, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError(409, 'conflict', `an indicator named ${name} exists`);
    throw error;
  }
}

/** Adds an indicator to the catalogue, logged; 409 when its name is taken. */
export async function createIndicator(
  db: Db,
  user: User,
  fields: IndicatorFields,
): Promise<Indicator> {
  return refusingTakenName(fields.name, () =>
    db.transaction().execute(async (trx) => {
      const created = await insertIndicator(trx, fields);
      await appendChanges(trx, [
        {
          entity: 'indicator',
          key: String(created.id),
          oldValue: null,
          newValue: created,
          user: user.username,
          channel: 'api',
        },
      ]);
      return created;
    }),
  );
}

/**
 * Edits an indicator, logged: a rename keeps the old name as a synonym (`synonymsAfterEdit`),
 * so the plans and imports that use it still find the indicator. 404 unknown, 409 name taken.
 */
export async function editIndicator(
  db: Db,
  user: User,
  input: { id: number; changes: Partial<IndicatorFields> },
): Promise<Indicator> {
  const { id, changes } = input;
  return refusingTakenName(changes.name, () =>
    db.transaction().execute(async (trx) => {
      const before = await findIndicatorById(trx, id);
      if (!before) throw new AppError(404, 'not_found', `no indicator ${id}`);
      const synonyms = synonymsAfterEdit(before, changes);
      const updated = (await updateIndicator(trx, id, {
        ...changes,
        ...(synonyms && { synonyms }),
      }))!;
      await appendChanges(trx, [
        {
          entity: 'indicator',
          key: String(id),
          oldValue: before,
          newValue: updated,
          user: user.username,
          channel: 'api',
        },
      ]);
      return updated;
    }),
  );
}

/**
 * Merges one indicator into another, logged: every target and figure moves and the name
 * becomes a synonym. 422 into itself, 404 unknown, 409 when both hold a figure in one cell.
 */
export async function mergeIndicator(
  db: Db,
  user: User,
  input: { id: number; intoId: number },
): Promise<{ indicator: Indicator; moved: { targets: number; observations: number } }> {
  const { id, intoId } = input;
  if (id === intoId)
    throw new AppError(422, 'validation_failed', 'an indicator cannot be merged into itself', {
      issues: [{ path: 'json.intoId', message: 'same indicator' }],
    });
  return db.transaction().execute(async (trx) => {
    const [from, into] = await Promise.all([
      findIndicatorById(trx, id),
      findIndicatorById(trx, intoId),
    ]);
    if (!from) throw new AppError(404, 'not_found', `no indicator ${id}`);
    if (!into) throw new AppError(404, 'not_found', `no indicator ${intoId}`);
    const clashes = await findMergeClashes(trx, id, intoId);
    if (clashes.length > 0) {
      throw new AppError(
        409,
        'conflict',
        `both indicators hold figures for the same region and quarter (${clashes.length}${clashes.length === 50 ? '+' : ''}); resolve them first`,
        { clashes },
      );
    }
    const moved = await mergeIndicatorInto(trx, id, intoId);
    await refreshCellStatuses(trx);
    await appendChanges(trx, [
      {
        entity: 'indicator',
        key: String(id),
        oldValue: from,
        newValue: { mergedInto: intoId, ...moved },
        user: user.username,
        channel: 'api',
      },
    ]);
    return { indicator: (await findIndicatorById(trx, intoId))!, moved };
  });
}
