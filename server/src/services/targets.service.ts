import type { DbOrTrx } from '@targetboard/db/database';
import { appendChanges } from '@targetboard/db/repositories/change-log.repository';
import { findDocumentRegion } from '@targetboard/db/repositories/documents.repository';
import {
  addIndicatorSynonym,
  insertIndicator,
  listIndicatorNames,
} from '@targetboard/db/repositories/indicators.repository';
import {
  findConfirmedTwins,
  findTarget,
  listDocumentTargets,
  updateTarget,
  type TargetChanges,
} from '@targetboard/db/repositories/targets.repository';
import type { StoredTarget } from '@targetboard/shared/api/documents.schema';
import type { User } from '@targetboard/shared/api/users.schema';
import { confirmLink, synonymToKeep } from '@targetboard/shared/indicators/match-indicator';
import { toleranceOf } from '@targetboard/shared/targets/target-rule';
import { AppError } from '../http/errors';

const invalid = (path: string, code: string, message: string) =>
  new AppError(422, 'validation_failed', message, { issues: [{ path, message }], reason: code });

/**
 * What confirming needs, filled in or refused: a value (a target given only by reference
 * cannot be tracked), a region, a catalogue indicator (linked by name; created from the
 * extracted one only when the catalogue holds nothing close, or when the reviewer asks with
 * `newIndicator` — never a silent duplicate) and, for `~`, the stated default tolerance.
 */
async function completeForConfirm(
  db: DbOrTrx,
  merged: StoredTarget,
  changes: TargetChanges,
  newIndicator: boolean,
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
    const link = confirmLink(merged.indicator, await listIndicatorNames(db));
    if (link.action === 'choose' && !newIndicator) {
      const message =
        'the catalogue holds indicators close to this name: link one, or confirm with newIndicator to add it';
      throw new AppError(422, 'validation_failed', message, {
        issues: [{ path: 'json.indicatorId', message }],
        reason: 'indicator_choice_required',
        suggestions: link.suggestions,
      });
    }
    filled.indicatorId =
      link.action === 'link'
        ? link.id
        : (
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

/** Whether confirming this target waits for a reviewer to choose its indicator (bulk confirm skips it). */
export async function needsIndicatorChoice(
  db: DbOrTrx,
  target: Pick<StoredTarget, 'indicatorId' | 'indicator'>,
): Promise<boolean> {
  if (target.indicatorId !== null) return false;
  return confirmLink(target.indicator, await listIndicatorNames(db)).action === 'choose';
}

/**
 * A reviewer linked a target to a catalogue indicator: keep the name it had as a synonym of
 * that indicator, so the next plan that says it the same way is linked at once.
 */
async function keepNameAsSynonym(
  db: DbOrTrx,
  name: string,
  indicatorId: number,
  user: User,
): Promise<void> {
  const catalogue = await listIndicatorNames(db);
  const synonym = synonymToKeep(name, catalogue);
  const indicator = catalogue.find((c) => c.id === indicatorId);
  if (synonym === null || !indicator) return;
  if (!(await addIndicatorSynonym(db, indicatorId, synonym))) return;
  await appendChanges(db, [
    {
      entity: 'indicator',
      key: String(indicatorId),
      oldValue: { synonyms: indicator.synonyms },
      newValue: { synonyms: [...indicator.synonyms, synonym] },
      user: user.username,
      channel: 'api',
      note: 'synonym kept from review',
    },
  ]);
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
 * logs old → new; linking it to an indicator keeps its former name as that one's synonym. Returns the target and any other confirmed target for the same key.
 */
export async function changeTarget(
  db: DbOrTrx,
  id: number,
  version: number,
  { newIndicator = false, ...changes }: TargetChanges & { newIndicator?: boolean | undefined },
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
    merged.state === 'confirmed'
      ? await completeForConfirm(db, merged, changes, newIndicator)
      : changes;
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
  if (
    changes.indicatorId !== undefined &&
    changes.indicatorId !== null &&
    changes.indicatorId !== before.indicatorId
  )
    await keepNameAsSynonym(db, before.indicator, changes.indicatorId, user);
  const conflicts = target.state === 'confirmed' ? await findConfirmedTwins(db, target) : [];
  return { target, conflicts };
}

/**
 * Confirms a document's drafts at or above `minConfidence` that have a value and a region the
 * user may bind (`mayBind`). Drafts of another region stay drafts for that region's approver and
 * are listed in `outOfScope`; the rest that cannot be confirmed yet are counted as skipped.
 */
export async function confirmDrafts(
  db: DbOrTrx,
  documentId: number,
  minConfidence: number,
  mayBind: (regionId: number) => boolean,
  user: User,
): Promise<{ confirmed: number; skipped: number; outOfScope: number[]; targets: StoredTarget[] }> {
  let confirmed = 0;
  let skipped = 0;
  const outOfScope: number[] = [];
  for (const t of await listDocumentTargets(db, documentId)) {
    if (t.state !== 'draft') continue;
    if (t.regionId !== null && !mayBind(t.regionId)) {
      outOfScope.push(t.id);
      continue;
    }
    if (
      (t.confidence ?? 0) < minConfidence ||
      t.value === null ||
      t.regionId === null ||
      (await needsIndicatorChoice(db, t))
    ) {
      skipped++;
      continue;
    }
    await changeTarget(db, t.id, t.version, { state: 'confirmed' }, user);
    confirmed++;
  }
  return { confirmed, skipped, outOfScope, targets: await listDocumentTargets(db, documentId) };
}
