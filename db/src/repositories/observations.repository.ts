import { sql } from 'kysely';
import {
  type Figure,
  type Observation,
  observationKey,
} from '@targetboard/shared/api/observations.schema';
import type { DbOrTrx } from '../database';
import type { ChangeLogTable } from '../tables/change-log.table';
import type { ObservationRow } from '../tables/observations.table';
import { appendChanges, type ChangeEntry } from './change-log.repository';

export function rowToObservation(row: ObservationRow): Observation {
  return {
    indicatorId: row.indicator_id,
    regionId: row.region_id,
    quarter: row.quarter,
    value: row.value,
    numerator: row.numerator,
    denominator: row.denominator,
    note: row.note,
    version: row.version,
    updatedBy: row.updated_by,
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

export interface CellKey {
  regionId: number;
  indicatorId: number;
  quarter: string;
}

export const cellKey = (k: CellKey) => observationKey(k.regionId, k.indicatorId, k.quarter);

/** The stored figure of an observation, as the change log records it. */
export const figureOf = (o: Figure): Figure => ({
  value: o.value,
  numerator: o.numerator,
  denominator: o.denominator,
  note: o.note,
});

/** Same value, numerator, denominator and note (empty note = none). */
export function sameFigure(a: Figure, b: Figure): boolean {
  return (
    a.value === b.value &&
    a.numerator === b.numerator &&
    a.denominator === b.denominator &&
    (a.note || null) === (b.note || null)
  );
}

/** Every observation of these regions in these quarters. */
export async function listObservations(
  db: DbOrTrx,
  regionIds: readonly number[],
  quarters: readonly string[],
): Promise<Observation[]> {
  if (regionIds.length === 0 || quarters.length === 0) return [];
  const rows = await db
    .selectFrom('observations')
    .selectAll()
    .where('region_id', '=', sql<number>`ANY(${[...regionIds]}::int[])`)
    .where('quarter', '=', sql<string>`ANY(${[...quarters]}::text[])`)
    .execute();
  return rows.map(rowToObservation);
}

/** Reads and row-locks (FOR UPDATE) the cells that exist among `keys`, by `cellKey`. */
export async function lockObservations(
  trx: DbOrTrx,
  keys: readonly CellKey[],
): Promise<Map<string, Observation>> {
  const found = new Map<string, Observation>();
  if (keys.length === 0) return found;
  const { rows } = await sql<ObservationRow>`
    SELECT o.* FROM observations o
    JOIN unnest(${keys.map((k) => k.regionId)}::int[], ${keys.map((k) => k.indicatorId)}::int[],
                ${keys.map((k) => k.quarter)}::text[]) AS k(region_id, indicator_id, quarter)
      ON o.region_id = k.region_id AND o.indicator_id = k.indicator_id AND o.quarter = k.quarter
    FOR UPDATE OF o`.execute(trx);
  for (const row of rows) {
    const o = rowToObservation(row);
    found.set(cellKey(o), o);
  }
  return found;
}

/** A cell to write: its new figure and the version the writer read (0: it had none). */
export interface CellWrite extends CellKey, Figure {
  expectedVersion: number;
}

/** Thrown inside a transaction when a cell's version moved on: the caller's writes roll back. */
export class StaleObservationError extends Error {
  constructor(readonly conflicts: { current: Observation; expectedVersion: number }[]) {
    super(`${conflicts.length} observation(s) were changed by someone else`);
  }
}

export interface WriteOptions {
  user: string;
  channel: ChangeLogTable['channel'];
}

/**
 * Saves cells with optimistic concurrency: every cell must still be at the version it was
 * read at, else StaleObservationError lists each conflicting cell as it stands now and
 * nothing is written (run it in a transaction). A cell whose figure equals the stored one is
 * not written and keeps its version. Every write appends old → new to the change log.
 */
export async function saveObservations(
  trx: DbOrTrx,
  writes: readonly CellWrite[],
  options: WriteOptions,
): Promise<{ saved: Observation[]; unchanged: number }> {
  const current = await lockObservations(trx, writes);
  const conflicts: { current: Observation; expectedVersion: number }[] = [];
  const changed: CellWrite[] = [];
  for (const w of writes) {
    const now = current.get(cellKey(w));
    if (now && sameFigure(now, w)) continue; // someone saved the same figure: no conflict
    if ((now?.version ?? 0) !== w.expectedVersion) {
      if (now) conflicts.push({ current: now, expectedVersion: w.expectedVersion });
      else conflicts.push({ current: emptyCell(w), expectedVersion: w.expectedVersion });
      continue;
    }
    changed.push(w);
  }
  if (conflicts.length > 0) throw new StaleObservationError(conflicts);
  const saved: Observation[] = [];
  for (const w of changed) {
    const row =
      w.expectedVersion === 0
        ? await trx
            .insertInto('observations')
            .values({ ...columnsOf(w), updated_by: options.user })
            .onConflict((oc) => oc.doNothing())
            .returningAll()
            .executeTakeFirst()
        : await trx
            .updateTable('observations')
            .set({
              ...figureColumns(w),
              version: sql`version + 1`,
              updated_by: options.user,
              updated_at: sql`now()`,
            })
            .where('region_id', '=', w.regionId)
            .where('indicator_id', '=', w.indicatorId)
            .where('quarter', '=', w.quarter)
            .where('version', '=', w.expectedVersion)
            .returningAll()
            .executeTakeFirst();
    if (!row) {
      // Inserted by someone else since we looked (new cells cannot be row-locked).
      const [now] = (await lockObservations(trx, [w])).values();
      throw new StaleObservationError([
        { current: now ?? emptyCell(w), expectedVersion: w.expectedVersion },
      ]);
    }
    saved.push(rowToObservation(row));
  }
  await appendChanges(trx, changeEntries(changed, current, saved, options));
  return { saved, unchanged: writes.length - changed.length };
}

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

// `sameFigure` in SQL, for a stored row `o` and a staged row `s` (empty note = none).
const SAME_FIGURE = sql`(o.value IS NOT DISTINCT FROM s.value
  AND o.numerator IS NOT DISTINCT FROM s.numerator
  AND o.denominator IS NOT DISTINCT FROM s.denominator
  AND nullif(o.note, '') IS NOT DISTINCT FROM nullif(s.note, ''))`;

/**
 * Set-based import, step 1: copies the cells into `import_stage`, a temporary table of the
 * transaction (dropped at commit or rollback), and row-locks (FOR UPDATE) the stored cells
 * among them, answering for each cell its stored version and whether its figure is unchanged.
 * Run in a transaction; then `writeStagedCells` writes what differs.
 */
export async function stageCells(trx: DbOrTrx, cells: CellColumns): Promise<StagedState> {
  const n = cells.length;
  const state: StagedState = { version: new Int32Array(n), same: new Uint8Array(n) };
  await sql`CREATE TEMPORARY TABLE import_stage (
      i integer NOT NULL, region_id integer NOT NULL, indicator_id integer NOT NULL,
      quarter text NOT NULL, value float8, numerator float8, denominator float8, note text
    ) ON COMMIT DROP`.execute(trx);
  if (n === 0) return state;
  // Arrays as literal text, built by the typed arrays' own join (NaN for empty, turned into
  // NULL here): the driver's array encoding escapes element by element, which dominates at a
  // million cells.
  const joined = (a: Int32Array | Float64Array) => `{${a.subarray(0, n).join(',')}}`;
  await sql`
    INSERT INTO import_stage
    SELECT (k.i - 1)::int, k.region_id, k.indicator_id, k.quarter, nullif(k.value, 'NaN'),
           nullif(k.numerator, 'NaN'), nullif(k.denominator, 'NaN'), k.note
    FROM unnest(${joined(cells.regionId)}::int[], ${joined(cells.indicatorId)}::int[],
                ${`{${cells.quarter.slice(0, n).join(',')}}`}::text[],
                ${joined(cells.value)}::float8[], ${joined(cells.numerator)}::float8[],
                ${joined(cells.denominator)}::float8[],
                ${textArrayLiteral(cells.note.slice(0, n))}::text[])
      WITH ORDINALITY AS k(region_id, indicator_id, quarter, value, numerator, denominator, note, i)
  `.execute(trx);
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
 * Set-based import, step 2: in one statement, inserts the staged cells that are not stored,
 * updates (version + 1) those whose figure differs, and appends one change-log row per
 * written cell — old → new as `{ value, numerator, denominator, note, version }` built in
 * SQL, the shape `saveObservations` logs. Stored cells were locked by `stageCells`; a
 * cell inserted by someone else since then makes the counts differ from `expected`, and
 * StaleObservationError names those cells (the caller's transaction rolls back).
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
  let written;
  try {
    written = await sql<{ created: number; updated: number }>`
    WITH inserted AS (
      INSERT INTO observations AS o (region_id, indicator_id, quarter, value, numerator,
                                     denominator, note, updated_by)
      SELECT s.region_id, s.indicator_id, s.quarter, s.value, s.numerator, s.denominator,
             s.note, ${options.user}
      FROM import_stage s
      WHERE NOT EXISTS (SELECT FROM observations o WHERE o.indicator_id = s.indicator_id
                          AND o.region_id = s.region_id AND o.quarter = s.quarter)
      RETURNING o.region_id, o.indicator_id, o.quarter, o.value, o.numerator, o.denominator,
                o.note, o.version
    ), updated AS (
      UPDATE observations w SET value = s.value, numerator = s.numerator,
        denominator = s.denominator, note = s.note, version = w.version + 1,
        updated_by = ${options.user}, updated_at = now()
      FROM import_stage s
      JOIN observations o ON o.indicator_id = s.indicator_id AND o.region_id = s.region_id
                          AND o.quarter = s.quarter
      WHERE w.indicator_id = s.indicator_id AND w.region_id = s.region_id
        AND w.quarter = s.quarter AND w.version = o.version AND NOT ${SAME_FIGURE}
      RETURNING w.region_id, w.indicator_id, w.quarter, w.value, w.numerator, w.denominator,
                w.note, w.version, o.value AS old_value, o.numerator AS old_numerator,
                o.denominator AS old_denominator, o.note AS old_note, o.version AS old_version
    ), logged AS (
      INSERT INTO change_log (entity, entity_key, old_value, new_value, user_name, channel, note)
      SELECT 'observation', region_id::text || ':' || indicator_id::text || ':' || quarter,
             CASE WHEN old_version IS NOT NULL THEN jsonb_build_object('value', old_value,
               'numerator', old_numerator, 'denominator', old_denominator, 'note', old_note,
               'version', old_version) END,
             jsonb_build_object('value', value, 'numerator', numerator,
               'denominator', denominator, 'note', note, 'version', version),
             ${options.user}, ${options.channel}, note
      FROM (SELECT region_id, indicator_id, quarter, value, numerator, denominator, note,
                   version, NULL::float8 AS old_value, NULL::float8 AS old_numerator,
                   NULL::float8 AS old_denominator, NULL::text AS old_note,
                   NULL::int AS old_version
            FROM inserted
            UNION ALL
            SELECT * FROM updated) AS x
      RETURNING old_value IS NULL AS created
    )
    SELECT count(*) FILTER (WHERE created)::int AS created,
           count(*) FILTER (WHERE NOT created)::int AS updated
    FROM logged`.execute(trx);
  } catch (error) {
    if ((error as { code?: string }).code !== '23505') throw error;
  }
  const counts = written?.rows[0];
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

/** The stored values of those of `keys` that exist (no lock). */
export async function findStoredValues(
  db: DbOrTrx,
  keys: readonly CellKey[],
): Promise<(CellKey & { value: number | null })[]> {
  if (keys.length === 0) return [];
  const { rows } = await sql<CellKey & { value: number | null }>`
    SELECT o.region_id AS "regionId", o.indicator_id AS "indicatorId", o.quarter, o.value
    FROM observations o
    JOIN unnest(${arrayLiteral(keys.map((k) => k.regionId))}::int[],
                ${arrayLiteral(keys.map((k) => k.indicatorId))}::int[],
                ${arrayLiteral(keys.map((k) => k.quarter))}::text[])
      AS k(region_id, indicator_id, quarter)
      ON o.region_id = k.region_id AND o.indicator_id = k.indicator_id
     AND o.quarter = k.quarter`.execute(db);
  return rows;
}

/** A PostgreSQL array literal of numbers or plain tokens (no quoting needed); null → NULL. */
function arrayLiteral(values: readonly (number | string | null)[]): string {
  return `{${values.map((v) => (v === null ? 'NULL' : v)).join(',')}}`;
}

/** A PostgreSQL array literal of arbitrary text (quoted, `"` and `\` escaped); null → NULL. */
function textArrayLiteral(values: readonly (string | null)[]): string {
  return `{${values
    .map((v) => (v === null ? 'NULL' : `"${v.replace(/["\\]/g, '\\$&')}"`))
    .join(',')}}`;
}

function figureColumns(f: Figure) {
  return {
    value: f.value,
    numerator: f.numerator,
    denominator: f.denominator,
    note: f.note || null,
  };
}

function columnsOf(w: CellWrite) {
  return {
    region_id: w.regionId,
    indicator_id: w.indicatorId,
    quarter: w.quarter,
    ...figureColumns(w),
  };
}

function emptyCell(k: CellKey): Observation {
  return {
    ...k,
    value: null,
    numerator: null,
    denominator: null,
    note: null,
    version: 0,
    updatedBy: null,
    updatedAt: new Date(0).toISOString(),
  };
}

function changeEntries(
  changed: readonly CellWrite[],
  before: ReadonlyMap<string, Observation>,
  after: readonly Observation[],
  options: WriteOptions,
): ChangeEntry[] {
  return changed.map((w, i) => {
    const old = before.get(cellKey(w));
    const saved = after[i]!;
    return {
      entity: 'observation',
      key: cellKey(w),
      oldValue: old ? { ...figureOf(old), version: old.version } : null,
      newValue: { ...figureOf(saved), version: saved.version },
      user: options.user,
      channel: options.channel,
      note: saved.note,
    };
  });
}
