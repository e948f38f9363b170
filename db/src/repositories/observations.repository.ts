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

/** Rows per statement for bulk writes: arrays, so no parameter limit applies. */
const BULK_BATCH = 10_000;
const LOG_BATCH = 4_000;

/**
 * Writes many cells in large batches (UPDATE … FROM unnest, INSERT … SELECT FROM unnest),
 * with the same version rule as `saveObservations`: callers lock the current rows first
 * (`lockObservations`) in the same transaction, and a cell that moved on meanwhile throws
 * StaleObservationError. Unchanged cells must be filtered out by the caller.
 */
export async function bulkWriteObservations(
  trx: DbOrTrx,
  writes: readonly CellWrite[],
  before: ReadonlyMap<string, Observation>,
  options: WriteOptions,
): Promise<void> {
  const updates = writes.filter((w) => w.expectedVersion > 0);
  const inserts = writes.filter((w) => w.expectedVersion === 0);
  for (let i = 0; i < updates.length; i += BULK_BATCH) {
    const batch = updates.slice(i, i + BULK_BATCH);
    const result = await sql`
      UPDATE observations o SET value = k.value, numerator = k.numerator,
        denominator = k.denominator, note = k.note, version = o.version + 1,
        updated_by = ${options.user}, updated_at = now()
      FROM ${unnestCells(batch, true)}
      WHERE o.region_id = k.region_id AND o.indicator_id = k.indicator_id
        AND o.quarter = k.quarter AND o.version = k.expected`.execute(trx);
    if (Number(result.numAffectedRows ?? 0) !== batch.length) await throwStale(trx, batch);
  }
  for (let i = 0; i < inserts.length; i += BULK_BATCH) {
    const batch = inserts.slice(i, i + BULK_BATCH);
    const result = await sql`
      INSERT INTO observations (region_id, indicator_id, quarter, value, numerator, denominator,
                                note, updated_by)
      SELECT k.region_id, k.indicator_id, k.quarter, k.value, k.numerator, k.denominator, k.note,
             ${options.user}
      FROM ${unnestCells(batch, false)}
      ON CONFLICT DO NOTHING`.execute(trx);
    if (Number(result.numAffectedRows ?? 0) !== batch.length) await throwStale(trx, batch);
  }
  const entries = writes.map((w) => {
    const old = before.get(cellKey(w));
    return {
      entity: 'observation' as const,
      key: cellKey(w),
      oldValue: old ? { ...figureOf(old), version: old.version } : null,
      newValue: { ...figureOf(w), version: w.expectedVersion + 1 },
      user: options.user,
      channel: options.channel,
      note: w.note,
    };
  });
  for (let i = 0; i < entries.length; i += LOG_BATCH)
    await appendChanges(trx, entries.slice(i, i + LOG_BATCH));
}

function unnestCells(batch: readonly CellWrite[], withExpected: boolean) {
  const base = sql`
    ${batch.map((w) => w.regionId)}::int[], ${batch.map((w) => w.indicatorId)}::int[],
    ${batch.map((w) => w.quarter)}::text[], ${batch.map((w) => w.value)}::float8[],
    ${batch.map((w) => w.numerator)}::float8[], ${batch.map((w) => w.denominator)}::float8[],
    ${batch.map((w) => w.note)}::text[]`;
  return withExpected
    ? sql`unnest(${base}, ${batch.map((w) => w.expectedVersion)}::int[])
        AS k(region_id, indicator_id, quarter, value, numerator, denominator, note, expected)`
    : sql`unnest(${base})
        AS k(region_id, indicator_id, quarter, value, numerator, denominator, note)`;
}

async function throwStale(trx: DbOrTrx, batch: readonly CellWrite[]): Promise<never> {
  const now = await lockObservations(trx, batch);
  const conflicts = batch
    .map((w) => ({ w, current: now.get(cellKey(w)) }))
    .filter(({ w, current }) => (current?.version ?? 0) !== w.expectedVersion)
    .map(({ w, current }) => ({
      current: current ?? emptyCell(w),
      expectedVersion: w.expectedVersion,
    }));
  throw new StaleObservationError(conflicts);
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
