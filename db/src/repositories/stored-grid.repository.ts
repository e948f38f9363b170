import { sql } from 'kysely';
import type { ReasonCode } from '@targetboard/shared/targets/reason';
import type { TargetStatus } from '@targetboard/shared/targets/status';
import type { DbOrTrx } from '../database';
import { storeCurrent } from './cell-statuses.repository';
import type { DashboardCellData } from './dashboard.repository';
import { judgedFigureCtes, judgedFigureValues } from './judged-figures.query';
import type { RuleRow } from './target-rule-row';

export interface StoredGridQuery {
  /** The grid's region: its own cells and its children's are read. */
  regionId: number;
  year: number;
  quarter: 1 | 2 | 3 | 4;
  category?: string | null | undefined;
  /** The quarters of each cell's trend (`YYYYQn`), in order. */
  trendQuarters: readonly string[];
  /** The rules version the store must hold the year by (shared `STATUS_RULES_VERSION`). */
  rulesVersion: number;
  /**
   * Only the shown regions whose id leaves this remainder (`index`) divided by `count`: one
   * share of the grid, its own cells with their figures and roll-ups, for a connection of its
   * own. The shares of 0…count−1 together are the whole grid, each cell once.
   */
  slice?: { index: number; count: number } | undefined;
}

/** A target a stored grid's cells name, with the region that set it and its source. */
export type StoredGridTarget = DashboardCellData['target'];

/**
 * A cell of a grid as the store holds it, as of the quarter asked, as the statement sends it
 * (its JSON array): kept so, not made into an object, since a national grid's 2,640 cells
 * made into objects (with their targets, trends and roll-ups) cost more than parsing them.
 * Read it by the offsets of `STORED_CELL`.
 */
export type StoredGridCell = readonly [
  regionId: number,
  indicatorId: number,
  status: TargetStatus,
  reason: ReasonCode,
  /** The figure judged (latest or year to date) and its quarter of the year (1–4). */
  actual: number | null,
  actualQuarter: number | null,
  projected: number | null,
  margin: number | null,
  targetId: number,
  /**
   * How many direct sub-regions stand at each status (met, at_risk, missed, no_data: the
   * order of `TARGET_STATUSES`) for this indicator; all null when none has a cell.
   */
  met: number | null,
  atRisk: number | null,
  missed: number | null,
  noData: number | null,
  /** The figures of the trend quarters asked, as judged (an additive cell's sums included). */
  ...trend: (number | null)[],
];

/** Where each part of a `StoredGridCell` is: the roll-up's four counts from `rollUp`, the trend's figures from `trend`. */
export const STORED_CELL = {
  regionId: 0,
  indicatorId: 1,
  status: 2,
  reason: 3,
  actual: 4,
  actualQuarter: 5,
  projected: 6,
  margin: 7,
  targetId: 8,
  rollUp: 9,
  trend: 13,
} as const;

/** A grid's stored cells, and each target they name, by id. */
export interface StoredGrid {
  /**
   * Whether the store held the year under `rulesVersion` with no note pending, in the
   * snapshot the cells come from (`isStoreCurrent`); if not, the cells are not to be shown.
   */
  current: boolean;
  cells: StoredGridCell[];
  targets: Map<number, StoredGridTarget>;
}

/** A target's columns in the order the statement puts them in its JSON array. */
type TargetTuple = [
  id: number,
  comparator: RuleRow['comparator'],
  value: number | null,
  valueMax: number | null,
  tolerance: number | null,
  unit: string,
  kind: RuleRow['kind'],
  direction: RuleRow['direction'],
  measure: RuleRow['measure'],
  targetYear: number | null,
  sourceRegionId: number,
  documentId: number | null,
  sourceStart: number | null,
  sourceEnd: number | null,
  quote: string | null,
];

const CELL_COLUMNS = [
  'c.region_id',
  'c.indicator_id',
  'c.status',
  'c.reason',
  'c.actual',
  'c.actual_quarter',
  'c.projected',
  'c.margin',
  'c.target_id',
  'ro.met',
  'ro.at_risk',
  'ro.missed',
  'ro.no_data',
].join(', ');

const TARGET_COLUMNS = [
  'c.target_id',
  'c.comparator',
  'c.value',
  'c.value_max',
  'c.tolerance',
  'c.unit',
  'c.kind',
  'c.direction',
  'c.measure',
  'c.target_year',
  'c.source_region_id',
  'c.document_id',
  'c.source_start',
  'c.source_end',
  'c.quote',
].join(', ');

/**
 * The cells a grid shows — the region's own and its children's — read from the stored
 * statuses (migration 2026-12-06-0310) in one statement: each cell's status and what it rests
 * on as of the quarter asked, its trend's figures and the roll-up of its direct sub-regions'
 * stored statuses, and apart from them each target they name, with its source. Nothing is
 * judged; `current` says whether the store may be believed for the year (`isStoreCurrent`, in
 * the same statement, so in the same snapshot as the cells).
 * A `slice` reads a share of it (a target named in two shares comes with each).
 */
export async function findStoredGridCells(
  db: DbOrTrx,
  query: StoredGridQuery,
): Promise<StoredGrid> {
  const { regionId, year, quarter } = query;
  const category = query.category ?? null;
  const { index, count } = query.slice ?? { index: 0, count: 1 };
  const quarters = [...query.trendQuarters];
  const at = (column: string) => sql.raw(`s.${column}[${quarter}]`);
  const status = sql.ref(`s.q${quarter}`);
  const inCategory = sql`(${category}::text IS NULL OR s.indicator_id IN
      (SELECT id FROM indicators WHERE category = ${category}::text))`;
  const { rows } = await sql<{
    current: boolean;
    cells: string;
    targets: string;
    region_names: string;
  }>`
    WITH shown AS (
      SELECT id FROM regions WHERE (id = ${regionId} OR parent_id = ${regionId})${
        count > 1 ? sql` AND id % ${count}::int = ${index}::int` : sql``
      }
    ),
    cells AS (
      SELECT s.region_id, s.indicator_id, ${status} AS status,
             ${at('reasons')} AS reason, ${at('actuals')} AS actual,
             ${at('actual_quarters')} AS actual_quarter, ${at('projections')} AS projected,
             ${at('margins')} AS margin, t.id AS target_id, t.comparator, t.value,
             t.value_max, t.tolerance, t.unit, t.kind, t.direction, t.measure,
             t.year AS target_year, t.region_id AS source_region_id, t.document_id,
             t.source_start, t.source_end, t.quote
      FROM cell_statuses s
      JOIN targets t ON t.id = s.target_id
      WHERE s.year = ${year} AND s.region_id IN (SELECT id FROM shown) AND ${inCategory}
    ),
    ${judgedFigureCtes({
      quarters,
      regionIds: sql`ARRAY(SELECT id FROM shown)`,
      indicatorIds: null,
      // Only additive cells whose own figures (read once, in figs) miss a quarter asked are
      // probed for sums: where every region reports, none is.
      additiveCells: sql`SELECT c.region_id, c.indicator_id FROM cells c
        LEFT JOIN figs f ON f.region_id = c.region_id AND f.indicator_id = c.indicator_id
        WHERE c.measure = 'additive' AND (${sql.join(
          quarters.map((_, i) => sql`${sql.ref(`f.f${i}`)} IS NULL`),
          sql` OR `,
        )})`,
    })},
    roll AS (
      SELECT r.parent_id AS region_id, s.indicator_id,
             count(*) FILTER (WHERE ${status} = 'met')::int AS met,
             count(*) FILTER (WHERE ${status} = 'at_risk')::int AS at_risk,
             count(*) FILTER (WHERE ${status} = 'missed')::int AS missed,
             count(*) FILTER (WHERE ${status} = 'no_data')::int AS no_data
      FROM regions r
      JOIN cell_statuses s ON s.year = ${year} AND s.region_id = r.id
      WHERE r.parent_id IN (SELECT id FROM shown) AND ${inCategory}
      GROUP BY r.parent_id, s.indicator_id
    )
    -- The cells' numbers and codes apart from their targets' words: one text all ASCII, which
    -- the driver decodes at twice the speed of one with a Chinese name in it. A target per cell,
    -- in the same scan: leaving out repeats (a sort) or a second scan of the cells (scalar
    -- subqueries) each cost the backends ~25 ms of CPU more per national grid.
    SELECT ${storeCurrent(year, query.rulesVersion)} AS current,
           coalesce(json_agg(json_build_array(${sql.raw(CELL_COLUMNS)},
                    ${sql.join(judgedFigureValues(quarters, sql`c.measure`))}))::text, '[]') AS cells,
           coalesce(json_agg(json_build_array(${sql.raw(TARGET_COLUMNS)}))::text, '[]') AS targets,
           -- The regions that set the targets, each named once: a handful (the grid's region,
           -- its ancestors, its rows), where a join per cell cost 3 buffers a cell, ~40 % of the
           -- statement's (7,700 of a national grid's 20,300 in its two shares). Probed by key
           -- from an array: as a semi-join the planner scanned all 3,201 regions (0.8 ms).
           (SELECT coalesce(json_object_agg(r.id, r.name), '{}')::text FROM regions r
            WHERE r.id = ANY(ARRAY(SELECT DISTINCT source_region_id FROM cells))) AS region_names
    FROM cells c
    LEFT JOIN figs f ON f.region_id = c.region_id AND f.indicator_id = c.indicator_id
    LEFT JOIN sub_figs s ON s.region_id = c.region_id AND s.indicator_id = c.indicator_id
    LEFT JOIN roll ro ON ro.region_id = c.region_id AND ro.indicator_id = c.indicator_id`.execute(
    db,
  );
  const targets = new Map<number, StoredGridTarget>();
  const regionNames = JSON.parse(rows[0]!.region_names) as Record<number, string>;
  for (const r of JSON.parse(rows[0]!.targets) as TargetTuple[]) {
    if (targets.has(r[0])) continue;
    targets.set(r[0], {
      id: r[0],
      // In shared `ruleFields` order, as `ruleFieldsOfRow` gives them.
      comparator: r[1],
      value: r[2],
      valueMax: r[3],
      tolerance: r[4],
      unit: r[5],
      kind: r[6],
      direction: r[7],
      measure: r[8],
      year: r[9],
      regionId: r[10],
      regionName: regionNames[r[10]]!,
      documentId: r[11],
      start: r[12],
      end: r[13],
      quote: r[14],
    });
  }
  return {
    current: rows[0]!.current === true,
    cells: JSON.parse(rows[0]!.cells) as StoredGridCell[],
    targets,
  };
}
