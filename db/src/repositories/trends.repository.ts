import { sql } from 'kysely';
import type { RegionRef } from '@targetboard/shared/api/regions.schema';
import type { TrendCandidate, TrendStep } from '@targetboard/shared/export/trend-series';
import type { Figure } from '@targetboard/shared/targets/target-rule';
import type { Indicator } from '@targetboard/shared/api/indicators.schema';
import type { DbOrTrx } from '../database';
import type { TargetRow } from '../tables/targets.table';
import { applicableTargetCtes } from './applicable-target.query';
import { ruleFieldsOfRow } from './target-rule-row';

/** What a trend names: its indicator (null when there is none) and the regions that exist. */
export interface TrendSubjects {
  indicator: Pick<Indicator, 'id' | 'name' | 'unit' | 'direction' | 'kind'> | null;
  regions: Map<number, RegionRef>;
}

/** The columns `indicator` and `regions` of a statement naming a trend's subjects. */
function subjectColumns(indicatorId: number, regionIds: readonly number[]) {
  return sql`
    (SELECT json_build_object('id', id, 'name', name, 'unit', unit, 'direction', direction,
                              'kind', kind)
     FROM indicators WHERE id = ${indicatorId}) AS indicator,
    (SELECT json_agg(json_build_array(id, code, name, level))
     FROM regions WHERE id = ANY(${[...regionIds]}::int[])) AS regions`;
}

interface SubjectColumns {
  indicator: TrendSubjects['indicator'];
  regions: [id: number, code: string, name: string, level: number][] | null;
}

function subjectsOf(row: SubjectColumns | undefined): TrendSubjects {
  return {
    indicator: row?.indicator ?? null,
    regions: new Map(
      (row?.regions ?? []).map(([id, code, name, level]) => [id, { id, code, name, level }]),
    ),
  };
}

/** The trend's indicator and the regions asked for that exist, by id, in one statement. */
export async function findTrendSubjects(
  db: DbOrTrx,
  indicatorId: number,
  regionIds: readonly number[],
): Promise<TrendSubjects> {
  const { rows } = await sql<SubjectColumns>`
    SELECT ${subjectColumns(indicatorId, regionIds)}`.execute(db);
  return subjectsOf(rows[0]);
}

type TargetJson = Pick<
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
  | 'document_id'
  | 'source_start'
  | 'source_end'
  | 'quote'
> & { region_id: number; region_name: string };

function candidateOf(row: TargetJson, depth: number): TrendCandidate {
  return {
    id: row.id,
    ...ruleFieldsOfRow(row),
    year: row.year,
    regionId: row.region_id,
    regionName: row.region_name,
    depth,
    source:
      row.document_id === null
        ? null
        : {
            documentId: row.document_id,
            start: row.source_start,
            end: row.source_end,
            quote: row.quote,
          },
  };
}

// A province's target rules its hundred regions in every year it is carried: the cells come
// as bare ids and each target's columns (its quote may be a long sentence) once, not 1,100
// joined rows. `stepCtes` opens the statement (after WITH RECURSIVE), `stepColumns` reads it.
function stepCtes(indicatorId: number, regionIds: readonly number[], years: readonly number[]) {
  return sql`${applicableTargetCtes({ regionIds, years, indicatorId })},
    picked AS MATERIALIZED (SELECT cell_region_id, year, depth, id FROM applicable)`;
}

const stepColumns = sql`
    (SELECT json_agg(json_build_array(cell_region_id, year, depth, id)) FROM picked) AS cells,
    (SELECT json_agg(x) FROM (
      SELECT t.id, t.comparator, t.value, t.value_max, t.tolerance, t.unit, t.kind,
             t.direction, t.measure, t.year, t.region_id, r.name AS region_name,
             t.document_id, t.source_start, t.source_end, t.quote
      FROM targets t JOIN regions r ON r.id = t.region_id
      WHERE t.id IN (SELECT DISTINCT id FROM picked)
    ) x) AS targets`;

interface StepColumns {
  cells: [regionId: number, year: number, depth: number, targetId: number][] | null;
  targets: TargetJson[] | null;
}

function stepsOf(
  row: StepColumns | undefined,
  regionIds: readonly number[],
): Map<number, TrendStep[]> {
  const out = new Map<number, TrendStep[]>(regionIds.map((id) => [id, []]));
  const targets = new Map((row?.targets ?? []).map((t) => [t.id, t]));
  // One candidate per target and depth, shared by every region and year it rules: a spread
  // per cell was a twentieth of a trend's Node CPU.
  const candidates = new Map<string, TrendCandidate>();
  for (const [regionId, year, depth, targetId] of row?.cells ?? []) {
    const key = `${targetId}:${depth}`;
    let target = candidates.get(key);
    if (!target) {
      target = candidateOf(targets.get(targetId)!, depth);
      candidates.set(key, target);
    }
    out.get(regionId)?.push({ year, target });
  }
  for (const steps of out.values()) steps.sort((a, b) => a.year - b.year);
  return out;
}

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
  if (regionIds.length === 0 || years.length === 0) return stepsOf(undefined, regionIds);
  const { rows } = await sql<StepColumns>`
    WITH RECURSIVE ${stepCtes(indicatorId, regionIds, years)}
    SELECT ${stepColumns}`.execute(db);
  return stepsOf(rows[0], regionIds);
}

/**
 * Per region and quarter from `from` to `to`, the sum of the indicator's figures its direct
 * sub-regions reported (what an additive target without an own figure is judged on), by
 * region; summed only for the regions that set a confirmed additive target of the indicator
 * themselves. Additive targets are never inherited (`applicableTargetCtes`), so no other
 * region is judged on a sum, and the trend can ask this beside its other queries instead of
 * after learning which targets are in force.
 */
export async function listTrendSubRegionSums(
  db: DbOrTrx,
  indicatorId: number,
  regionIds: readonly number[],
  from: string,
  to: string,
): Promise<Map<number, Figure[]>> {
  if (regionIds.length === 0) return sumsOf(undefined, regionIds);
  const { rows } = await sql<SumColumn>`
    SELECT ${sumColumn(indicatorId, regionIds, from, to)}`.execute(db);
  return sumsOf(rows[0], regionIds);
}

/** The column `sums`: [parent, quarter, sum] per region and quarter, oldest first. */
function sumColumn(indicatorId: number, regionIds: readonly number[], from: string, to: string) {
  return sql`
    (SELECT json_agg(json_build_array(parent_id, quarter, value) ORDER BY quarter) FROM (
      SELECT sub.parent_id, o.quarter, sum(o.value) AS value
      FROM observations o JOIN regions sub ON sub.id = o.region_id
      WHERE o.indicator_id = ${indicatorId}
        AND sub.parent_id IN (
          SELECT region_id FROM targets
          WHERE indicator_id = ${indicatorId} AND state = 'confirmed' AND measure = 'additive'
            AND region_id = ANY(${[...regionIds]}::int[]))
        AND o.quarter >= ${from} AND o.quarter <= ${to}
      GROUP BY sub.parent_id, o.quarter
    ) s) AS sums`;
}

interface SumColumn {
  sums: [parentId: number, quarter: string, value: number | null][] | null;
}

function sumsOf(row: SumColumn | undefined, regionIds: readonly number[]): Map<number, Figure[]> {
  const out = new Map<number, Figure[]>(regionIds.map((id) => [id, []]));
  for (const [parentId, quarter, value] of row?.sums ?? [])
    out.get(parentId)?.push({ quarter, value });
  return out;
}

/** What a trend reads besides its figures: `findTrendSubjects`, `findTrendSteps`, sums. */
export interface TrendContext extends TrendSubjects {
  steps: Map<number, TrendStep[]>;
  subRegionSums: Map<number, Figure[]>;
}

/**
 * `findTrendSubjects`, `findTrendSteps` and `listTrendSubRegionSums` in one statement: each
 * statement cost the request ~0.5 ms of Node CPU (query building, driver, a write) and the
 * server a plan, more than these three small reads themselves. The figures, the costliest
 * read, stay a statement of their own, so the two run at once on two connections.
 */
export async function findTrendContext(
  db: DbOrTrx,
  scope: {
    indicatorId: number;
    regionIds: readonly number[];
    years: readonly number[];
    from: string;
    to: string;
  },
): Promise<TrendContext> {
  const { indicatorId, regionIds, years, from, to } = scope;
  const { rows } = await sql<SubjectColumns & StepColumns & SumColumn>`
    WITH RECURSIVE ${stepCtes(indicatorId, regionIds, years)}
    SELECT ${subjectColumns(indicatorId, regionIds)}, ${stepColumns},
      ${sumColumn(indicatorId, regionIds, from, to)}`.execute(db);
  return {
    ...subjectsOf(rows[0]),
    steps: stepsOf(rows[0], regionIds),
    subRegionSums: sumsOf(rows[0], regionIds),
  };
}

/**
 * The indicator's figures of these regions from quarter `from` to `to` (both `YYYYQn`), by
 * region, each region's oldest first.
 */
export async function listTrendFigures(
  db: DbOrTrx,
  indicatorId: number,
  regionIds: readonly number[],
  from: string,
  to: string,
): Promise<Map<number, Figure[]>> {
  const out = new Map<number, Figure[]>(regionIds.map((id) => [id, []]));
  if (regionIds.length === 0) return out;
  // One JSON text of a pair of arrays per region, parsed once: the driver's per-row parsing
  // of 4,000 rows was a sixth of a trend's Node CPU. PostgreSQL prints a float8 the same in
  // JSON as in a column, so the figures are the same doubles.
  const { rows } = await sql<{
    figures: [regionId: number, quarters: string[], values: (number | null)[]][] | null;
  }>`
    SELECT json_agg(json_build_array(region_id, quarters, figures)) AS figures FROM (
      SELECT region_id, array_agg(quarter ORDER BY quarter) AS quarters,
        array_agg(value ORDER BY quarter) AS figures
      FROM observations
      WHERE indicator_id = ${indicatorId} AND region_id = ANY(${[...regionIds]}::int[])
        AND quarter >= ${from} AND quarter <= ${to}
      GROUP BY region_id
    ) f`.execute(db);
  for (const [regionId, quarters, values] of rows[0]?.figures ?? []) {
    const list = out.get(regionId);
    if (!list) continue;
    for (let i = 0; i < quarters.length; i++)
      list.push({ quarter: quarters[i]!, value: values[i] ?? null });
  }
  return out;
}
