import { sql } from 'kysely';
import type { DbOrTrx } from '../database';

/** True when `regionId` is `scopeId` itself or one of its descendants (walks parents upward). */
export async function regionIsWithin(
  db: DbOrTrx,
  regionId: number,
  scopeId: number,
): Promise<boolean> {
  if (regionId === scopeId) return true;
  const result = await sql<{ found: boolean }>`
    WITH RECURSIVE up(id, parent_id, depth) AS (
      SELECT id, parent_id, 0 FROM regions WHERE id = ${regionId}
      UNION ALL
      SELECT r.id, r.parent_id, up.depth + 1 FROM regions r JOIN up ON r.id = up.parent_id WHERE up.depth < 16
    )
    SELECT EXISTS (SELECT 1 FROM up WHERE id = ${scopeId}) AS found`.execute(db);
  return result.rows[0]?.found === true;
}
