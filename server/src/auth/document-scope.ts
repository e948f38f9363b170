import type { Context } from 'hono';
import {
  type DocumentScope,
  findDocument,
} from '@targetboard/db/repositories/documents.repository';
import type { DocumentDetail } from '@targetboard/shared/api/documents.schema';
import type { AppEnv } from '../http/env';
import { AppError } from '../http/errors';
import { currentUser, readableRegionIds } from './guards';

/** The documents the signed-in user may read (null: all, for admins). */
export async function documentScope(c: Context<AppEnv>): Promise<DocumentScope | null> {
  const user = currentUser(c);
  const regionIds = await readableRegionIds(c, user);
  return regionIds === null ? null : { regionIds, username: user.username };
}

/**
 * A document is readable in its region's scope; one with no region only by its uploader (and
 * admins), since nothing else says whom it concerns. `listDocuments` applies the same rule in SQL.
 */
export function documentIsReadable(
  document: Pick<DocumentDetail, 'regionId' | 'createdBy'>,
  scope: DocumentScope | null,
): boolean {
  if (scope === null) return true;
  if (document.regionId === null) return document.createdBy === scope.username;
  return scope.regionIds.includes(document.regionId);
}

/**
 * The document behind an id of a path, or 404 when it is missing or outside the user's scope:
 * every route with a document id resolves it here first, so ids reveal nothing elsewhere.
 */
export async function findReadableDocument(
  c: Context<AppEnv>,
  id: number,
): Promise<DocumentDetail> {
  const [document, scope] = await Promise.all([findDocument(c.var.db, id), documentScope(c)]);
  if (!document || !documentIsReadable(document, scope))
    throw new AppError(404, 'not_found', `no document ${id}`);
  return document;
}
