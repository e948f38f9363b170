import { sql } from 'kysely';
import type { RegionRef } from '@targetboard/shared/api/regions.schema';
import type { TrendCandidate } from '@targetboard/shared/export/trend-series';
import type { Figure } from '@targetboard/shared/targets/target-rule';
import type { DbOrTrx } from '../database';
import type { TargetRow } from '../tables/targets.table';

/** The regions asked for that exist, by id. */
export async function findTrendRegions(
  db: DbOrTrx,
  regionIds: readonly number[],
): Promise<Map<number, RegionRef>> {
  if (regionIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('regions')
    .select(['id', 'code', 'name', 'level'])
    .where('id', 'in', [...regionIds])
    .execute();
  return new Map(rows.map((r) => [r.id, { id: r.id, code: r.code, name: r.name, level: r.level }]));
}

type CandidateRow = Pick<
  TargetRow,
  'id' | 'comparator' | 'value' | 'value_max' | 'tolerance' | 'unit' | 'kind' | 'direction' | 'year'
> & {
  cell_region_id: number;
  region_id: number;
  region_name: string;
  depth: number;
  document_id: number | null;
  source_start: number | null;
  source_end: number | null;
  quote: string | null;
};

/**
 * Every confirmed target of the indicator set on each region or one of its ancestors, with the
 * depth (0: the region itself), for `buildRegionTrend` to pick per year. All years are returned:
 * the step of each year is chosen in shared code, the same way the entry form chooses.
 */
export async function findTrendCandidates(
  db: DbOrTrx,
  indicatorId: number,
  regionIds: readonly number[],
): Promise<Map<number, TrendCandidate[]>> {
  const out = new Map<number, TrendCandidate[]>(regionIds.map((id) => [id, []]));
  if (regionIds.length === 0) return out;
  const { rows } = await sql<CandidateRow>`
    WITH RECURSIVE chain(cell_region_id, ancestor_id, depth) AS (
      SELECT id, id, 0 FROM regions WHERE id = ANY(${[...regionIds]}::int[])
      UNION ALL
      SELECT c.cell_region_id, r.parent_id, c.depth + 1
      FROM chain c JOIN regions r ON r.id = c.ancestor_id
      WHERE r.parent_id IS NOT NULL AND c.depth < 16
    )
    SELECT c.cell_region_id, c.depth, t.id, t.comparator, t.value, t.value_max, t.tolerance,
           t.unit, t.kind, t.direction, t.year, r.id AS region_id, r.name AS region_name,
           t.document_id, t.source_start, t.source_end, t.quote
    FROM chain c
    JOIN targets t ON t.region_id = c.ancestor_id
    JOIN regions r ON r.id = c.ancestor_id
    WHERE t.state = 'confirmed' AND t.indicator_id = ${indicatorId}
    ORDER BY c.cell_region_id, c.depth, t.id`.execute(db);
  for (const row of rows) {
    out.get(row.cell_region_id)?.push({
      id: row.id,
      comparator: row.comparator,
      value: row.value,
      valueMax: row.value_max,
      tolerance: row.tolerance,
      unit: row.unit,
      kind: row.kind,
      direction: row.direction,
      year: row.year,
      regionId: row.region_id,
      regionName: row.region_name,
      depth: Number(row.depth),
      source:
        row.document_id === null
          ? null
          : {
              documentId: row.document_id,
              start: row.source_start,
              end: row.source_end,
              quote: row.quote,
            },
    });
  }
  return out;
}

/** The indicator's figures of these regions from quarter `from` to `to` (both `YYYYQn`), by region. */
export async function listTrendFigures(
  db: DbOrTrx,
  indicatorId: number,
  regionIds: readonly number[],
  from: string,
  to: string,
): Promise<Map<number, Figure[]>> {
  const out = new Map<number, Figure[]>(regionIds.map((id) => [id, []]));
  if (regionIds.length === 0) return out;
  const rows = await db
    .selectFrom('observations')
    .select(['region_id', 'quarter', 'value'])
    .where('indicator_id', '=', indicatorId)
    .where('region_id', 'in', [...regionIds])
    .where('quarter', '>=', from)
    .where('quarter', '<=', to)
    .orderBy('quarter')
    .execute();
  for (const r of rows) out.get(r.region_id)?.push({ quarter: r.quarter, value: r.value });
  return out;
}
