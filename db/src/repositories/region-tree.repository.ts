import { sql } from 'kysely';
import type { DbOrTrx } from '../database';

/** Those of `regionIds` that are `scopeId` or below it, in one query for a whole import file. */
export async function filterRegionsWithin(
  db: DbOrTrx,
  regionIds: readonly number[],
  scopeId: number,
): Promise<Set<number>> {
  if (regionIds.length === 0) return new Set();
  const { rows } = await sql<{ id: number }>`
    WITH RECURSIVE down(id, depth) AS (
      SELECT id, 0 FROM regions WHERE id = ${scopeId}
      UNION ALL
      SELECT r.id, down.depth + 1 FROM regions r JOIN down ON r.parent_id = down.id
      WHERE down.depth < 16
    )
    SELECT id FROM down WHERE id = ANY(${[...regionIds]}::int[])`.execute(db);
  return new Set(rows.map((r) => r.id));
}

/** Regions by code, for resolving an import file's region column in one query. */
export async function findRegionsByCodes(
  db: DbOrTrx,
  codes: readonly string[],
): Promise<Map<string, { id: number; code: string; name: string }>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .selectFrom('regions')
    .select(['id', 'code', 'name'])
    .where('code', '=', sql<string>`ANY(${[...codes]}::text[])`)
    .execute();
  return new Map(rows.map((r) => [r.code, r]));
}
