import type { StoredTarget } from '@targetboard/shared/api/documents.schema';
import { inferMeasure } from '@targetboard/shared/targets/measure';
import type { DbOrTrx } from '../database';
import type { Updateable } from 'kysely';
import type { TargetRow, TargetsTable } from '../tables/targets.table';

function rowToTarget(row: TargetRow & { matched_region?: string | null }): StoredTarget {
  return {
    id: row.id,
    documentId: row.document_id,
    indicator: row.indicator_name,
    indicatorId: row.indicator_id,
    regionId: row.region_id,
    region: row.matched_region ?? row.region_name,
    scope: row.scope,
    year: row.year,
    comparator: row.comparator,
    value: row.value,
    valueMax: row.value_max,
    unit: row.unit,
    tolerance: row.tolerance,
    kind: row.kind,
    direction: row.direction,
    measure: row.measure,
    confidence: row.confidence,
    start: row.source_start,
    end: row.source_end,
    quote: row.quote,
    state: row.state,
    version: row.version,
  };
}

export type NewTarget = Omit<
  StoredTarget,
  'id' | 'state' | 'version' | 'suggestions' | 'region' | 'measure'
> & {
  region: string | null;
  /** Inferred from kind and unit when not given. */
  measure?: StoredTarget['measure'];
  state?: StoredTarget['state'];
};

function toRow(t: NewTarget) {
  return {
    indicator_id: t.indicatorId,
    indicator_name: t.indicator,
    region_id: t.regionId,
    region_name: t.region,
    scope: t.scope,
    year: t.year,
    comparator: t.comparator,
    value: t.value,
    value_max: t.valueMax,
    unit: t.unit,
    tolerance: t.tolerance,
    kind: t.kind,
    direction: t.direction,
    measure: t.measure ?? inferMeasure(t.kind, t.unit),
    confidence: t.confidence,
    document_id: t.documentId,
    source_start: t.start,
    source_end: t.end,
    quote: t.quote,
    ...(t.state && { state: t.state }),
  };
}

export async function insertTargets(db: DbOrTrx, targets: NewTarget[]): Promise<StoredTarget[]> {
  if (targets.length === 0) return [];
  const rows = await db.insertInto('targets').values(targets.map(toRow)).returningAll().execute();
  return rows.map((r) => rowToTarget(r));
}

function selectTargets(db: DbOrTrx) {
  return db
    .selectFrom('targets')
    .leftJoin('regions', 'regions.id', 'targets.region_id')
    .selectAll('targets')
    .select('regions.name as matched_region');
}

export async function listDocumentTargets(
  db: DbOrTrx,
  documentId: number,
): Promise<StoredTarget[]> {
  const rows = await selectTargets(db)
    .where('targets.document_id', '=', documentId)
    .orderBy('targets.source_start')
    .orderBy('targets.id')
    .execute();
  return rows.map(rowToTarget);
}

export interface TargetFilter {
  regionId?: number | undefined;
  year?: number | undefined;
  indicatorId?: number | undefined;
  state?: StoredTarget['state'] | undefined;
  /** Only targets of these regions (a reader's scope); null means no limit. */
  regionIds?: number[] | null | undefined;
}

export async function listTargets(db: DbOrTrx, filter: TargetFilter): Promise<StoredTarget[]> {
  let query = selectTargets(db).where('targets.state', '=', filter.state ?? 'confirmed');
  if (filter.regionId !== undefined) query = query.where('targets.region_id', '=', filter.regionId);
  if (filter.year !== undefined) query = query.where('targets.year', '=', filter.year);
  if (filter.indicatorId !== undefined)
    query = query.where('targets.indicator_id', '=', filter.indicatorId);
  if (filter.regionIds) {
    const ids = filter.regionIds;
    query = query.where((eb) => (ids.length ? eb('targets.region_id', 'in', ids) : eb.val(false)));
  }
  const rows = await query
    .orderBy('targets.year', 'desc')
    .orderBy('targets.indicator_name')
    .orderBy('targets.id')
    .limit(5000)
    .execute();
  return rows.map(rowToTarget);
}

export async function findTarget(db: DbOrTrx, id: number): Promise<StoredTarget | null> {
  const row = await selectTargets(db).where('targets.id', '=', id).executeTakeFirst();
  return row ? rowToTarget(row) : null;
}

export type TargetChanges = Partial<
  Omit<NewTarget, 'documentId' | 'start' | 'end' | 'quote' | 'confidence' | 'region'>
>;

/** Applies the changes when `version` is current; null when stale or missing. */
export async function updateTarget(
  db: DbOrTrx,
  id: number,
  version: number,
  changes: TargetChanges,
): Promise<StoredTarget | null> {
  const set: Updateable<TargetsTable> = {};
  if (changes.indicator !== undefined) set.indicator_name = changes.indicator;
  if (changes.indicatorId !== undefined) set.indicator_id = changes.indicatorId;
  if (changes.regionId !== undefined) set.region_id = changes.regionId;
  if (changes.scope !== undefined) set.scope = changes.scope;
  if (changes.year !== undefined) set.year = changes.year;
  if (changes.comparator !== undefined) set.comparator = changes.comparator;
  if (changes.value !== undefined) set.value = changes.value;
  if (changes.valueMax !== undefined) set.value_max = changes.valueMax;
  if (changes.unit !== undefined) set.unit = changes.unit;
  if (changes.tolerance !== undefined) set.tolerance = changes.tolerance;
  if (changes.kind !== undefined) set.kind = changes.kind;
  if (changes.direction !== undefined) set.direction = changes.direction;
  if (changes.measure !== undefined) set.measure = changes.measure;
  if (changes.state !== undefined) set.state = changes.state;
  const result = await db
    .updateTable('targets')
    .set((eb) => ({ ...set, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n ? findTarget(db, id) : null;
}

/** Other confirmed targets with the same indicator, region, year and scope: a conflict to resolve. */
export async function findConfirmedTwins(
  db: DbOrTrx,
  target: StoredTarget,
): Promise<StoredTarget[]> {
  if (target.indicatorId === null || target.regionId === null) return [];
  let query = selectTargets(db)
    .where('targets.state', '=', 'confirmed')
    .where('targets.id', '!=', target.id)
    .where('targets.indicator_id', '=', target.indicatorId)
    .where('targets.region_id', '=', target.regionId);
  query =
    target.year === null
      ? query.where('targets.year', 'is', null)
      : query.where('targets.year', '=', target.year);
  query =
    target.scope === null
      ? query.where('targets.scope', 'is', null)
      : query.where('targets.scope', '=', target.scope);
  return (await query.execute()).map(rowToTarget);
}

/** Years that have confirmed targets (newest first), optionally for one indicator and within some regions. */
export async function listTargetYears(
  db: DbOrTrx,
  filter: { indicatorId?: number | undefined; regionIds?: number[] | null },
): Promise<number[]> {
  let query = db
    .selectFrom('targets')
    .select('year')
    .distinct()
    .where('state', '=', 'confirmed')
    .where('year', 'is not', null);
  if (filter.indicatorId !== undefined)
    query = query.where('indicator_id', '=', filter.indicatorId);
  if (filter.regionIds) {
    const ids = filter.regionIds;
    query = query.where((eb) => (ids.length ? eb('region_id', 'in', ids) : eb.val(false)));
  }
  const rows = await query.orderBy('year', 'desc').execute();
  return rows.map((r) => r.year!);
}

/** How many confirmed targets each year has within some regions (null: all), newest year first. */
export async function countTargetsByYear(
  db: DbOrTrx,
  regionIds: number[] | null,
): Promise<{ year: number; targets: number }[]> {
  let query = db
    .selectFrom('targets')
    .select((eb) => ['year', eb.fn.countAll<number>().as('n')])
    .where('state', '=', 'confirmed')
    .where('year', 'is not', null)
    .groupBy('year');
  if (regionIds)
    query = query.where((eb) =>
      regionIds.length ? eb('region_id', 'in', regionIds) : eb.val(false),
    );
  const rows = await query.orderBy('year', 'desc').execute();
  return rows.map((r) => ({ year: r.year!, targets: Number(r.n) }));
}
