import { sql } from 'kysely';
import type { DbOrTrx } from '../database';

/**
 * The latest quarter up to `notAfter` (`YYYYQn`) holding a figure of a tracked indicator (one
 * with a confirmed target) in `regionId` or any region below it; null when there is none.
 * The dashboard opens there, so a first screen shows figures rather than an empty quarter.
 */
export async function findLatestFigureQuarter(
  db: DbOrTrx,
  regionId: number,
  notAfter: string,
): Promise<string | null> {
  const { rows } = await sql<{ quarter: string | null }>`
    WITH RECURSIVE down(id, depth) AS (
      SELECT id, 0 FROM regions WHERE id = ${regionId}
      UNION ALL
      SELECT r.id, down.depth + 1 FROM regions r JOIN down ON r.parent_id = down.id
      WHERE down.depth < 16
    )
    SELECT max(o.quarter) AS quarter
    FROM observations o
    WHERE o.region_id IN (SELECT id FROM down)
      AND o.quarter <= ${notAfter}
      AND o.value IS NOT NULL
      AND o.indicator_id IN (
        SELECT indicator_id FROM targets
        WHERE state = 'confirmed' AND indicator_id IS NOT NULL)`.execute(db);
  return rows[0]?.quarter ?? null;
}
