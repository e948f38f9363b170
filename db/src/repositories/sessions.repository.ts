import type { User } from '@targetboard/shared/api/users.schema';
import type { DbOrTrx } from '../database';
import { DATA_REVISION } from './data-revision.repository';
import {
  type RegionPath,
  type RegionPathStart,
  regionPathOf,
  regionPathText,
} from './regions.repository';
import { rowToUser, selectUsers } from './users.repository';

export interface NewSession {
  tokenHash: string;
  userId: number;
  expiresAt: Date;
  ip: string | null;
  userAgent: string | null;
}

export async function insertSession(db: DbOrTrx, session: NewSession): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      token_hash: session.tokenHash,
      user_id: session.userId,
      expires_at: session.expiresAt,
      ip: session.ip,
      user_agent: session.userAgent,
    })
    .execute();
}

/** A live session's user, its end, and the data revision read in the same statement. */
export interface SessionUser {
  user: User;
  expiresAt: Date;
  /**
   * `readDataRevision` as of the session's snapshot, before anything the request reads next:
   * what a request keeps per revision it may file under it, with no round trip of its own.
   */
  dataRevision: string;
  /**
   * The region path asked for with the session (`withRegionPath`), read in the same snapshot
   * as `dataRevision`: null when there is no such region; absent when not asked.
   */
  regionPath?: RegionPath | null;
}

/**
 * The user of a live session: unknown, expired and disabled-user sessions all give null. One
 * statement (session, user, region name, data revision), so a request that finds its answer
 * kept makes one round trip; read on every request, so a logout, a disabled account or a
 * changed role or region holds from the next request on. `withRegionPath`: a region's path
 * (`findRegionPath`) read in the same statement, for a request that reads it first thing
 * after the session (the dashboard's); nothing is read for a session not found.
 */
export async function findSessionUser(
  db: DbOrTrx,
  tokenHash: string,
  now: Date,
  withRegionPath?: RegionPathStart,
): Promise<SessionUser | null> {
  const row = await selectUsers(db)
    .innerJoin('sessions', 'sessions.user_id', 'users.id')
    .select(['sessions.expires_at', DATA_REVISION.as('data_revision')])
    .$if(withRegionPath !== undefined, (q) =>
      q.select(regionPathText(withRegionPath!).as('region_path')),
    )
    .where('sessions.token_hash', '=', tokenHash)
    .where('sessions.expires_at', '>', now)
    .where('users.disabled', '=', false)
    .executeTakeFirst();
  if (!row) return null;
  const session: SessionUser = {
    user: rowToUser(row),
    expiresAt: new Date(row.expires_at),
    dataRevision: row.data_revision,
  };
  if (withRegionPath) session.regionPath = regionPathOf(row.region_path ?? null);
  return session;
}

export async function extendSession(
  db: DbOrTrx,
  tokenHash: string,
  expiresAt: Date,
): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ expires_at: expiresAt })
    .where('token_hash', '=', tokenHash)
    .execute();
}

export async function deleteSession(db: DbOrTrx, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

export async function deleteUserSessions(db: DbOrTrx, userId: number): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export async function deleteExpiredSessions(db: DbOrTrx, now: Date): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
}
