import { hash } from 'node:crypto';
import { type RawBuilder, sql } from 'kysely';
import { REASON_CODES, type ReasonCode } from '@targetboard/shared/targets/reason';
import { TARGET_STATUSES, type TargetStatus } from '@targetboard/shared/targets/status';
import type { DbOrTrx } from '../database';
import { copyRows } from '../copy-rows';
import { arrayLiteral } from '../sql-literals';

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
  // The id lists as text: an import's notes name every region once per indicator, and the
  // driver's array parser took half a second for them.
  const { rows } = await sql<{
    region_ids: string | null;
    subtree: boolean;
    indicator_ids: string | null;
    year_from: number | null;
    year_to: number | null;
  }>`
    DELETE FROM cell_status_dirty
    RETURNING array_to_string(region_ids, ',') AS region_ids, subtree,
              array_to_string(indicator_ids, ',') AS indicator_ids, year_from, year_to`.execute(db);
  const ids = (text: string | null) =>
    text === null ? null : text === '' ? [] : text.split(',').map(Number);
  return rows.map((r) => ({
    regionIds: ids(r.region_ids),
    subtree: r.subtree,
    indicatorIds: ids(r.indicator_ids),
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

/** Changed rows at or above this many are written through COPY and a temporary table. */
const COPY_FROM = 1000;

/** The judgement's arrays (Q1…Q4), in the table's and the merge's order. */
const DETAIL_COLUMNS = sql.raw('reasons, actuals, actual_quarters, projections, margins');

/**
 * Makes the scope's stored statuses equal `rows` (which must lie inside the scope), writing
 * only what differs: rows gone are deleted, rows changed or new upserted. Each stored row
 * keeps a digest of itself as written here (migration 2026-12-06-0600); the comparison reads
 * only the scope's digests. A refresh after an import judges every cell of its regions again
 * but few statuses move, and sending every judged row to the server to compare there (COPY,
 * ANALYZE, a set difference, an upsert probing each row) or reading the stored arrays back
 * as text cost more than the judging. A scope with nothing stored (a year built whole) is
 * COPYed straight in. Answers the number of rows written.
 */
export async function mergeCellStatuses(
  db: DbOrTrx,
  scope: CellStatusScope,
  rows: readonly JudgedCellStatus[],
): Promise<number> {
  const stored = await readStoredDigests(db, scope);
  const noneStored = stored.size === 0;
  const changed: string[] = [];
  const digests = new RowDigests();
  for (const r of inReadOrder(rows)) {
    const key = `${r.regionId}\t${r.indicatorId}`;
    const digest = digests.of(r);
    if (stored.get(key) !== digest) changed.push(`${statusLine(r)}\t${digest}`);
    stored.delete(key);
  }
  const gone = [...stored.keys()];
  if (gone.length > 0) await deleteStatuses(db, scope.year, gone);
  if (noneStored && changed.length >= COPY_FROM) await insertStatuses(db, scope.year, changed);
  else if (changed.length > 0) await upsertStatuses(db, scope.year, changed);
  return gone.length + changed.length;
}

/**
 * The rows by region, then indicator: the order a grid reads a year's cells in (a region's
 * and its children's, `findStoredGridCells`), so rows written together land on a few heap
 * pages per region. In the judging query's order a province grid's 800 cells of a year lay
 * on 770 pages, each a buffer to find, and at 10 M figures most not in shared memory.
 */
function inReadOrder(rows: readonly JudgedCellStatus[]): readonly JudgedCellStatus[] {
  let sorted = true;
  for (let i = 1; i < rows.length && sorted; i++)
    sorted = byRegionAndIndicator(rows[i - 1]!, rows[i]!) <= 0;
  return sorted ? rows : [...rows].sort(byRegionAndIndicator);
}

const byRegionAndIndicator = (a: StoredCellStatus, b: StoredCellStatus) =>
  a.regionId - b.regionId || a.indicatorId - b.indicatorId;

/**
 * A row as one line of COPY text: tab-separated, the arrays as literals (commas, never a tab,
 * newline or backslash), in the column order of `upsertStatuses`. Printed only for the rows
 * written: printing 200 k rows' floats cost more than hashing them.
 */
function statusLine(r: JudgedCellStatus): string {
  const [q1, q2, q3, q4] = r.statuses;
  const [a, b, c, d] = r.reasons;
  return (
    `${r.regionId}\t${r.indicatorId}\t${r.targetId}\t${q1}\t${q2}\t${q3}\t${q4}\t{${a},${b},${c},${d}}` +
    `\t${fourLiteral(r.actuals)}\t${fourLiteral(r.actualQuarters)}\t${fourLiteral(r.projections)}` +
    `\t${fourLiteral(r.margins)}`
  );
}

const fourLiteral = ([a, b, c, d]: Four<number | null>): string =>
  `{${a ?? 'NULL'},${b ?? 'NULL'},${c ?? 'NULL'},${d ?? 'NULL'}}`;

/** Slots of a row's binary form: ids, statuses, reasons, 16 details, which details are null. */
const SLOTS = 3 + 4 + 4 + 16 + 1;

/**
 * 96 bits of the SHA-1 of a row's values as float64s (statuses and reasons by their index in
 * shared's lists, nulls in a bitmask): a changed row keeping its digest is as likely as two
 * random 96-bit numbers being equal. A digest is only compared with digests made here; one
 * made by an older form (a reordered list) differs, and the row is written once more.
 */
class RowDigests {
  private readonly values = new Float64Array(SLOTS);
  private readonly bytes = new Uint8Array(this.values.buffer);

  of(r: JudgedCellStatus): string {
    const v = this.values;
    v[0] = r.regionId;
    v[1] = r.indicatorId;
    v[2] = r.targetId;
    for (let q = 0; q < 4; q++) {
      v[3 + q] = STATUS_INDEX.get(r.statuses[q]!) ?? -1;
      v[7 + q] = REASON_INDEX.get(r.reasons[q]!) ?? -1;
    }
    let nulls = 0;
    const details = [r.actuals, r.actualQuarters, r.projections, r.margins];
    for (let k = 0; k < 4; k++)
      for (let q = 0; q < 4; q++) {
        const x = details[k]![q]!;
        const slot = 4 * k + q;
        if (x === null) nulls |= 1 << slot;
        v[11 + slot] = x ?? 0;
      }
    v[27] = nulls;
    return hash('sha1', this.bytes, 'base64url').slice(0, 16);
  }
}

const STATUS_INDEX = new Map<string, number>(TARGET_STATUSES.map((s, i) => [s, i]));
const REASON_INDEX = new Map<string, number>(REASON_CODES.map((c, i) => [c, i]));

/** The digests of the scope's stored rows (null where the row has none) by `region\tindicator`. */
async function readStoredDigests(
  db: DbOrTrx,
  scope: CellStatusScope,
): Promise<Map<string, string | null>> {
  const regions = scope.regionIds === null ? null : arrayLiteral(scope.regionIds);
  const indicators = scope.indicatorIds === null ? null : arrayLiteral(scope.indicatorIds);
  // One text, not a row per cell: the driver decodes a year's 200 k rows far faster so.
  const { rows } = await sql<{ lines: string | null }>`
    SELECT string_agg(region_id || E'\t' || indicator_id || E'\t' || coalesce(digest, ''),
                      E'\n') AS lines
    FROM cell_statuses
    WHERE year = ${scope.year}
      AND (${regions}::int[] IS NULL OR region_id = ANY(${regions}::int[]))
      AND (${indicators}::int[] IS NULL OR indicator_id = ANY(${indicators}::int[]))`.execute(db);
  const out = new Map<string, string | null>();
  const lines = rows[0]?.lines;
  if (lines)
    for (const line of lines.split('\n')) {
      const at = line.lastIndexOf('\t');
      out.set(line.slice(0, at), line.slice(at + 1) || null);
    }
  return out;
}

/** Deletes the rows of these `region\tindicator` keys of a year. */
async function deleteStatuses(db: DbOrTrx, year: number, keys: readonly string[]): Promise<void> {
  const pairs = keys.map((k) => k.split('\t'));
  await sql`
    DELETE FROM cell_statuses s
    USING unnest(${arrayLiteral(pairs.map((p) => p[0]!))}::int[],
                 ${arrayLiteral(pairs.map((p) => p[1]!))}::int[]) AS g(region_id, indicator_id)
    WHERE s.year = ${year} AND s.region_id = g.region_id
      AND s.indicator_id = g.indicator_id`.execute(db);
}

/**
 * Writes these lines (`statusLine` and digest) of a year, new or changed: many by COPY into a temporary table
 * of the transaction, a few as one text in the statement, split there.
 */
async function upsertStatuses(db: DbOrTrx, year: number, lines: readonly string[]): Promise<void> {
  const source = lines.length >= COPY_FROM ? await copyLines(db, lines) : splitLines(lines);
  await sql`
    INSERT INTO cell_statuses (year, region_id, indicator_id, target_id, q1, q2, q3, q4,
                               ${DETAIL_COLUMNS}, digest)
    SELECT ${year}::int, j.region_id, j.indicator_id, j.target_id, j.q1, j.q2, j.q3, j.q4,
           ${DETAIL_COLUMNS}, j.digest
    FROM ${source} j
    ON CONFLICT (year, region_id, indicator_id) DO UPDATE
    SET target_id = excluded.target_id, q1 = excluded.q1, q2 = excluded.q2,
        q3 = excluded.q3, q4 = excluded.q4, reasons = excluded.reasons,
        actuals = excluded.actuals, actual_quarters = excluded.actual_quarters,
        projections = excluded.projections, margins = excluded.margins,
        digest = excluded.digest`.execute(db);
}

/**
 * Writes many lines of a scope none of whose rows is stored (a year built whole) by COPY
 * straight into the table: no temporary table, no upsert probing each row. The caller holds
 * the scope's lock (`lockCellStatuses`), so no row of it can appear meanwhile.
 */
async function insertStatuses(db: DbOrTrx, year: number, lines: readonly string[]): Promise<void> {
  await copyRows(
    db,
    `COPY cell_statuses (year, region_id, indicator_id, target_id, q1, q2, q3, q4,
                         reasons, actuals, actual_quarters, projections, margins, digest)
     FROM STDIN`,
    `${year}\t${lines.join(`\n${year}\t`)}\n`,
  );
}

async function copyLines(db: DbOrTrx, lines: readonly string[]) {
  await sql`CREATE TEMPORARY TABLE IF NOT EXISTS judged_statuses (
      region_id integer NOT NULL, indicator_id integer NOT NULL, target_id integer NOT NULL,
      q1 text NOT NULL, q2 text NOT NULL, q3 text NOT NULL, q4 text NOT NULL,
      reasons text[] NOT NULL, actuals double precision[] NOT NULL,
      actual_quarters smallint[] NOT NULL, projections double precision[] NOT NULL,
      margins double precision[] NOT NULL, digest text NOT NULL
    ) ON COMMIT DROP`.execute(db);
  await sql`TRUNCATE judged_statuses`.execute(db);
  await copyRows(
    db,
    `COPY judged_statuses (region_id, indicator_id, target_id, q1, q2, q3, q4,
                           reasons, actuals, actual_quarters, projections, margins, digest)
     FROM STDIN`,
    `${lines.join('\n')}\n`,
  );
  return sql`judged_statuses`;
}

/** A few lines as one text parameter, split into typed columns in the statement. */
function splitLines(lines: readonly string[]) {
  return sql`(SELECT f[1]::int AS region_id, f[2]::int AS indicator_id, f[3]::int AS target_id,
      f[4] AS q1, f[5] AS q2, f[6] AS q3, f[7] AS q4, f[8]::text[] AS reasons,
      f[9]::float8[] AS actuals, f[10]::smallint[] AS actual_quarters,
      f[11]::float8[] AS projections, f[12]::float8[] AS margins, f[13] AS digest
    FROM (SELECT string_to_array(line, E'\t') AS f
          FROM unnest(string_to_array(${lines.join('\n')}::text, E'\n')) AS line) l)`;
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
  return readStoredStatuses(db, year, cells);
}

/**
 * `findStoredStatuses` for a year the caller found current. Its one statement is sent when
 * called, before anything queued after it on the same transaction; its answer is decoded
 * when it comes, so a write queued next runs while this process decodes.
 */
export async function readStoredStatuses(
  db: DbOrTrx,
  year: number,
  cells: readonly { regionId: number; indicatorId: number }[],
): Promise<Map<string, StoredCellStatus>> {
  const out = new Map<string, StoredCellStatus>();
  if (cells.length === 0) return out;
  // Each region and indicator once: an import names a cell once per quarter of the year.
  // Numbers in nested sets, not a text key made per cell (an import names up to a million).
  const pairs = new Map<number, Set<number>>();
  for (const c of cells) {
    const of = pairs.get(c.regionId);
    if (of) of.add(c.indicatorId);
    else pairs.set(c.regionId, new Set([c.indicatorId]));
  }
  const regionIds: number[] = [];
  const indicatorIds: number[] = [];
  for (const [regionId, of] of pairs)
    for (const indicatorId of of) {
      regionIds.push(regionId);
      indicatorIds.push(indicatorId);
    }
  const regions = arrayLiteral(regionIds);
  const indicators = arrayLiteral(indicatorIds);
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
  const { rows } = await sql<{
    ok: boolean;
  }>`SELECT ${storeCurrent(year, rulesVersion)} AS ok`.execute(db);
  return rows[0]?.ok === true;
}

/**
 * `isStoreCurrent` as a boolean expression, for a statement that reads the store beside the
 * check (`findStoredGridCells`): the check then sees the snapshot the rows come from.
 */
export function storeCurrent(year: number, rulesVersion: number): RawBuilder<boolean> {
  return sql<boolean>`(EXISTS (SELECT 1 FROM cell_status_years
                               WHERE year = ${year} AND rules_version = ${rulesVersion})
       AND NOT EXISTS (SELECT 1 FROM cell_status_dirty
                       WHERE coalesce(year_from, ${year}) <= ${year}
                         AND coalesce(year_to, ${year}) >= ${year}))`;
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
