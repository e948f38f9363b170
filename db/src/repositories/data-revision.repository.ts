import { sql } from 'kysely';
import type { DbOrTrx } from '../database';

/**
 * The revision as a scalar subquery, for a statement that reads it beside something else (the
 * session's, `findSessionUser`): in the same snapshot, so no newer than what that statement reads.
 */
export const DATA_REVISION = sql<string>`(SELECT coalesce(sum(n), 0)::text FROM data_revisions)`;

/**
 * The revision of what dashboards read (observations, targets, regions, indicators): it grows
 * with every committed write to them (migration 0900). Read it before the data: a result
 * computed afterwards is at least as new as the revision it is filed under.
 */
export async function readDataRevision(db: DbOrTrx): Promise<string> {
  const { rows } = await sql<{ n: string }>`SELECT ${DATA_REVISION} AS n`.execute(db);
  return rows[0]!.n;
}

/** The row that holds the counts of backends that have ended (0 is never a backend's pid). */
const FOLDED_BACKEND = 0;

/**
 * Folds the counters of backends that have ended into one row, so the table holds one row per
 * live backend and one more, not one per backend that ever wrote. The sum is unchanged: the
 * rows leave and their counts arrive in one statement, so no reader's snapshot sees one without
 * the other. Locked rows are skipped (a reused pid writing right now keeps its row until the
 * next fold), so the fold waits on no writer and joins no lock cycle. Returns the rows folded.
 */
export async function foldDataRevisions(db: DbOrTrx): Promise<number> {
  const { rows } = await sql<{ folded: number }>`
    WITH ended AS (
      SELECT backend FROM data_revisions
      WHERE backend <> ${FOLDED_BACKEND}
        AND backend NOT IN (SELECT pid FROM pg_stat_activity WHERE pid IS NOT NULL)
      FOR UPDATE SKIP LOCKED
    ),
    gone AS (
      DELETE FROM data_revisions WHERE backend IN (SELECT backend FROM ended) RETURNING n
    ),
    kept AS (
      INSERT INTO data_revisions AS d (backend, n)
      SELECT ${FOLDED_BACKEND}, sum(n) FROM gone HAVING count(*) > 0
      ON CONFLICT (backend) DO UPDATE SET n = d.n + excluded.n
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM gone)::int AS folded`.execute(db);
  return rows[0]!.folded;
}
