import { sql } from 'kysely';
import type { Figure } from '@targetboard/shared/api/observations.schema';
import type { DbOrTrx } from '../database';
import { copyRows } from '../copy-rows';
import { arrayLiteral, textArrayLiteral } from '../sql-literals';
import { copyWithParentsLocked } from './observation-parents';
import {
  type CellKey,
  lockObservations,
  StaleObservationError,
  type WriteOptions,
} from './observations.repository';

// Set-based writes for large imports: cells staged in a temporary table, compared and
// written in a few statements. `saveObservations` (observations.repository.ts) is the plain
// cell-by-cell write of the forms.

/**
 * The cells of one import, column by column, already validated (`value` is the value to
 * store): typed arrays filled in place, so a million cells cost a few buffers instead of
 * millions of objects and growing arrays. NaN in a number column stands for empty — a
 * validated figure is never NaN. Only the first `length` entries count.
 */
export interface CellColumns {
  length: number;
  regionId: Int32Array;
  indicatorId: Int32Array;
  quarter: string[];
  value: Float64Array;
  numerator: Float64Array;
  denominator: Float64Array;
  note: (string | null)[];
}

/** Empty columns with room for `capacity` cells. */
export function cellColumns(capacity: number): CellColumns {
  return {
    length: 0,
    regionId: new Int32Array(capacity),
    indicatorId: new Int32Array(capacity),
    quarter: new Array<string>(capacity),
    value: new Float64Array(capacity),
    numerator: new Float64Array(capacity),
    denominator: new Float64Array(capacity),
    note: new Array<string | null>(capacity),
  };
}

/** What `stageCells` found stored for each staged cell, by its index in the columns. */
export interface StagedState {
  /** The stored version, 0 when the cell is not stored. */
  version: Int32Array;
  /** 1 when the stored figure equals the staged one (`sameFigure`), else 0. */
  same: Uint8Array;
}

/** The state of cells none of which is stored (`noCellStored`). */
export function nothingStored(n: number): StagedState {
  return { version: new Int32Array(n), same: new Uint8Array(n) };
}

/**
 * `sameFigure` of shared/src/figures in SQL, for a stored row `o` and a staged row `s`
 * (empty note = none); `same-figure.test.ts` holds the two together. Exported for that test.
 */
export const SAME_FIGURE = sql<boolean>`(o.value IS NOT DISTINCT FROM s.value
  AND o.numerator IS NOT DISTINCT FROM s.numerator
  AND o.denominator IS NOT DISTINCT FROM s.denominator
  AND nullif(o.note, '') IS NOT DISTINCT FROM nullif(s.note, ''))`;

/**
 * Set-based import, step 1: COPYs the cells into `import_stage`, a temporary table of the
 * transaction (dropped at commit or rollback), and row-locks (FOR UPDATE) the stored cells
 * among them, answering for each cell its stored version and whether its figure is unchanged.
 * Run in a transaction; then `writeStagedCells` writes what differs.
 */
export async function stageCells(trx: DbOrTrx, cells: CellColumns): Promise<StagedState> {
  const n = cells.length;
  const state: StagedState = { version: new Int32Array(n), same: new Uint8Array(n) };
  await sizeWorkMem(trx, n);
  await sql`CREATE TEMPORARY TABLE import_stage (
      i integer NOT NULL, region_id integer NOT NULL, indicator_id integer NOT NULL,
      quarter text NOT NULL, value float8, numerator float8, denominator float8, note text
    ) ON COMMIT DROP`.execute(trx);
  if (n === 0) return state;
  await copyRows(
    trx,
    `COPY import_stage (i, region_id, indicator_id, quarter, value, numerator, denominator,
       note) FROM STDIN WITH (FORMAT csv)`,
    stageCsv(cells),
  );
  // A temporary table has no statistics until analysed; the joins below need them to pick
  // hash joins over nested loops at this size.
  await sql`ANALYZE import_stage`.execute(trx);
  // Locking needs the rows themselves (no aggregate beside FOR UPDATE): lock in a CTE, then
  // answer in two strings rather than a row per cell, which the driver decodes far faster.
  const { rows } = await sql<{ same: string | null; changed: string | null }>`
    WITH locked AS MATERIALIZED (
      SELECT s.i, o.version, ${SAME_FIGURE} AS same
      FROM import_stage s
      JOIN observations o ON o.indicator_id = s.indicator_id AND o.region_id = s.region_id
                          AND o.quarter = s.quarter
      FOR UPDATE OF o
    )
    SELECT string_agg(i::text, ',') FILTER (WHERE same) AS same,
           string_agg(i::text || ':' || version::text, ',') FILTER (WHERE NOT same) AS changed
    FROM locked`.execute(trx);
  const row = rows[0];
  if (row?.same)
    for (const i of row.same.split(',')) {
      state.same[Number(i)] = 1;
      state.version[Number(i)] = -1; // stored; its version is not needed (unchanged)
    }
  if (row?.changed)
    for (const pair of row.changed.split(',')) {
      const colon = pair.indexOf(':');
      state.version[Number(pair.slice(0, colon))] = Number(pair.slice(colon + 1));
    }
  return state;
}

/**
 * Sets work_mem for the rest of an import's transaction (its writes, change log and status
 * refresh) by its size: the default 4 MB sent a 100,000-cell import's hash joins to two
 * batches and its sorts to disk, and 64 MB still sent a million-cell import's change-log sort
 * and staging joins to disk (an external merge). About 256 bytes a cell, 64 MB to 256 MB.
 * Exported for its test.
 */
export function importWorkMem(cells: number): number | null {
  if (cells < 10_000) return null;
  return Math.min(256, Math.max(64, Math.ceil((cells * 256) / 2 ** 20)));
}

async function sizeWorkMem(trx: DbOrTrx, cells: number): Promise<void> {
  const mb = importWorkMem(cells);
  if (mb !== null) await sql.raw(`SET LOCAL work_mem = '${mb}MB'`).execute(trx);
}

/**
 * The cells as CSV for COPY: index, ids, quarter, figures (NaN, the columns' empty, is an
 * unquoted empty field: NULL) and the note quoted (a quoted "" is an empty note, not NULL).
 */
function stageCsv(cells: CellColumns): Iterable<string> {
  const num = (x: number) => (Number.isNaN(x) ? '' : String(x));
  return csvPieces(cells.length, (i) => {
    const note = cells.note[i];
    return (
      `${i},${cells.regionId[i]},${cells.indicatorId[i]},${cells.quarter[i]},` +
      `${num(cells.value[i]!)},${num(cells.numerator[i]!)},${num(cells.denominator[i]!)},` +
      (note === null || note === undefined ? '' : `"${note.replace(/"/g, '""')}"`)
    );
  });
}

/**
 * Lines 0…n-1 as COPY text in pieces of `size` lines, each made when the COPY asks for it:
 * Node prints the next piece while the server parses the last, where one text printed
 * whole (a second per million cells) came before the server could start.
 */
function* csvPieces(n: number, line: (i: number) => string, size = 10_000): Generator<string> {
  for (let start = 0; start < n; start += size) {
    const end = Math.min(n, start + size);
    const lines = new Array<string>(end - start + 1);
    for (let i = start; i < end; i++) lines[i - start] = line(i);
    lines[end - start] = '';
    yield lines.join('\n');
  }
}

/**
 * Set-based import, step 2: inserts the staged cells that are not stored, updates (version
 * + 1) those whose figure differs, and logs the write compactly: one `import_batches` row
 * (who, when) and per region one `import_cell_changes` row of arrays (old and new figure of
 * each cell), from which `listChanges` derives the per-cell entries `saveObservations` would
 * have logged. Stored cells were locked by `stageCells`; a cell inserted by someone else
 * since then makes the counts differ from `expected`, and StaleObservationError names those
 * cells (the caller's transaction rolls back).
 */
export async function writeStagedCells(
  trx: DbOrTrx,
  expected: { created: number; updated: number; createdKeys: () => CellKey[] },
  options: WriteOptions,
): Promise<void> {
  if (expected.created === 0 && expected.updated === 0) return;
  // A plain INSERT (no ON CONFLICT: speculative insertion costs ~15 % more): a cell inserted
  // by someone else after the NOT EXISTS looked raises a unique violation instead, which the
  // savepoint turns back into a transaction that can still read who inserted it.
  await sql`SAVEPOINT import_write`.execute(trx);
  let counts: { created: number; updated: number } | undefined;
  try {
    counts = await writeAndLog(trx, expected, options);
  } catch (error) {
    if ((error as { code?: string }).code !== '23505') throw error;
  }
  if (counts?.created === expected.created && counts.updated === expected.updated) return;
  // Only a cell inserted by someone else meanwhile can cause this (stored cells are locked):
  // committed before the INSERT began, NOT EXISTS skipped it; committed during, it clashed.
  // Undo this write, so that what is left among the cells to create is theirs, and name it.
  await sql`ROLLBACK TO SAVEPOINT import_write`.execute(trx);
  const now = await lockObservations(trx, expected.createdKeys());
  if (now.size === 0)
    throw new Error(
      `staged write counts differ: ${counts?.created}/${expected.created} created, ${counts?.updated}/${expected.updated} updated`,
    );
  throw new StaleObservationError(
    [...now.values()].map((current) => ({ current, expectedVersion: 0 })),
  );
}

/**
 * The write in four plain statements rather than one of data-modifying CTEs: the log is
 * taken first, reading each changed cell's old figure in the join with the stored row that
 * the UPDATE would otherwise repeat for its RETURNING (rows are locked, so nothing moves in
 * between); the UPDATE then joins the staging table once, and neither write returns rows to
 * materialise. A statement with nothing to do (no cell to create, or none to update) is not
 * run: its anti-join alone scanned the table.
 */
async function writeAndLog(
  trx: DbOrTrx,
  expected: { created: number; updated: number },
  options: WriteOptions,
): Promise<{ created: number; updated: number }> {
  const { rows } = await sql<{ id: string }>`
    INSERT INTO import_batches (user_name, channel, created, updated)
    VALUES (${options.user}, ${options.channel}, ${expected.created}, ${expected.updated})
    RETURNING id`.execute(trx);
  const batch = rows[0]!.id;
  await sql`
    INSERT INTO import_cell_changes (batch_id, region_id, indicator_ids, quarters,
      old_versions, old_values, old_numerators, old_denominators, old_notes,
      new_values, new_numerators, new_denominators, new_notes)
    SELECT ${batch}::bigint, s.region_id, array_agg(s.indicator_id), array_agg(s.quarter),
           array_agg(coalesce(o.version, 0)), array_agg(o.value), array_agg(o.numerator),
           array_agg(o.denominator), array_agg(o.note), array_agg(s.value),
           array_agg(s.numerator), array_agg(s.denominator), array_agg(s.note)
    FROM import_stage s
    LEFT JOIN observations o ON o.indicator_id = s.indicator_id AND o.region_id = s.region_id
                            AND o.quarter = s.quarter
    WHERE o.indicator_id IS NULL OR NOT ${SAME_FIGURE}
    GROUP BY s.region_id`.execute(trx);
  // Updates before inserts, so the UPDATE's join does not meet the rows just inserted.
  let updated = 0;
  if (expected.updated > 0) {
    const result = await sql`
      UPDATE observations o SET value = s.value, numerator = s.numerator,
        denominator = s.denominator, note = s.note, version = o.version + 1,
        updated_by = ${options.user}, updated_at = now()
      FROM import_stage s
      WHERE o.indicator_id = s.indicator_id AND o.region_id = s.region_id
        AND o.quarter = s.quarter AND NOT ${SAME_FIGURE}`.execute(trx);
    updated = Number(result.numAffectedRows ?? 0);
  }
  let created = 0;
  if (expected.created > 0) {
    const result = await sql`
      INSERT INTO observations (region_id, indicator_id, quarter, value, numerator,
                                denominator, note, updated_by)
      SELECT s.region_id, s.indicator_id, s.quarter, s.value, s.numerator, s.denominator,
             s.note, ${options.user}
      FROM import_stage s
      WHERE NOT EXISTS (SELECT FROM observations o WHERE o.indicator_id = s.indicator_id
                          AND o.region_id = s.region_id AND o.quarter = s.quarter)`.execute(trx);
    created = Number(result.numAffectedRows ?? 0);
  }
  return { created, updated };
}

/**
 * Whether no cell of these regions, indicators and quarters is stored: then an import's cells
 * are all new and `insertFreshCells` writes them without staging. A cross product of the
 * three lists, so a "no" may be cautious (the staged path then sorts it out); a "yes" is sure.
 */
export async function noCellStored(trx: DbOrTrx, cells: CellColumns): Promise<boolean> {
  const n = cells.length;
  if (n === 0) return false;
  const distinct = (values: ArrayLike<number | string>) =>
    arrayLiteral([...new Set(Array.from(values).slice(0, n))]);
  const { rows } = await sql<{ stored: boolean }>`
    SELECT EXISTS (SELECT 1 FROM observations
                   WHERE quarter = ANY(${distinct(cells.quarter)}::text[])
                     AND region_id = ANY(${distinct(cells.regionId)}::int[])
                     AND indicator_id = ANY(${distinct(cells.indicatorId)}::int[])) AS stored`.execute(
    trx,
  );
  return rows[0]?.stored === false;
}

/**
 * Writes cells none of which is stored (`noCellStored` said so) as `writeStagedCells` would:
 * COPYed straight into observations — the same batched insert as a bare COPY, no staging
 * table, no anti-join, each parent region and indicator checked once rather than per row
 * (`copyWithParentsLocked`) — and logged compactly (version 0, no old figure). A cell someone
 * else stored since the check makes the COPY fail on the primary key; the savepoint undoes it
 * and StaleObservationError names their cells (the caller's transaction rolls back).
 */
export async function insertFreshCells(
  trx: DbOrTrx,
  cells: CellColumns,
  options: WriteOptions,
): Promise<void> {
  const n = cells.length;
  if (n === 0) return;
  await sizeWorkMem(trx, n);
  const distinct = (ids: Int32Array) => [...new Set(ids.subarray(0, n))];
  await sql`SAVEPOINT import_write`.execute(trx);
  try {
    await copyWithParentsLocked(trx, distinct(cells.regionId), distinct(cells.indicatorId), () =>
      copyRows(
        trx,
        `COPY observations (region_id, indicator_id, quarter, value, numerator, denominator,
           note, updated_by) FROM STDIN WITH (FORMAT csv)`,
        freshCsv(cells, options.user),
      ).then(() => {}),
    );
  } catch (error) {
    if ((error as { code?: string }).code !== '23505') throw error;
    await sql`ROLLBACK TO SAVEPOINT import_write`.execute(trx);
    const keys: CellKey[] = [];
    for (let i = 0; i < n; i++)
      keys.push({
        regionId: cells.regionId[i]!,
        indicatorId: cells.indicatorId[i]!,
        quarter: cells.quarter[i]!,
      });
    const now = await lockObservations(trx, keys);
    if (now.size === 0) throw error;
    throw new StaleObservationError(
      [...now.values()].map((current) => ({ current, expectedVersion: 0 })),
    );
  }
  const { rows } = await sql<{ id: string }>`
    INSERT INTO import_batches (user_name, channel, created, updated)
    VALUES (${options.user}, ${options.channel}, ${n}, 0)
    RETURNING id`.execute(trx);
  await copyRows(
    trx,
    `COPY import_cell_changes (batch_id, region_id, indicator_ids, quarters, old_versions,
       old_values, old_numerators, old_denominators, old_notes, new_values, new_numerators,
       new_denominators, new_notes) FROM STDIN WITH (FORMAT csv)`,
    freshLogCsv(cells, rows[0]!.id),
  );
}

/**
 * The compact log of fresh cells as CSV for COPY: per region one row of array literals, the
 * "before" arrays empty — unnested beside the others they read as version 0 and no old
 * figure for each cell (`listImportedChanges`), without sending and storing five arrays of
 * zeros and nulls. Built here rather than grouped from unnested arrays in SQL, which took a
 * second per 100,000 cells.
 */
function freshLogCsv(cells: CellColumns, batchId: string): string {
  const byRegion = new Map<number, number[]>();
  for (let i = 0; i < cells.length; i++) {
    const list = byRegion.get(cells.regionId[i]!);
    if (list) list.push(i);
    else byRegion.set(cells.regionId[i]!, [i]);
  }
  const field = (literal: string) => `"${literal.replace(/"/g, '""')}"`;
  const num = (x: number) => (Number.isNaN(x) ? null : x);
  const lines: string[] = [];
  for (const [regionId, at] of byRegion) {
    const none = '{}';
    const numbers = (column: Float64Array) => field(arrayLiteral(at.map((i) => num(column[i]!))));
    lines.push(
      [
        batchId,
        regionId,
        field(arrayLiteral(at.map((i) => cells.indicatorId[i]!))),
        field(arrayLiteral(at.map((i) => cells.quarter[i]!))),
        none,
        none,
        none,
        none,
        none,
        numbers(cells.value),
        numbers(cells.numerator),
        numbers(cells.denominator),
        field(textArrayLiteral(at.map((i) => cells.note[i] ?? null))),
      ].join(','),
    );
  }
  lines.push('');
  return lines.join('\n');
}

/** The cells as CSV rows of observations' columns, as `stageCsv` writes them. */
function freshCsv(cells: CellColumns, user: string): Iterable<string> {
  const num = (x: number) => (Number.isNaN(x) ? '' : String(x));
  const quoted = (t: string) => `"${t.replace(/"/g, '""')}"`;
  const by = quoted(user);
  return csvPieces(cells.length, (i) => {
    const note = cells.note[i];
    return (
      `${cells.regionId[i]},${cells.indicatorId[i]},${cells.quarter[i]},` +
      `${num(cells.value[i]!)},${num(cells.numerator[i]!)},${num(cells.denominator[i]!)},` +
      `${note === null || note === undefined ? '' : quoted(note)},${by}`
    );
  });
}

/**
 * Inserts cells that must not exist yet (the first-start demo), through the import's staged
 * write: one change-log row each, and StaleObservationError naming any that someone stored
 * first. Run in a transaction.
 */
export async function insertNewCells(
  trx: DbOrTrx,
  cells: readonly (CellKey & Figure)[],
  options: WriteOptions,
): Promise<void> {
  const columns = cellColumns(cells.length);
  const orNaN = (n: number | null) => (n === null ? NaN : n);
  for (const [i, c] of cells.entries()) {
    columns.regionId[i] = c.regionId;
    columns.indicatorId[i] = c.indicatorId;
    columns.quarter[i] = c.quarter;
    columns.value[i] = orNaN(c.value);
    columns.numerator[i] = orNaN(c.numerator);
    columns.denominator[i] = orNaN(c.denominator);
    columns.note[i] = c.note || null;
  }
  columns.length = cells.length;
  const { version } = await stageCells(trx, columns);
  const stored = cells.filter((_, i) => version[i] !== 0);
  if (stored.length > 0) {
    const now = await lockObservations(trx, stored);
    throw new StaleObservationError(
      [...now.values()].map((current) => ({ current, expectedVersion: 0 })),
    );
  }
  await writeStagedCells(
    trx,
    { created: cells.length, updated: 0, createdKeys: () => [...cells] },
    options,
  );
}
