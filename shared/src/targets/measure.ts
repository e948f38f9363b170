import type { TargetKind } from './vocabulary';

export const MEASURES = ['intensive', 'additive'] as const;

/**
 * How regions' values combine: an intensive figure (a rate, ratio, per-capita sum or standard)
 * is never summed across regions and its target holds in every sub-region; an additive one (a
 * count or money total) is the region's as a whole, summed from its sub-regions, and its target
 * is never pushed down to them.
 */
export type Measure = (typeof MEASURES)[number];

/**
 * The measure a target's kind and unit imply: counts are additive, rates intensive, money
 * additive when a total (万元, 亿元) and intensive otherwise (元 is usually per head: 人均筹资);
 * a reviewer corrects the rare wrong guess.
 */
export function inferMeasure(kind: TargetKind, unit: string): Measure {
  if (kind === 'count') return 'additive';
  if (kind === 'amount' && /[万亿]元$/.test(unit)) return 'additive';
  return 'intensive';
}

/**
 * The figures an additive target is judged on: per quarter the region's own figure, else the
 * sum of its direct sub-regions' reported figures for that quarter (`subRegionSums`, already
 * summed; null when none reported). An intensive target reads only the region's own figures.
 * The dashboard's SQL repeats this rule; `applicable-target.property.test.ts` holds them together.
 */
export function figuresForMeasure<F extends { quarter: string; value: number | null }>(
  measure: Measure,
  own: readonly F[],
  subRegionSums: readonly { quarter: string; value: number | null }[],
): { quarter: string; value: number | null }[] {
  if (measure === 'intensive' || subRegionSums.length === 0) return [...own];
  const byQuarter = new Map<string, number | null>();
  for (const f of subRegionSums) byQuarter.set(f.quarter, f.value);
  for (const f of own)
    if (f.value !== null || !byQuarter.has(f.quarter)) byQuarter.set(f.quarter, f.value);
  return [...byQuarter]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([quarter, value]) => ({ quarter, value }));
}
