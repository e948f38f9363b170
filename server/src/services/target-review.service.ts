import type { Db, DbOrTrx } from '@targetboard/db/database';
import { appendChanges } from '@targetboard/db/repositories/change-log.repository';
import {
  findTarget,
  insertTargets,
  listDocumentTargets,
} from '@targetboard/db/repositories/targets.repository';
import type {
  CreateTargetBodySchema,
  DocumentDetail,
  StoredTarget,
  UpdateTargetBodySchema,
} from '@targetboard/shared/api/documents.schema';
import type { User } from '@targetboard/shared/api/users.schema';
import { inferMeasure } from '@targetboard/shared/targets/measure';
import type { z } from 'zod';
import { assertRegionInScope, regionsInScopeOf } from '../auth/scope';
import { AppError } from '../http/errors';
import { changeTarget, confirmDrafts, targetRegion } from './targets.service';
import { refreshCellStatuses } from './cell-statuses.service';

// Reviewing a document's targets, each use case in its own transaction. Every scope check runs
// before the transaction opens: on PGlite's single connection a query on `db` inside it would
// wait for the transaction forever.

/** 403 unless the user may review in the region; a document with none only admins review. */
async function assertMayReview(db: DbOrTrx, user: User, regionId: number | null): Promise<void> {
  if (user.role === 'admin') return;
  if (regionId === null)
    throw new AppError(
      403,
      'forbidden',
      'only an admin may review a document whose region is not set',
    );
  await assertRegionInScope(db, user, regionId);
}

/**
 * Edits or confirms a target at the version read (see `changeTarget`): 404 unknown, 403 when
 * the target's region — or the new one it is given — is outside the user's review scope.
 */
export async function editTarget(
  db: Db,
  user: User,
  input: { id: number; changes: z.infer<typeof UpdateTargetBodySchema> },
): Promise<{ target: StoredTarget; conflicts: StoredTarget[] }> {
  const { id } = input;
  const { version, ...changes } = input.changes;
  const before = await findTarget(db, id);
  if (!before) throw new AppError(404, 'not_found', `no target ${id}`);
  await assertMayReview(db, user, await targetRegion(db, before));
  // A new region (or none, which falls back to the document's) must be in scope too.
  if (changes.regionId !== undefined)
    await assertMayReview(
      db,
      user,
      await targetRegion(db, { regionId: changes.regionId, documentId: before.documentId }),
    );
  return db.transaction().execute(async (trx) => {
    const changed = await changeTarget(trx, id, version, changes, user);
    await refreshCellStatuses(trx);
    return changed;
  });
}

/**
 * Adds a draft target the reviewer marked in a readable document's text, logged: 403 unless
 * the document's region and the target's own are in review scope, 422 for a span outside the
 * text. Offsets count characters (code points), as the extractor's do.
 */
export async function addTargetFromSpan(
  db: Db,
  user: User,
  input: { document: DocumentDetail; target: z.infer<typeof CreateTargetBodySchema> },
): Promise<StoredTarget> {
  const { document, target: body } = input;
  // Adding to a document is reviewing it; the new target's own region must be in scope too.
  await assertMayReview(db, user, document.regionId);
  if (body.regionId !== null) await assertMayReview(db, user, body.regionId);
  const chars = [...document.text];
  if (body.end > chars.length || body.start >= body.end) {
    throw new AppError(
      422,
      'validation_failed',
      `span ${body.start}–${body.end} is outside the text (${chars.length} characters)`,
      { issues: [{ path: 'json.end', message: 'outside the document text' }] },
    );
  }
  const quote = chars.slice(body.start, body.end).join('');
  return db.transaction().execute(async (trx) => {
    const [created] = await insertTargets(trx, [
      {
        ...body,
        measure: body.measure ?? inferMeasure(body.kind, body.unit),
        documentId: document.id,
        regionId: body.regionId ?? document.regionId,
        region: null,
        confidence: 1,
        quote,
      },
    ]);
    await appendChanges(trx, [
      {
        entity: 'target',
        key: String(created!.id),
        oldValue: null,
        newValue: created,
        user: user.username,
        channel: 'form',
        note: 'added by hand',
      },
    ]);
    return created!;
  });
}

/**
 * Confirms a readable document's drafts at or above `minConfidence` (see `confirmDrafts`):
 * 403 unless the document's region is in review scope; each draft is judged by its own
 * region, since a compiled plan holds parts of several.
 */
export async function confirmDocumentDrafts(
  db: Db,
  user: User,
  input: { document: DocumentDetail; minConfidence: number },
): Promise<Awaited<ReturnType<typeof confirmDrafts>>> {
  const { document, minConfidence } = input;
  await assertMayReview(db, user, document.regionId);
  const drafts = (await listDocumentTargets(db, document.id)).filter((t) => t.state === 'draft');
  const mayBind = await regionsInScopeOf(
    db,
    user,
    drafts.flatMap((t) => (t.regionId === null ? [] : [t.regionId])),
  );
  return db.transaction().execute(async (trx) => {
    const result = await confirmDrafts(trx, document.id, minConfidence, mayBind, user);
    await refreshCellStatuses(trx);
    return result;
  });
}
