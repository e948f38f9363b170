import { sql } from 'kysely';
import type { ApplicableTarget, EntryIndicator } from '@targetboard/shared/api/observations.schema';
import { targetConflict } from '@targetboard/shared/targets/target-conflict';
import type { DbOrTrx } from '../database';
import type { IndicatorRow } from '../tables/indicators.table';
import type { TargetRow } from '../tables/targets.table';
import { applicableTargetCtes } from './applicable-target.query';

export interface ApplicableIndicator {
  indicator: EntryIndicator;
  target: ApplicableTarget;
}

type Applicable = Pick<
  TargetRow,
  | 'id'
  | 'indicator_id'
  | 'comparator'
  | 'value'
  | 'value_max'
  | 'tolerance'
  | 'unit'
  | 'year'
  | 'scope'
  | 'measure'
  | 'document_id'
  | 'quote'
> & { region_id: number; region_name: string; depth: number; twins: number };

export function rowToEntryIndicator(
  row: Pick<IndicatorRow, 'id' | 'name' | 'unit' | 'direction' | 'kind' | 'allow_negative'>,
): EntryIndicator {
  return {
    id: row.id,
    name: row.name,
    unit: row.unit,
    direction: row.direction,
    kind: row.kind,
    allowNegative: row.allow_negative,
  };
}

/**
 * The targets that apply to a region in a year, one per indicator, by `applicableTargetCtes`:
 * the region's own confirmed target, else the nearest ancestor's intensive one (marked
 * `inheritedFrom`), each with the year it was set for. Ordered by indicator name.
 */
export async function findApplicableTargets(
  db: DbOrTrx,
  regionId: number,
  year: number,
): Promise<ApplicableIndicator[]> {
  // Confirmed twins (same region, indicator, year and scope) leave the rule undecided.
  const { rows } = await sql<Applicable>`
    WITH RECURSIVE ${applicableTargetCtes({ regionIds: [regionId], years: [year] })}
    SELECT t.id, t.indicator_id, t.comparator, t.value, t.value_max, t.tolerance, t.unit, t.year,
           t.scope, t.measure, t.document_id, t.quote, r.id AS region_id, r.name AS region_name,
           a.depth,
           (SELECT count(*) FROM targets w
            WHERE w.state = 'confirmed' AND w.id <> t.id AND w.indicator_id = t.indicator_id
              AND w.region_id = t.region_id AND w.year IS NOT DISTINCT FROM t.year
              AND w.scope IS NOT DISTINCT FROM t.scope)::int AS twins
    FROM applicable a
    JOIN targets t ON t.id = a.id
    JOIN regions r ON r.id = t.region_id`.execute(db);
  if (rows.length === 0) return [];
  const chosen = new Map(rows.map((t) => [t.indicator_id!, t]));
  const indicators = await db
    .selectFrom('indicators')
    .select(['id', 'name', 'unit', 'direction', 'kind', 'allow_negative'])
    .where('id', 'in', [...chosen.keys()])
    .orderBy('name')
    .execute();
  return indicators.map((ind) => {
    const t = chosen.get(ind.id)!;
    return {
      indicator: rowToEntryIndicator(ind),
      target: {
        id: t.id,
        indicatorId: ind.id,
        comparator: t.comparator,
        value: t.value,
        valueMax: t.value_max,
        tolerance: t.tolerance,
        unit: t.unit,
        year: t.year,
        measure: t.measure,
        regionId: t.region_id,
        inheritedFrom:
          Number(t.depth) === 0 ? null : { regionId: t.region_id, name: t.region_name },
        source: t.document_id === null ? null : { documentId: t.document_id, quote: t.quote },
        conflict: targetConflict(t, ind.unit, Number(t.twins)),
      },
    };
  });
}

/** Every indicator of the catalogue, for resolving an import's indicator column by name or id. */
export async function listIndicators(
  db: DbOrTrx,
): Promise<(EntryIndicator & { synonyms: string[] })[]> {
  const rows = await db
    .selectFrom('indicators')
    .select(['id', 'name', 'unit', 'direction', 'kind', 'allow_negative', 'synonyms'])
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ ...rowToEntryIndicator(r), synonyms: r.synonyms }));
}
