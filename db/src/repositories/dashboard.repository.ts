import { sql } from 'kysely';
import type { RegionRef } from '@targetboard/shared/api/regions.schema';
import type { DbOrTrx } from '../database';
import type { TargetRow } from '../tables/targets.table';
import { ruleFieldsOfRow } from './target-rule-row';
import { applicableTargetCtes } from './applicable-target.query';
import { arrayLiteral } from '../sql-literals';
import { judgedFigureColumns, judgedFigureCtes } from './judged-figures.query';

/** A region of the dashboard: the one asked for, a child, or a grandchild (for roll-ups). */
export interface DashboardRegion extends RegionRef {
  parentId: number | null;
}

/** The region's children and grandchildren in one query, children first, each by code. */
export async function findDashboardRegions(
  db: DbOrTrx,
  regionId: number,
): Promise<{ children: DashboardRegion[]; grandchildren: DashboardRegion[] }> {
  const { rows } = await sql<{
    id: number;
    code: string;
    name: string;
    level: number;
    parent_id: number;
    generation: number;
  }>`
    SELECT c.id, c.code, c.name, c.level, c.parent_id, 1 AS generation
    FROM regions c WHERE c.parent_id = ${regionId}
    UNION ALL
    SELECT g.id, g.code, g.name, g.level, g.parent_id, 2
    FROM regions c JOIN regions g ON g.parent_id = c.id WHERE c.parent_id = ${regionId}
    ORDER BY generation, code`.execute(db);
  const toRegion = (r: (typeof rows)[number]): DashboardRegion => ({
    id: r.id,
    code: r.code,
    name: r.name,
    level: r.level,
    parentId: r.parent_id,
  });
  return {
    children: rows.filter((r) => Number(r.generation) === 1).map(toRegion),
    grandchildren: rows.filter((r) => Number(r.generation) === 2).map(toRegion),
  };
}

/** The target that applies to one region and indicator, and the figures around the as-of quarter. */
export interface DashboardCellData {
  regionId: number;
  indicatorId: number;
  target: {
    id: number;
    comparator: TargetRow['comparator'];
    value: number | null;
    valueMax: number | null;
    tolerance: number | null;
    unit: string;
    kind: TargetRow['kind'];
    direction: TargetRow['direction'];
    measure: TargetRow['measure'];
    year: number | null;
    /** The region that set it: the cell's own region, or the nearest ancestor with one. */
    regionId: number;
    regionName: string;
    documentId: number | null;
    start: number | null;
    end: number | null;
    quote: string | null;
  };
  /** The quarters asked for, in order, each with its value (null: not reported). */
  figures: { quarter: string; value: number | null }[];
}

export interface DashboardCellQuery {
  regionIds: readonly number[];
  year: number;
  /** The quarters whose figures to return (`YYYYQn`). */
  quarters: readonly string[];
  category?: string | null | undefined;
  /** Only these indicators (a stored-status refresh); null or absent: all. */
  indicatorIds?: readonly number[] | null | undefined;
  /** False: only what a status needs (roll-ups); no source, no names. */
  detail?: boolean;
}

interface CellRow {
  region_id: number;
  indicator_id: number;
  id: number;
  comparator: TargetRow['comparator'];
  value: number | null;
  value_max: number | null;
  tolerance: number | null;
  unit: string;
  kind: TargetRow['kind'];
  direction: TargetRow['direction'];
  measure: TargetRow['measure'];
  year: number | null;
  source_region_id: number;
  source_region_name?: string;
  document_id?: number | null;
  source_start?: number | null;
  source_end?: number | null;
  quote?: string | null;
  /** One column per quarter asked for, `f0`…: plain numbers decode far faster than arrays. */
  [figure: `f${number}`]: number | null;
}

/**
 * For every region × indicator with an applicable confirmed target (`applicableTargetCtes`),
 * in one statement: the target and the figures of the given quarters, an additive target's
 * quarters without an own figure filled with the sum of the direct sub-regions' figures.
 * Cells without a target are left out.
 */
export async function findDashboardCells(
  db: DbOrTrx,
  query: DashboardCellQuery,
): Promise<DashboardCellData[]> {
  if (query.regionIds.length === 0) return [];
  const quarters = [...query.quarters];
  const detail = query.detail ?? true;
  const sourceColumns = detail
    ? sql`t.document_id, t.source_start, t.source_end, t.quote, sr.name AS source_region_name`
    : sql`NULL AS source_region_name`;
  const { rows } = await sql<CellRow>`
    ${cellsWith(query)}
    SELECT a.cell_region_id AS region_id, t.indicator_id, ${TARGET_COLUMNS}, ${sourceColumns},
           ${judgedFigureColumns(quarters, sql`t.measure`)}
    FROM applicable a
    JOIN targets t ON t.id = a.id
    ${detail ? sql`JOIN regions sr ON sr.id = t.region_id` : sql``}
    ${FIGURE_JOINS}`.execute(db);
  const figureKeys = quarters.map((_, i) => `f${i}` as const);
  return rows.map((r) => ({
    regionId: r.region_id,
    indicatorId: r.indicator_id,
    target: targetOf(r),
    figures: figuresOf(r, quarters, figureKeys),
  }));
}

/**
 * The cells of `findDashboardCells` without their targets' sources (what a status needs), for
 * many cells at once: the same statement, its rows sent as one text and the targets read
 * once each, then shared by their cells. A nationwide refresh reads 200 k cells; decoding
 * them as rows of eighteen columns, a target object per row, took longer than judging them.
 */
export async function findCellsToJudge(
  db: DbOrTrx,
  query: Omit<DashboardCellQuery, 'detail'>,
): Promise<DashboardCellData[]> {
  if (query.regionIds.length === 0) return [];
  const quarters = [...query.quarters];
  // Figures print as float8 text (shortest exact): Number() reads back the very double.
  const figures = sql.join(
    quarters.map((_, i) => sql`coalesce(${sql.ref(`c.f${i}`)}::text, '')`),
    sql`, ',', `,
  );
  const { rows } = await sql<{ cells: string | null }>`
    ${cellsWith(query)}
    SELECT string_agg(concat(c.region_id, ',', c.indicator_id, ',', c.id, ',', ${figures}), ';')
           AS cells
    FROM (SELECT a.cell_region_id AS region_id, t.indicator_id, t.id,
                 ${judgedFigureColumns(quarters, sql`t.measure`)}
          FROM applicable a
          JOIN targets t ON t.id = a.id
          ${FIGURE_JOINS}) c`.execute(db);
  const packed = rows[0]?.cells;
  if (!packed) return [];
  const lines = packed.split(';');
  const targetIds = new Set<number>();
  for (const line of lines) targetIds.add(Number(line.split(',', 3)[2]));
  const { rows: targetRows } = await sql<CellRow>`
    SELECT ${TARGET_COLUMNS}, NULL AS source_region_name
    FROM targets t WHERE t.id = ANY(${arrayLiteral([...targetIds])}::int[])`.execute(db);
  const targets = new Map(targetRows.map((r) => [r.id, targetOf(r)]));
  return lines.map((line) => {
    const f = line.split(',');
    return {
      regionId: Number(f[0]),
      indicatorId: Number(f[1]),
      target: targets.get(Number(f[2]))!,
      figures: quarters.map((quarter, i) => {
        const text = f[3 + i]!;
        return { quarter, value: text === '' ? null : Number(text) };
      }),
    };
  });
}

/** The target's columns of a cell row (`t`: targets). */
const TARGET_COLUMNS = sql`t.id, t.comparator, t.value, t.value_max, t.tolerance, t.unit, t.kind,
  t.direction, t.measure, t.year, t.region_id AS source_region_id`;

/** `figs f` and `sub_figs s` joined to a cell row of `applicable a` and `targets t`. */
const FIGURE_JOINS = sql`
    LEFT JOIN figs f ON f.region_id = a.cell_region_id AND f.indicator_id = t.indicator_id
    LEFT JOIN sub_figs s ON s.region_id = a.cell_region_id AND s.indicator_id = t.indicator_id`;

/** `WITH RECURSIVE` and the CTEs both cell reads select from: applicable targets, figures. */
function cellsWith(query: Omit<DashboardCellQuery, 'detail'>) {
  const regionIds = [...query.regionIds];
  const indicatorIds = query.indicatorIds ? [...query.indicatorIds] : null;
  return sql`
    WITH RECURSIVE ${applicableTargetCtes({
      regionIds,
      years: [query.year],
      category: query.category ?? null,
      indicatorIds,
    })},
    ${judgedFigureCtes({
      quarters: [...query.quarters],
      regionIds: sql`${regionIds}::int[]`,
      indicatorIds,
      additiveCells: sql`SELECT a.cell_region_id AS region_id, a.indicator_id FROM applicable a
                         JOIN targets at ON at.id = a.id WHERE at.measure = 'additive'`,
    })}`;
}

const targetOf = (r: CellRow): DashboardCellData['target'] => ({
  id: r.id,
  ...ruleFieldsOfRow(r),
  year: r.year,
  regionId: r.source_region_id,
  regionName: r.source_region_name ?? '',
  documentId: r.document_id ?? null,
  start: r.source_start ?? null,
  end: r.source_end ?? null,
  quote: r.quote ?? null,
});

/** The row's figure columns as quarters; a loop, not a closure per row (~30k rows nationally). */
function figuresOf(
  row: CellRow,
  quarters: readonly string[],
  keys: readonly `f${number}`[],
): { quarter: string; value: number | null }[] {
  const out = new Array<{ quarter: string; value: number | null }>(quarters.length);
  for (let i = 0; i < quarters.length; i++)
    out[i] = { quarter: quarters[i]!, value: row[keys[i]!] ?? null };
  return out;
}

/**
 * Every indicator (name, unit, category) by category and name, and every category in the
 * catalogue. One read of the whole catalogue (a few hundred rows at most), asked beside a
 * grid's cells rather than after them for the indicators they name: one round trip fewer.
 */
export async function findDashboardIndicators(db: DbOrTrx): Promise<{
  indicators: { id: number; name: string; unit: string; category: string }[];
  categories: string[];
}> {
  const indicators = await db
    .selectFrom('indicators')
    .select(['id', 'name', 'unit', 'category'])
    .orderBy('category')
    .orderBy('name')
    .execute();
  // In the order of the rows: the categories sorted as the database sorts them.
  const categories = [...new Set(indicators.map((i) => i.category).filter((c) => c !== ''))];
  return { indicators, categories };
}
