import { sql } from 'kysely';
import {
  type Figure,
  type Observation,
  observationKey,
} from '@targetboard/shared/api/observations.schema';
import { figureOf, sameFigure } from '@targetboard/shared/figures/same-figure';
import type { DbOrTrx } from '../database';
import { arrayLiteral } from '../sql-literals';
import type { ChangeLogTable } from '../tables/change-log.table';
import type { ObservationRow } from '../tables/observations.table';
import { appendChanges, type ChangeEntry } from './change-log.repository';

// Observations cell by cell: reads, row locks, and the plain optimistic write of the forms.
// Large imports write set-based through observations-staged.repository.ts.

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

/** The stored values of those of `keys` that exist (no lock). */
export async function findStoredValues(
  db: DbOrTrx,
  keys: readonly CellKey[],
): Promise<(CellKey & { value: number | null })[]> {
  if (keys.length === 0) return [];
  if (keys.length >= 1_000 && !(await anyStoredAmong(db, keys))) return [];
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

/**
 * Whether any cell of the keys' regions × indicators × quarters is stored: one probe of the
 * index, where joining many keys (an import's history, all before its first quarter) reads
 * each. A "yes" may be cautious; a "no" is sure.
 */
async function anyStoredAmong(db: DbOrTrx, keys: readonly CellKey[]): Promise<boolean> {
  const distinct = <T extends string | number>(of: (k: CellKey) => T) => [...new Set(keys.map(of))];
  return anyStoredIn(
    db,
    distinct((k) => k.regionId),
    distinct((k) => k.indicatorId),
    distinct((k) => k.quarter),
  );
}

/**
 * Whether any figure is stored for one of these regions × indicators × quarters: one probe of
 * the index. A "yes" may be cautious (the cross product is wider than the cells asked about);
 * a "no" is sure.
 */
export async function anyStoredIn(
  db: DbOrTrx,
  regionIds: readonly number[],
  indicatorIds: readonly number[],
  quarters: readonly string[],
): Promise<boolean> {
  if (regionIds.length === 0 || indicatorIds.length === 0 || quarters.length === 0) return false;
  const { rows } = await sql<{ stored: boolean }>`
    SELECT EXISTS (SELECT 1 FROM observations
                   WHERE quarter = ANY(${arrayLiteral(quarters)}::text[])
                     AND region_id = ANY(${arrayLiteral(regionIds)}::int[])
                     AND indicator_id = ANY(${arrayLiteral(indicatorIds)}::int[])) AS stored`.execute(
    db,
  );
  return rows[0]?.stored !== false;
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
