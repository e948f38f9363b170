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

/**
 * The regions a reader in `scopeId` may see: the region, everything below it, and its
 * ancestors (whose targets apply to it by inheritance).
 */
export async function visibleRegionIds(db: DbOrTrx, scopeId: number): Promise<number[]> {
  const result = await sql<{ id: number }>`
    WITH RECURSIVE down(id, depth) AS (
      SELECT id, 0 FROM regions WHERE id = ${scopeId}
      UNION ALL
      SELECT r.id, down.depth + 1 FROM regions r JOIN down ON r.parent_id = down.id WHERE down.depth < 16
    ), up(id, parent_id, depth) AS (
      SELECT id, parent_id, 0 FROM regions WHERE id = ${scopeId}
      UNION ALL
      SELECT r.id, r.parent_id, up.depth + 1 FROM regions r JOIN up ON r.id = up.parent_id WHERE up.depth < 16
    )
    SELECT id FROM down UNION SELECT id FROM up`.execute(db);
  return result.rows.map((r) => r.id);
}
