import { sql } from 'kysely';
import type { ApplicableTarget, EntryIndicator } from '@targetboard/shared/api/observations.schema';
import { pickTargetForYear } from '@targetboard/shared/targets/pick-target';
import { targetConflict } from '@targetboard/shared/targets/target-conflict';
import type { DbOrTrx } from '../database';
import type { IndicatorRow } from '../tables/indicators.table';
import type { TargetRow } from '../tables/targets.table';

export interface ApplicableIndicator {
  indicator: EntryIndicator;
  target: ApplicableTarget;
}

type Candidate = Pick<
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
  | 'document_id'
  | 'quote'
> & { region_id: number; region_name: string; depth: number };

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
 * The targets that apply to a region in a year, one per indicator: the region's own confirmed
 * target, else the nearest ancestor's (walking regions.parent_id up to the root), marked
 * `inheritedFrom`. Within one region the year rule of `pickTargetForYear` chooses (that
 * year's, else the latest earlier, else a year-less one); a region whose targets all lie in
 * later years passes the question to its parent. Ordered by indicator name.
 */
export async function findApplicableTargets(
  db: DbOrTrx,
  regionId: number,
  year: number,
): Promise<ApplicableIndicator[]> {
  const { rows } = await sql<Candidate>`
    WITH RECURSIVE up(id, parent_id, depth) AS (
      SELECT id, parent_id, 0 FROM regions WHERE id = ${regionId}
      UNION ALL
      SELECT r.id, r.parent_id, up.depth + 1 FROM regions r JOIN up ON r.id = up.parent_id
      WHERE up.depth < 16
    )
    SELECT t.id, t.indicator_id, t.comparator, t.value, t.value_max, t.tolerance, t.unit, t.year,
           t.scope, t.document_id, t.quote, r.id AS region_id, r.name AS region_name, up.depth
    FROM up
    JOIN regions r ON r.id = up.id
    JOIN targets t ON t.region_id = up.id
    WHERE t.state = 'confirmed' AND t.indicator_id IS NOT NULL
      AND (t.year IS NULL OR t.year <= ${year})
    ORDER BY up.depth, t.id`.execute(db);

  const byIndicator = new Map<number, Map<number, Candidate[]>>();
  for (const row of rows) {
    const levels = byIndicator.get(row.indicator_id!) ?? new Map<number, Candidate[]>();
    levels.set(row.depth, [...(levels.get(row.depth) ?? []), row]);
    byIndicator.set(row.indicator_id!, levels);
  }
  const chosen = new Map<number, Candidate & { twins: number }>();
  for (const [indicatorId, levels] of byIndicator) {
    for (const depth of [...levels.keys()].sort((a, b) => a - b)) {
      const candidates = levels.get(depth)!;
      const step = pickTargetForYear(candidates, year);
      if (step) {
        // Confirmed twins (same region, year and scope) leave the rule undecided.
        const twins = candidates.filter(
          (c) =>
            c.id !== step.target.id && c.year === step.sourceYear && c.scope === step.target.scope,
        ).length;
        chosen.set(indicatorId, { ...step.target, year: step.sourceYear, twins });
        break;
      }
    }
  }
  if (chosen.size === 0) return [];
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
        regionId: t.region_id,
        inheritedFrom: t.depth === 0 ? null : { regionId: t.region_id, name: t.region_name },
        source: t.document_id === null ? null : { documentId: t.document_id, quote: t.quote },
        conflict: targetConflict(t, ind.unit, t.twins),
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
