import { sql } from 'kysely';
import type { Indicator } from '@targetboard/shared/api/indicators.schema';
import type { DbOrTrx } from '../database';
import type { IndicatorRow } from '../tables/indicators.table';

function rowToIndicator(
  row: IndicatorRow & { target_count?: number; observation_count?: number },
): Indicator {
  return {
    id: row.id,
    name: row.name,
    unit: row.unit,
    direction: row.direction,
    kind: row.kind,
    category: row.category,
    synonyms: row.synonyms,
    ...(row.target_count !== undefined && { targetCount: Number(row.target_count) }),
    ...(row.observation_count !== undefined && { observationCount: Number(row.observation_count) }),
  };
}

/** The whole catalogue with how many targets and figures use each indicator, by category then name. */
export async function listIndicators(db: DbOrTrx): Promise<Indicator[]> {
  const rows = await db
    .selectFrom('indicators')
    .selectAll()
    .select((eb) => [
      eb
        .selectFrom('targets')
        .whereRef('targets.indicator_id', '=', 'indicators.id')
        .select(eb.fn.countAll<number>().as('n'))
        .as('target_count'),
      eb
        .selectFrom('observations')
        .whereRef('observations.indicator_id', '=', 'indicators.id')
        .select(eb.fn.countAll<number>().as('n'))
        .as('observation_count'),
    ])
    .orderBy('category')
    .orderBy('name')
    .execute();
  return rows.map((r) =>
    rowToIndicator({
      ...r,
      target_count: r.target_count ?? 0,
      observation_count: r.observation_count ?? 0,
    }),
  );
}

/** Ids, names and synonyms only: what the matcher needs. */
export async function listIndicatorNames(
  db: DbOrTrx,
): Promise<{ id: number; name: string; synonyms: string[] }[]> {
  return db.selectFrom('indicators').select(['id', 'name', 'synonyms']).execute();
}

export async function findIndicatorById(db: DbOrTrx, id: number): Promise<Indicator | null> {
  const row = await db.selectFrom('indicators').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? rowToIndicator(row) : null;
}

export type IndicatorFields = Omit<Indicator, 'id' | 'targetCount' | 'observationCount'>;

export async function insertIndicator(db: DbOrTrx, fields: IndicatorFields): Promise<Indicator> {
  const row = await db
    .insertInto('indicators')
    .values({ ...fields, allow_negative: /增长/.test(fields.name) })
    .returningAll()
    .executeTakeFirstOrThrow();
  return rowToIndicator(row);
}

export async function updateIndicator(
  db: DbOrTrx,
  id: number,
  fields: Partial<IndicatorFields>,
): Promise<Indicator | null> {
  const row = await db
    .updateTable('indicators')
    .set(fields)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  return row ? rowToIndicator(row) : null;
}

/** Figures both indicators hold for the same region and quarter: a merge must not pick one silently. */
export async function findMergeClashes(
  db: DbOrTrx,
  fromId: number,
  intoId: number,
): Promise<{ regionId: number; quarter: string }[]> {
  const rows = await sql<{ region_id: number; quarter: string }>`
    SELECT a.region_id, a.quarter FROM observations a
    JOIN observations b ON b.region_id = a.region_id AND b.quarter = a.quarter AND b.indicator_id = ${intoId}
    WHERE a.indicator_id = ${fromId} ORDER BY a.region_id, a.quarter LIMIT 50`.execute(db);
  return rows.rows.map((r) => ({ regionId: r.region_id, quarter: r.quarter }));
}

/**
 * Moves every target and figure of `fromId` onto `intoId`, keeps the old name as a synonym,
 * and deletes `fromId`. Callers check `findMergeClashes` first, inside the same transaction.
 */
export async function mergeIndicatorInto(
  db: DbOrTrx,
  fromId: number,
  intoId: number,
): Promise<{ targets: number; observations: number }> {
  const from = await db
    .selectFrom('indicators')
    .select(['name', 'synonyms'])
    .where('id', '=', fromId)
    .executeTakeFirstOrThrow();
  const targets = await db
    .updateTable('targets')
    .set({ indicator_id: intoId })
    .where('indicator_id', '=', fromId)
    .executeTakeFirst();
  // A figure's key is never changed in place (migration 2026-12-06-2100): it moves by a
  // delete and an insert, in one statement, keeping its figure, version and author.
  const observations = await sql`
    WITH moved AS (DELETE FROM observations WHERE indicator_id = ${fromId} RETURNING *)
    INSERT INTO observations (indicator_id, region_id, quarter, value, numerator, denominator,
                              note, version, updated_by, updated_at)
    SELECT ${intoId}::int, region_id, quarter, value, numerator, denominator, note, version,
           updated_by, updated_at
    FROM moved`.execute(db);
  const into = await db
    .selectFrom('indicators')
    .select('synonyms')
    .where('id', '=', intoId)
    .executeTakeFirstOrThrow();
  const synonyms = [...new Set([...into.synonyms, from.name, ...from.synonyms])];
  await db.updateTable('indicators').set({ synonyms }).where('id', '=', intoId).execute();
  await db.deleteFrom('indicators').where('id', '=', fromId).execute();
  return {
    targets: Number(targets.numUpdatedRows),
    observations: Number(observations.numAffectedRows ?? 0),
  };
}

/** Appends `synonym` to the indicator's synonyms unless it is there or is the name; true when added. */
export async function addIndicatorSynonym(
  db: DbOrTrx,
  id: number,
  synonym: string,
): Promise<boolean> {
  const result = await db
    .updateTable('indicators')
    .set({ synonyms: sql<string[]>`array_append(synonyms, ${synonym}::text)` })
    .where('id', '=', id)
    .where('name', '<>', synonym)
    .where(sql<boolean>`NOT (${synonym}::text = ANY (synonyms))`)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
