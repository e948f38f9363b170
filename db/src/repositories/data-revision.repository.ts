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
