import { sql } from 'kysely';
import type { RegionRef } from '@targetboard/shared/api/regions.schema';
import type { TrendStep } from '@targetboard/shared/export/trend-series';
import type { Figure } from '@targetboard/shared/targets/target-rule';
import type { DbOrTrx } from '../database';
import type { TargetRow } from '../tables/targets.table';
import { applicableTargetCtes } from './applicable-target.query';

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

type StepRow = Pick<
  TargetRow,
  | 'id'
  | 'comparator'
  | 'value'
  | 'value_max'
  | 'tolerance'
  | 'unit'
  | 'kind'
  | 'direction'
  | 'measure'
  | 'year'
> & {
  cell_region_id: number;
  for_year: number;
  region_id: number;
  region_name: string;
  depth: number;
  document_id: number | null;
  source_start: number | null;
  source_end: number | null;
  quote: string | null;
};

/**
 * Per region the indicator's target in force in each of `years` (`applicableTargetCtes`, the
 * rule the entry form and the dashboard use), by region; a year without one is left out.
 */
export async function findTrendSteps(
  db: DbOrTrx,
  indicatorId: number,
  regionIds: readonly number[],
  years: readonly number[],
): Promise<Map<number, TrendStep[]>> {
  const out = new Map<number, TrendStep[]>(regionIds.map((id) => [id, []]));
  if (regionIds.length === 0 || years.length === 0) return out;
  const { rows } = await sql<StepRow>`
    WITH RECURSIVE ${applicableTargetCtes({ regionIds, years, indicatorId })}
    SELECT a.cell_region_id, a.year AS for_year, a.depth, t.id, t.comparator, t.value,
           t.value_max, t.tolerance, t.unit, t.kind, t.direction, t.measure, t.year,
           r.id AS region_id, r.name AS region_name,
           t.document_id, t.source_start, t.source_end, t.quote
    FROM applicable a
    JOIN targets t ON t.id = a.id
    JOIN regions r ON r.id = t.region_id
    ORDER BY a.cell_region_id, a.year`.execute(db);
  for (const row of rows) {
    out.get(row.cell_region_id)?.push({
      year: Number(row.for_year),
      target: {
        id: row.id,
        comparator: row.comparator,
        value: row.value,
        valueMax: row.value_max,
        tolerance: row.tolerance,
        unit: row.unit,
        kind: row.kind,
        direction: row.direction,
        measure: row.measure,
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
      },
    });
  }
  return out;
}

/**
 * Per region and quarter from `from` to `to`, the sum of the indicator's figures its direct
 * sub-regions reported (what an additive target without an own figure is judged on), by region.
 */
export async function listTrendSubRegionSums(
  db: DbOrTrx,
  indicatorId: number,
  regionIds: readonly number[],
  from: string,
  to: string,
): Promise<Map<number, Figure[]>> {
  const out = new Map<number, Figure[]>(regionIds.map((id) => [id, []]));
  if (regionIds.length === 0) return out;
  const rows = await db
    .selectFrom('observations as o')
    .innerJoin('regions as sub', 'sub.id', 'o.region_id')
    .select(['sub.parent_id', 'o.quarter', (eb) => eb.fn.sum<number>('o.value').as('value')])
    .where('o.indicator_id', '=', indicatorId)
    .where('sub.parent_id', 'in', [...regionIds])
    .where('o.quarter', '>=', from)
    .where('o.quarter', '<=', to)
    .groupBy(['sub.parent_id', 'o.quarter'])
    .orderBy('o.quarter')
    .execute();
  for (const r of rows)
    out
      .get(r.parent_id!)
      ?.push({ quarter: r.quarter, value: r.value === null ? null : Number(r.value) });
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
