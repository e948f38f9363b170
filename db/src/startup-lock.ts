import { sql } from 'kysely';
import type { Db, DbOrTrx } from './database';

// Any fixed number: instances of this app agree on it; other apps on the server do not use it.
const SEED_LOCK_ID = 727_0001;

/**
 * Runs `fn` while holding a PostgreSQL advisory lock on one pinned connection, so instances
 * starting together seed (regions, catalogue, first admin, demo) one after the other instead
 * of racing. On PGlite there is only one process anyway; the lock is as cheap there.
 */
export async function withStartupLock<T>(db: Db, fn: (conn: DbOrTrx) => Promise<T>): Promise<T> {
  return db.connection().execute(async (conn) => {
    await sql`SELECT pg_advisory_lock(${SEED_LOCK_ID})`.execute(conn);
    try {
      return await fn(conn);
    } finally {
      await sql`SELECT pg_advisory_unlock(${SEED_LOCK_ID})`.execute(conn);
    }
  });
}
