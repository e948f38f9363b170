import type { DbOrTrx } from '@targetboard/db/database';
import { appendChanges } from '@targetboard/db/repositories/change-log.repository';
import { findDocumentRegion } from '@targetboard/db/repositories/documents.repository';
import {
  insertIndicator,
  listIndicatorNames,
} from '@targetboard/db/repositories/indicators.repository';
import {
  findConfirmedTwins,
  findTarget,
  updateTarget,
  type TargetChanges,
} from '@targetboard/db/repositories/targets.repository';
import type { StoredTarget } from '@targetboard/shared/api/documents.schema';
import type { User } from '@targetboard/shared/api/users.schema';
import { linkIndicator } from '@targetboard/shared/indicators/match-indicator';
import { toleranceOf } from '@targetboard/shared/targets/target-rule';
import { AppError } from '../http/errors';

const invalid = (path: string, code: string, message: string) =>
  new AppError(422, 'validation_failed', message, { issues: [{ path, message }], reason: code });

/**
 * What confirming needs, filled in or refused: a value (a target given only by reference
 * cannot be tracked), a region, a catalogue indicator (linked by name, or created from the
 * extracted one) and, for `~`, the stated default tolerance.
 */
async function completeForConfirm(
  db: DbOrTrx,
  merged: StoredTarget,
  changes: TargetChanges,
): Promise<TargetChanges> {
  if (merged.value === null)
    throw invalid('json.value', 'value_required', 'enter the value before confirming this target');
  if (merged.regionId === null)
    throw invalid(
      'json.regionId',
      'region_required',
      'choose the region this target binds before confirming',
    );
  const filled: TargetChanges = { ...changes };
  if (merged.indicatorId === null) {
    const catalogue = await listIndicatorNames(db);
    const linked = linkIndicator(merged.indicator, catalogue);
    filled.indicatorId =
      linked?.id ??
      (
        await insertIndicator(db, {
          name: merged.indicator,
          unit: merged.unit,
          direction: merged.direction,
          kind: merged.kind,
          category: '其他',
          synonyms: [],
        })
      ).id;
  }
  if (merged.comparator === '~' && merged.tolerance === null) {
    filled.tolerance = toleranceOf(merged);
  }
  return filled;
}

/** The region a target write is judged against: its own, else its document's. */
export async function targetRegion(
  db: DbOrTrx,
  target: Pick<StoredTarget, 'regionId' | 'documentId'>,
): Promise<number | null> {
  if (target.regionId !== null) return target.regionId;
  if (target.documentId === null) return null;
  return (await findDocumentRegion(db, target.documentId))?.regionId ?? null;
}

/**
 * Edits a target at the version the user read (409 with the current target when stale) and
 * logs old → new. Returns the target and any other confirmed target for the same key.
 */
export async function changeTarget(
  db: DbOrTrx,
  id: number,
  version: number,
  changes: TargetChanges,
  user: User,
): Promise<{ target: StoredTarget; conflicts: StoredTarget[] }> {
  const before = await findTarget(db, id);
  if (!before) throw new AppError(404, 'not_found', `no target ${id}`);
  if (before.version !== version) {
    throw new AppError(
      409,
      'conflict',
      'this target was changed by someone else; reload to see it',
      { current: before },
    );
  }
  const merged = { ...before, ...changes } as StoredTarget;
  // The patch may carry one bound only; the pair it leaves must still be in order.
  if (merged.value !== null && merged.valueMax !== null && merged.valueMax < merged.value)
    throw invalid('json.valueMax', 'range_reversed', 'valueMax 不能小于 value');
  const finalChanges =
    merged.state === 'confirmed' ? await completeForConfirm(db, merged, changes) : changes;
  const target = await updateTarget(db, id, version, finalChanges);
  if (!target)
    throw new AppError(
      409,
      'conflict',
      'this target was changed by someone else; reload to see it',
      { current: await findTarget(db, id) },
    );
  await appendChanges(db, [
    {
      entity: 'target',
      key: String(id),
      oldValue: before,
      newValue: target,
      user: user.username,
      channel: 'api',
    },
  ]);
  const conflicts = target.state === 'confirmed' ? await findConfirmedTwins(db, target) : [];
  return { target, conflicts };
}
