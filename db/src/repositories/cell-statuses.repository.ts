import { sql } from 'kysely';
import type { ReasonCode } from '@targetboard/shared/targets/reason';
import type { TargetStatus } from '@targetboard/shared/targets/status';
import type { DbOrTrx } from '../database';
import { copyRows } from '../copy-rows';
import { arrayLiteral, textArrayLiteral } from '../sql-literals';

/**
 * Stored cell statuses (migration 2026-12-06-0100): each region's status per indicator, year
 * and as-of quarter, kept current by the writing transaction. The judging is the server's
 * (shared rules); this module only moves rows.
 */

/** What a write may have changed: regions (null: all), indicators (null: all), years from…to. */
export interface DirtyNote {
  regionIds: number[] | null;
  /** The regions' descendants too (a target is inherited; a region moved). */
  subtree: boolean;
  indicatorIds: number[] | null;
  yearFrom: number | null;
  yearTo: number | null;
}

/** A cell's statuses as of Q1…Q4 of its year. */
export interface StoredCellStatus {
  regionId: number;
  indicatorId: number;
  targetId: number;
  statuses: readonly [TargetStatus, TargetStatus, TargetStatus, TargetStatus];
}

type Four<T> = readonly [T, T, T, T];

/**
 * A cell as the refresh judges and stores it: its statuses and, as of Q1…Q4 too, what each
 * rests on — the reason's code, the figure judged and its quarter of the year (1–4), the
 * year-end projection and the at-risk margin (null where the judgement gave none). A grid
 * reads the cells it shows from these.
 */
export interface JudgedCellStatus extends StoredCellStatus {
  reasons: Four<ReasonCode>;
  actuals: Four<number | null>;
  actualQuarters: Four<number | null>;
  projections: Four<number | null>;
  margins: Four<number | null>;
}

/** Which cells of a year to replace: regions and indicators, null meaning all. */
export interface CellStatusScope {
  year: number;
  regionIds: readonly number[] | null;
  indicatorIds: readonly number[] | null;
}

/** Takes (deletes and returns) every note visible to this transaction. */
export async function takeDirtyNotes(db: DbOrTrx): Promise<DirtyNote[]> {
  const rows = await db.deleteFrom('cell_status_dirty').returningAll().execute();
  return rows.map((r) => ({
    regionIds: r.region_ids,
    subtree: r.subtree,
    indicatorIds: r.indicator_ids,
    yearFrom: r.year_from,
    yearTo: r.year_to,
  }));
}

/** Years held in full under this rules version. */
export async function findKeptYears(db: DbOrTrx, rulesVersion: number): Promise<number[]> {
  const rows = await db
    .selectFrom('cell_status_years')
    .select('year')
    .where('rules_version', '=', rulesVersion)
    .orderBy('year')
    .execute();
  return rows.map((r) => r.year);
}

/** Forgets every year judged by another rules version, rows and all. */
export async function dropOtherRulesVersions(db: DbOrTrx, rulesVersion: number): Promise<void> {
  const stale = await db
    .deleteFrom('cell_status_years')
    .where('rules_version', '<>', rulesVersion)
    .returning('year')
    .execute();
  if (stale.length > 0)
    await db
      .deleteFrom('cell_statuses')
      .where(
        'year',
        'in',
        stale.map((s) => s.year),
      )
      .execute();
}

/** Records a year as held in full. */
export async function markYearKept(db: DbOrTrx, year: number, rulesVersion: number): Promise<void> {
  await db
    .insertInto('cell_status_years')
    .values({ year, rules_version: rulesVersion })
    .onConflict((oc) => oc.column('year').doUpdateSet({ rules_version: rulesVersion }))
    .execute();
}

/** The years a full build should hold: those with figures or confirmed targets, and `also`. */
export async function findStatusYears(db: DbOrTrx, also: number): Promise<number[]> {
  const { rows } = await sql<{ year: number }>`
    SELECT DISTINCT left(quarter, 4)::int AS year FROM observations
    UNION SELECT year FROM targets WHERE state = 'confirmed' AND year IS NOT NULL
    UNION SELECT ${also}::int
    ORDER BY year`.execute(db);
  return rows.map((r) => Number(r.year));
}

/**
 * The regions whose cells a change to these regions may move: themselves, with `subtreeOf`
 * their descendants, and the parent of each (an additive cell is judged on its direct
 * sub-regions' sum).
 */
export async function expandRegions(
  db: DbOrTrx,
  regionIds: readonly number[],
  subtreeOf: readonly number[],
): Promise<number[]> {
  const { rows } = await sql<{ id: number }>`
    WITH RECURSIVE under(id) AS (
      SELECT id FROM regions WHERE id = ANY(${arrayLiteral(subtreeOf)}::int[])
      UNION ALL
      SELECT r.id FROM regions r JOIN under u ON r.parent_id = u.id
    ),
    touched(id) AS (
      SELECT id FROM under UNION SELECT unnest(${arrayLiteral(regionIds)}::int[])
    )
    SELECT id FROM touched
    UNION SELECT r.parent_id FROM regions r JOIN touched t ON t.id = r.id
    WHERE r.parent_id IS NOT NULL`.execute(db);
  return rows.map((r) => r.id);
}

/** Every region's id (a full build judges them all). */
export async function listAllRegionIds(db: DbOrTrx): Promise<number[]> {
  return (await db.selectFrom('regions').select('id').execute()).map((r) => r.id);
}

/**
 * Serialises refreshes that may judge the same cells, until commit, so the last to judge
 * sees the others' committed figures (an additive parent sums figures several writers
 * change). Indicators in ascending order; all indicators take the whole lock. Advisory locks
 * are per database, so the key names the schema: databases of tests and benches that share
 * one server in schemas of their own (a building year holds the whole lock for seconds) no
 * longer wait for one another.
 */
export async function lockCellStatuses(
  db: DbOrTrx,
  indicatorIds: readonly number[] | null,
): Promise<void> {
  const KEY = sql`hashtext('cell_statuses ' || current_schema())`;
  if (indicatorIds === null) {
    await sql`SELECT pg_advisory_xact_lock(${KEY}, 0)`.execute(db);
    return;
  }
  await sql`SELECT pg_advisory_xact_lock_shared(${KEY}, 0)`.execute(db);
  await sql`
    SELECT count(pg_advisory_xact_lock(${KEY}, i))
    FROM (SELECT DISTINCT unnest(${arrayLiteral(indicatorIds)}::int[]) AS i ORDER BY 1) ids`.execute(
    db,
  );
}

/** Judged rows at or above this many go to the merge by COPY and an analysed temporary table. */
const COPY_FROM = 1000;

/** The judgement's arrays (Q1…Q4), in the table's and the merge's order. */
const DETAIL_COLUMNS = sql.raw('reasons, actuals, actual_quarters, projections, margins');

/** A row's arrays as PostgreSQL array literals, in `DETAIL_COLUMNS` order. */
const detailLiterals = (r: JudgedCellStatus): string[] => [
  arrayLiteral(r.reasons),
  arrayLiteral(r.actuals),
  arrayLiteral(r.actualQuarters),
  arrayLiteral(r.projections),
  arrayLiteral(r.margins),
];

/**
 * Makes the scope's stored statuses equal `rows` (which must lie inside the scope), writing
 * only what differs: rows gone are deleted, rows changed updated, new rows inserted. A
 * refresh after an import judges every cell of its regions again, but few statuses move, and
 * rewriting them all cost more than the judging. Answers the number of rows written.
 */
export async function mergeCellStatuses(
  db: DbOrTrx,
  scope: CellStatusScope,
  rows: readonly JudgedCellStatus[],
): Promise<number> {
  const judged = rows.length >= COPY_FROM ? await copyJudged(db, rows) : unnestJudged(rows);
  const regions = scope.regionIds === null ? null : arrayLiteral(scope.regionIds);
  const indicators = scope.indicatorIds === null ? null : arrayLiteral(scope.indicatorIds);
  const year = scope.year;
  // The rows gone as a set difference (hashed, or sorted when large): linear whatever the
  // planner believes of cell_statuses. Rows a build wrote earlier in the same transaction
  // have no statistics yet, and NOT EXISTS became a nested loop rescanning the judged rows
  // for every stored one (4.5 s for 7,500 rows); NOT IN is as bad once the judged rows
  // outgrow work_mem. The DELETE then probes only the few rows gone.
  const inScope = sql`year = ${year}
      AND (${regions}::int[] IS NULL OR region_id = ANY(${regions}::int[]))
      AND (${indicators}::int[] IS NULL OR indicator_id = ANY(${indicators}::int[]))`;
  const gone = await sql`
    DELETE FROM cell_statuses WHERE year = ${year} AND (region_id, indicator_id) IN (
      SELECT region_id, indicator_id FROM cell_statuses WHERE ${inScope}
      EXCEPT
      SELECT j.region_id, j.indicator_id FROM ${judged} j)`.execute(db);
  // New and changed rows in one pass through the primary key; an unchanged row is not
  // written (nor counted). Not an anti-join: on a table without statistics (a first build)
  // the planner chose a nested loop rescanning the rows the statement inserts (minutes).
  const written = await sql`
    INSERT INTO cell_statuses AS s (year, region_id, indicator_id, target_id, q1, q2, q3, q4,
                                    ${DETAIL_COLUMNS})
    SELECT ${year}::int, j.region_id, j.indicator_id, j.target_id, j.q1, j.q2, j.q3, j.q4,
           ${DETAIL_COLUMNS}
    FROM ${judged} j
    ON CONFLICT (year, region_id, indicator_id) DO UPDATE
    SET target_id = excluded.target_id, q1 = excluded.q1, q2 = excluded.q2,
        q3 = excluded.q3, q4 = excluded.q4, reasons = excluded.reasons,
        actuals = excluded.actuals, actual_quarters = excluded.actual_quarters,
        projections = excluded.projections, margins = excluded.margins
    WHERE (s.target_id, s.q1, s.q2, s.q3, s.q4,
           s.reasons, s.actuals, s.actual_quarters, s.projections, s.margins)
          IS DISTINCT FROM
          (excluded.target_id, excluded.q1, excluded.q2, excluded.q3, excluded.q4,
           excluded.reasons, excluded.actuals, excluded.actual_quarters, excluded.projections,
           excluded.margins)`.execute(db);
  return Number(gone.numAffectedRows ?? 0) + Number(written.numAffectedRows ?? 0);
}

/**
 * Many judged rows: COPYed into a temporary table of the transaction, analysed (without
 * statistics the joins of the merge are planned as nested loops).
 */
async function copyJudged(db: DbOrTrx, rows: readonly JudgedCellStatus[]) {
  await sql`CREATE TEMPORARY TABLE IF NOT EXISTS judged_statuses (
      region_id integer NOT NULL, indicator_id integer NOT NULL, target_id integer NOT NULL,
      q1 text NOT NULL, q2 text NOT NULL, q3 text NOT NULL, q4 text NOT NULL,
      reasons text[] NOT NULL, actuals double precision[] NOT NULL,
      actual_quarters smallint[] NOT NULL, projections double precision[] NOT NULL,
      margins double precision[] NOT NULL
    ) ON COMMIT DROP`.execute(db);
  await sql`TRUNCATE judged_statuses`.execute(db);
  // Tab-separated text: the array literals hold commas, never a tab, newline or backslash.
  let text = '';
  for (const r of rows)
    text += `${r.regionId}\t${r.indicatorId}\t${r.targetId}\t${r.statuses.join('\t')}\t${detailLiterals(r).join('\t')}\n`;
  await copyRows(
    db,
    `COPY judged_statuses (region_id, indicator_id, target_id, q1, q2, q3, q4,
                           reasons, actuals, actual_quarters, projections, margins)
     FROM STDIN`,
    text,
  );
  await sql`ANALYZE judged_statuses`.execute(db);
  return sql`judged_statuses`;
}

/**
 * A few judged rows (a save's): arrays in the statement, probed by primary key. Each row's
 * own arrays travel as text and are cast back (unnest would flatten an array of arrays).
 */
function unnestJudged(rows: readonly JudgedCellStatus[]) {
  const column = (pick: (r: JudgedCellStatus) => number) => arrayLiteral(rows.map(pick));
  const statuses = (q: number) => textArrayLiteral(rows.map((r) => r.statuses[q]!));
  const details = rows.map(detailLiterals);
  const detail = (k: number) => textArrayLiteral(details.map((d) => d[k]!));
  return sql`(SELECT region_id, indicator_id, target_id, q1, q2, q3, q4,
      reasons::text[] AS reasons, actuals::float8[] AS actuals,
      actual_quarters::smallint[] AS actual_quarters, projections::float8[] AS projections,
      margins::float8[] AS margins
    FROM unnest(
      ${column((r) => r.regionId)}::int[], ${column((r) => r.indicatorId)}::int[],
      ${column((r) => r.targetId)}::int[], ${statuses(0)}::text[], ${statuses(1)}::text[],
      ${statuses(2)}::text[], ${statuses(3)}::text[], ${detail(0)}::text[], ${detail(1)}::text[],
      ${detail(2)}::text[], ${detail(3)}::text[], ${detail(4)}::text[])
    AS u(region_id, indicator_id, target_id, q1, q2, q3, q4,
         reasons, actuals, actual_quarters, projections, margins))`;
}

/**
 * The stored statuses of these cells of a year, keyed `region:indicator`, as a write's
 * "before"; null when the store cannot be trusted for that year (`isStoreCurrent`) and
 * the caller judges. A cell without a target has no row.
 */
export async function findStoredStatuses(
  db: DbOrTrx,
  year: number,
  rulesVersion: number,
  cells: readonly { regionId: number; indicatorId: number }[],
): Promise<Map<string, StoredCellStatus> | null> {
  if (!(await isStoreCurrent(db, year, rulesVersion))) return null;
  const out = new Map<string, StoredCellStatus>();
  if (cells.length === 0) return out;
  // Each region and indicator once: an import names a cell once per quarter of the year.
  const pairs = new Map<string, { regionId: number; indicatorId: number }>();
  for (const c of cells) pairs.set(`${c.regionId}:${c.indicatorId}`, c);
  const regions = arrayLiteral([...pairs.values()].map((c) => c.regionId));
  const indicators = arrayLiteral([...pairs.values()].map((c) => c.indicatorId));
  // One string, not a row per cell: the driver decodes a 256 k-cell import's far faster.
  const { rows } = await sql<{ packed: string | null }>`
    SELECT string_agg(concat_ws(',', s.region_id, s.indicator_id, s.target_id,
                                s.q1, s.q2, s.q3, s.q4), ';') AS packed
    FROM cell_statuses s
    JOIN unnest(${regions}::int[], ${indicators}::int[]) c(r, i)
      ON s.region_id = c.r AND s.indicator_id = c.i
    WHERE s.year = ${year}`.execute(db);
  const packed = rows[0]?.packed;
  if (packed)
    for (const line of packed.split(';')) {
      const [r, i, t, q1, q2, q3, q4] = line.split(',') as [string, ...string[]];
      const statuses = [q1, q2, q3, q4] as [TargetStatus, TargetStatus, TargetStatus, TargetStatus];
      out.set(`${r}:${i}`, { regionId: +r, indicatorId: +i!, targetId: +t!, statuses });
    }
  return out;
}

/** Whether any figure of the year is stored (through the quarter-leading index). */
export async function yearHasFigures(db: DbOrTrx, year: number): Promise<boolean> {
  const { rows } = await sql<{ any: boolean }>`
    SELECT EXISTS (SELECT 1 FROM observations
                   WHERE quarter BETWEEN ${`${year}Q1`} AND ${`${year}Q4`}) AS any`.execute(db);
  return rows[0]?.any === true;
}

/**
 * The year is held under these rules and no note of an unjudged write touches it: what the
 * store holds for it equals a live judgement. Otherwise readers judge live.
 */
export async function isStoreCurrent(
  db: DbOrTrx,
  year: number,
  rulesVersion: number,
): Promise<boolean> {
  const { rows } = await sql<{ ok: boolean }>`
    SELECT EXISTS (SELECT 1 FROM cell_status_years
                   WHERE year = ${year} AND rules_version = ${rulesVersion})
       AND NOT EXISTS (SELECT 1 FROM cell_status_dirty
                       WHERE coalesce(year_from, ${year}) <= ${year}
                         AND coalesce(year_to, ${year}) >= ${year}) AS ok`.execute(db);
  return rows[0]?.ok === true;
}

/** Every stored row of a year (tests compare it with a live judgement). */
export async function listCellStatuses(db: DbOrTrx, year: number): Promise<JudgedCellStatus[]> {
  const rows = await db
    .selectFrom('cell_statuses')
    .selectAll()
    .where('year', '=', year)
    .orderBy('region_id')
    .orderBy('indicator_id')
    .execute();
  return rows.map((r) => ({
    regionId: r.region_id,
    indicatorId: r.indicator_id,
    targetId: r.target_id,
    statuses: [r.q1, r.q2, r.q3, r.q4],
    reasons: four(r.reasons),
    actuals: four(r.actuals),
    actualQuarters: four(r.actual_quarters),
    projections: four(r.projections),
    margins: four(r.margins),
  }));
}

const four = <T>(list: T[]): Four<T> => [list[0]!, list[1]!, list[2]!, list[3]!];

/**
 * Refreshes the planner's statistics of the store after a build: freshly filled, the table
 * looked empty to it, and a grid's read of a few hundred regions was planned as a scan of
 * the whole year.
 */
export async function analyzeCellStatuses(db: DbOrTrx): Promise<void> {
  await sql`ANALYZE cell_statuses`.execute(db);
}
