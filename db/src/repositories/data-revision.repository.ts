import { sql } from 'kysely';
import type { DbOrTrx } from '../database';

/**
 * The revision of what dashboards read (observations, targets, regions, indicators): it grows
 * with every committed write to them (migration 0900). Read it before the data: a result
 * computed afterwards is at least as new as the revision it is filed under.
 */
export async function readDataRevision(db: DbOrTrx): Promise<string> {
  const { rows } = await sql<{ n: string }>`
    SELECT coalesce(sum(n), 0)::text AS n FROM data_revisions`.execute(db);
  return rows[0]!.n;
}
