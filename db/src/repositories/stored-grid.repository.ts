import { sql } from 'kysely';
import type { ReasonCode } from '@targetboard/shared/targets/reason';
import type { TargetStatus } from '@targetboard/shared/targets/status';
import type { DbOrTrx } from '../database';
import type { DashboardCellData } from './dashboard.repository';
import { judgedFigureColumns, judgedFigureCtes } from './judged-figures.query';
import { ruleFieldsOfRow } from './target-rule-row';

export interface StoredGridQuery {
  /** The grid's region: its own cells and its children's are read. */
  regionId: number;
  year: number;
  quarter: 1 | 2 | 3 | 4;
  category?: string | null | undefined;
  /** The quarters of each cell's trend (`YYYYQn`), in order. */
  trendQuarters: readonly string[];
}

/** A cell of a grid as the store holds it, as of the quarter asked. */
export interface StoredGridCell {
  regionId: number;
  indicatorId: number;
  status: TargetStatus;
  reason: ReasonCode;
  /** The figure judged (latest or year to date) and its quarter of the year (1–4). */
  actual: number | null;
  actualQuarter: number | null;
  projected: number | null;
  margin: number | null;
  target: DashboardCellData['target'];
  /** The figures of the trend quarters asked, as judged (an additive cell's sums included). */
  trend: (number | null)[];
  /**
   * How many direct sub-regions stand at each status (met, at_risk, missed, no_data: the
   * order of `TARGET_STATUSES`) for this indicator; null when none has a cell.
   */
  rollUp: [number, number, number, number] | null;
}

interface Row {
  region_id: number;
  indicator_id: number;
  status: TargetStatus;
  reason: ReasonCode;
  actual: number | null;
  actual_quarter: number | null;
  projected: number | null;
  margin: number | null;
  target_id: number;
  comparator: DashboardCellData['target']['comparator'];
  value: number | null;
  value_max: number | null;
  tolerance: number | null;
  unit: string;
  kind: DashboardCellData['target']['kind'];
  direction: DashboardCellData['target']['direction'];
  measure: DashboardCellData['target']['measure'];
  target_year: number | null;
  source_region_id: number;
  source_region_name: string;
  document_id: number | null;
  source_start: number | null;
  source_end: number | null;
  quote: string | null;
  met: number | null;
  at_risk: number | null;
  missed: number | null;
  no_data: number | null;
  [figure: `f${number}`]: number | null;
}

/**
 * The cells a grid shows — the region's own and its children's — read from the stored
 * statuses (migration 2026-12-06-0310) in one statement: each cell's status and what it rests
 * on as of the quarter asked, its target with source, its trend's figures, and the roll-up of
 * its direct sub-regions' stored statuses. Nothing is judged; the caller checks first that the
 * store is current for the year (`isStoreCurrent`).
 */
export async function findStoredGridCells(
  db: DbOrTrx,
  query: StoredGridQuery,
): Promise<StoredGridCell[]> {
  const { regionId, year, quarter } = query;
  const category = query.category ?? null;
  const quarters = [...query.trendQuarters];
  const at = (column: string) => sql.raw(`s.${column}[${quarter}]`);
  const status = sql.ref(`s.q${quarter}`);
  const inCategory = sql`(${category}::text IS NULL OR s.indicator_id IN
      (SELECT id FROM indicators WHERE category = ${category}::text))`;
  const { rows } = await sql<Row>`
    WITH shown AS (
      SELECT id FROM regions WHERE id = ${regionId} OR parent_id = ${regionId}
    ),
    cells AS (
      SELECT s.region_id, s.indicator_id, ${status} AS status,
             ${at('reasons')} AS reason, ${at('actuals')} AS actual,
             ${at('actual_quarters')} AS actual_quarter, ${at('projections')} AS projected,
             ${at('margins')} AS margin, t.id AS target_id, t.comparator, t.value,
             t.value_max, t.tolerance, t.unit, t.kind, t.direction, t.measure,
             t.year AS target_year, t.region_id AS source_region_id,
             sr.name AS source_region_name, t.document_id, t.source_start, t.source_end, t.quote
      FROM cell_statuses s
      JOIN targets t ON t.id = s.target_id
      JOIN regions sr ON sr.id = t.region_id
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
    SELECT c.*, ro.met, ro.at_risk, ro.missed, ro.no_data,
           ${judgedFigureColumns(quarters, sql`c.measure`)}
    FROM cells c
    LEFT JOIN figs f ON f.region_id = c.region_id AND f.indicator_id = c.indicator_id
    LEFT JOIN sub_figs s ON s.region_id = c.region_id AND s.indicator_id = c.indicator_id
    LEFT JOIN roll ro ON ro.region_id = c.region_id AND ro.indicator_id = c.indicator_id`.execute(
    db,
  );
  const keys = quarters.map((_, i) => `f${i}` as const);
  return rows.map((r) => {
    const trend = new Array<number | null>(keys.length);
    for (let i = 0; i < keys.length; i++) trend[i] = r[keys[i]!] ?? null;
    return {
      regionId: r.region_id,
      indicatorId: r.indicator_id,
      status: r.status,
      reason: r.reason,
      actual: r.actual,
      actualQuarter: r.actual_quarter,
      projected: r.projected,
      margin: r.margin,
      target: {
        id: r.target_id,
        ...ruleFieldsOfRow(r),
        year: r.target_year,
        regionId: r.source_region_id,
        regionName: r.source_region_name,
        documentId: r.document_id,
        start: r.source_start,
        end: r.source_end,
        quote: r.quote,
      },
      trend,
      rollUp: r.met === null ? null : [r.met, r.at_risk!, r.missed!, r.no_data!],
    };
  });
}
