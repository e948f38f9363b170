import { sql } from 'kysely';
import type { TargetStatus } from '@targetboard/shared/targets/status';
import type { DbOrTrx } from '../database';
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
 * change). Indicators in ascending order; all indicators take the whole lock.
 */
export async function lockCellStatuses(
  db: DbOrTrx,
  indicatorIds: readonly number[] | null,
): Promise<void> {
  const KEY = 0x5ce11;
  if (indicatorIds === null) {
    await sql`SELECT pg_advisory_xact_lock(${KEY}::int, 0)`.execute(db);
    return;
  }
  await sql`SELECT pg_advisory_xact_lock_shared(${KEY}::int, 0)`.execute(db);
  await sql`
    SELECT count(pg_advisory_xact_lock(${KEY}::int, i))
    FROM (SELECT DISTINCT unnest(${arrayLiteral(indicatorIds)}::int[]) AS i ORDER BY 1) ids`.execute(
    db,
  );
}

/** Replaces the scope's stored statuses with `rows` (which must lie inside the scope). */
export async function replaceCellStatuses(
  db: DbOrTrx,
  scope: CellStatusScope,
  rows: readonly StoredCellStatus[],
): Promise<void> {
  const regions = scope.regionIds === null ? null : arrayLiteral(scope.regionIds);
  const indicators = scope.indicatorIds === null ? null : arrayLiteral(scope.indicatorIds);
  await sql`
    DELETE FROM cell_statuses WHERE year = ${scope.year}
      AND (${regions}::int[] IS NULL OR region_id = ANY(${regions}::int[]))
      AND (${indicators}::int[] IS NULL OR indicator_id = ANY(${indicators}::int[]))`.execute(db);
  if (rows.length === 0) return;
  const column = (pick: (r: StoredCellStatus) => number) => arrayLiteral(rows.map(pick));
  const statuses = (q: number) => textArrayLiteral(rows.map((r) => r.statuses[q]!));
  await sql`
    INSERT INTO cell_statuses (year, region_id, indicator_id, target_id, q1, q2, q3, q4)
    SELECT ${scope.year}::int, * FROM unnest(
      ${column((r) => r.regionId)}::int[], ${column((r) => r.indicatorId)}::int[],
      ${column((r) => r.targetId)}::int[], ${statuses(0)}::text[], ${statuses(1)}::text[],
      ${statuses(2)}::text[], ${statuses(3)}::text[])`.execute(db);
}

/** Every stored status of a year (tests compare it with a live judgement). */
export async function listCellStatuses(db: DbOrTrx, year: number): Promise<StoredCellStatus[]> {
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
  }));
}

export interface StoredRollUpQuery {
  parentIds: readonly number[];
  year: number;
  quarter: 1 | 2 | 3 | 4;
  category?: string | null | undefined;
  rulesVersion: number;
}

/**
 * How many direct sub-regions of each parent stand at each status per indicator, read from
 * the stored statuses; null when they cannot be trusted for that year (not held under these
 * rules, or a note of a write not yet judged again), and the caller judges live.
 */
export async function findStoredRollUps(
  db: DbOrTrx,
  query: StoredRollUpQuery,
): Promise<{ parentId: number; indicatorId: number; status: TargetStatus; n: number }[] | null> {
  const { year } = query;
  const { rows: usable } = await sql<{ ok: boolean }>`
    SELECT EXISTS (SELECT 1 FROM cell_status_years
                   WHERE year = ${year} AND rules_version = ${query.rulesVersion})
       AND NOT EXISTS (SELECT 1 FROM cell_status_dirty
                       WHERE coalesce(year_from, ${year}) <= ${year}
                         AND coalesce(year_to, ${year}) >= ${year}) AS ok`.execute(db);
  if (!usable[0]?.ok) return null;
  if (query.parentIds.length === 0) return [];
  const status = sql.ref(`s.q${query.quarter}`);
  const category = query.category ?? null;
  const { rows } = await sql<{
    parent_id: number;
    indicator_id: number;
    status: TargetStatus;
    n: number;
  }>`
    SELECT r.parent_id, s.indicator_id, ${status} AS status, count(*)::int AS n
    FROM regions r
    JOIN cell_statuses s ON s.year = ${year} AND s.region_id = r.id
    WHERE r.parent_id = ANY(${arrayLiteral(query.parentIds)}::int[])
      AND (${category}::text IS NULL OR s.indicator_id IN
            (SELECT id FROM indicators WHERE category = ${category}::text))
    GROUP BY r.parent_id, s.indicator_id, ${status}`.execute(db);
  return rows.map((r) => ({
    parentId: r.parent_id,
    indicatorId: r.indicator_id,
    status: r.status,
    n: r.n,
  }));
}
