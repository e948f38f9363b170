import type { TargetSource, TrendPoint, TrendRegion, TrendTarget } from '../api/trends.schema';
import { addQuarters, parseQuarter, quarterParts, type Quarter } from '../quarters/quarter';
import { meetSet } from '../targets/compare';
import { judgeTarget } from '../targets/evaluate-target';
import { rebuildReasonParams, reasonText } from '../targets/reason';
import { figuresForMeasure, type Measure } from '../targets/measure';
import { formatTarget } from '../targets/format-target';
import { isCumulative, toleranceOf, type Figure, type TargetRule } from '../targets/target-rule';

/** A confirmed target on the region's ancestor chain; depth 0 is the region itself. */
export interface TrendCandidate extends TargetRule {
  id: number;
  valueMax: number | null;
  tolerance: number | null;
  regionId: number;
  regionName: string;
  depth: number;
  /** Intensive when not given. */
  measure?: Measure;
  /** The plan sentence that set it, when it came from a document. */
  source: TargetSource | null;
}

/**
 * The target in force in `year` (its own `year` is the one the plan set it for), as the db's
 * one applicable-target rule chose it (`applicableTargetCtes`): trends never re-pick.
 */
export interface TrendStep {
  year: number;
  target: TrendCandidate;
}

/** Every quarter from `from` to `to`, both included; empty when from is after to. */
export function quarterRange(from: string, to: string): Quarter[] {
  const a = parseQuarter(from);
  const b = parseQuarter(to);
  if (a === null || b === null) throw new RangeError(`not a quarter range: ${from}–${to}`);
  const out: Quarter[] = [];
  for (let q = a; q <= b; q = addQuarters(q, 1)) out.push(q);
  return out;
}

/** The meet set's edges scaled by `share`; a null edge is unbounded. */
function edges(t: TargetRule, share: number): { lower: number | null; upper: number | null } {
  if (t.value === null) return { lower: null, upper: null };
  const set = meetSet(t.comparator, t.value * share, {
    valueMax: t.valueMax == null ? null : t.valueMax * share,
    tolerance: toleranceOf(t) * share,
  });
  return {
    lower: Number.isFinite(set.lo) ? set.lo : null,
    upper: Number.isFinite(set.hi) ? set.hi : null,
  };
}

/** Figures by the year of their quarter. */
function byYearOf(figures: readonly Figure[]): Map<number, Figure[]> {
  const out = new Map<number, Figure[]>();
  for (const f of figures) {
    const year = Number(f.quarter.slice(0, 4));
    const list = out.get(year);
    if (list) list.push(f);
    else out.set(year, [f]);
  }
  return out;
}

/**
 * One region's trend: per year the target in force (`steps`, own or inherited), and per
 * quarter the figure, what is judged (year-to-date for cumulative targets), the status as of
 * that quarter with that year's target, and the meet set's edges in that quarter. A year whose
 * target is additive reads, where the region has no own figure, its sub-regions' sum
 * (`subRegionSums`, by `figuresForMeasure`). `figures` should reach back to Q1 of the first
 * year so year-to-date sums and trends are complete.
 */
export function buildRegionTrend(input: {
  region: { id: number; code: string; name: string };
  quarters: readonly Quarter[];
  steps: readonly TrendStep[];
  figures: readonly Figure[];
  subRegionSums?: readonly Figure[];
}): TrendRegion {
  const { region, quarters } = input;
  const years = [...new Set(quarters.map((q) => quarterParts(q).year))];
  const stepOf = new Map(input.steps.map((s) => [s.year, s.target]));
  const steps = new Map(
    years.map((y) => {
      const t = stepOf.get(y);
      // Re-stamped so the evaluation reads this year's figures, not the source year's.
      return [y, t ? { target: { ...t, year: y }, sourceYear: t.year } : null];
    }),
  );
  // judgeTarget reads only the judged year's figures: hand it those, not ten years' worth.
  const own = byYearOf(input.figures);
  const sums = byYearOf(input.subRegionSums ?? []);
  const byYear = new Map<number, Figure[]>();
  for (const [year, list] of own) byYear.set(year, list);
  for (const [year, step] of steps)
    if (step?.target.measure === 'additive')
      byYear.set(year, figuresForMeasure('additive', own.get(year) ?? [], sums.get(year) ?? []));
  const byQuarter = new Map<string, number | null>();
  for (const list of byYear.values()) for (const f of list) byQuarter.set(f.quarter, f.value);

  const targets: TrendTarget[] = [];
  const rules = new Map<number, string>();
  for (const [year, step] of steps) {
    if (!step) continue;
    const t = step.target;
    const rule = formatTarget(t, 'zh');
    rules.set(year, rule);
    targets.push({
      year,
      targetId: t.id,
      comparator: t.comparator,
      value: t.value,
      valueMax: t.valueMax ?? null,
      tolerance: t.tolerance ?? null,
      unit: t.unit,
      kind: t.kind,
      direction: t.direction,
      measure: t.measure ?? 'intensive',
      cumulative: isCumulative(t),
      sourceYear: step.sourceYear,
      inheritedFrom: t.depth === 0 ? null : { regionId: t.regionId, name: t.regionName },
      rule,
      source: t.source,
      ...edges(t, 1),
    });
  }

  const points: TrendPoint[] = quarters.map((q) => {
    const { year, quarter } = quarterParts(q);
    const value = byQuarter.get(q) ?? null;
    const step = steps.get(year) ?? null;
    const cumulative = step ? isCumulative(step.target) : false;
    let judged = value;
    if (cumulative && value !== null) {
      judged = 0;
      for (let k = 1; k <= quarter; k++) judged += byQuarter.get(`${year}Q${k}`) ?? 0;
    }
    if (!step)
      return {
        quarter: q,
        value,
        judged,
        status: 'no_data',
        reason: null,
        lower: null,
        upper: null,
        projected: null,
      };
    const bounds = edges(step.target, cumulative ? quarter / 4 : 1);
    if (value === null)
      return {
        quarter: q,
        value,
        judged,
        status: 'no_data',
        reason: null,
        lower: bounds.lower,
        upper: bounds.upper,
        projected: null,
      };
    // No sentence here: 4,000 points a reply, and the chart shows none (trendReasonText).
    const evaluation = judgeTarget(step.target, byYear.get(year) ?? [], q, rules.get(year));
    const point: TrendPoint = {
      quarter: q,
      value,
      judged,
      status: evaluation.status,
      reason: evaluation.reason.code,
      // Named, not spread: a spread into a literal is V8's slow path, and this runs per point.
      lower: bounds.lower,
      upper: bounds.upper,
      projected: evaluation.projected ?? null,
    };
    const margin = evaluation.reason.params.margin;
    if (margin !== undefined) point.margin = margin;
    return point;
  });
  return { id: region.id, code: region.code, name: region.name, targets, points };
}

/**
 * A point's reason as the Chinese sentence `evaluateTarget` gives, built from the point and
 * its year's target (`target` undefined: none in force). 本季度未上报 for a quarter without a
 * figure under a target; null without a target.
 */
export function trendReasonText(point: TrendPoint, target: TrendTarget | undefined): string | null {
  if (!target) return null;
  if (point.value === null || point.reason === null) return '本季度未上报';
  const params = rebuildReasonParams({
    code: point.reason,
    year: target.year,
    asOf: point.quarter,
    rule: target.rule,
    cumulative: target.cumulative,
    quarter: point.quarter,
    actual: point.judged,
    targetValue: target.value,
    projected: point.projected,
    margin: point.margin,
  });
  return reasonText({ code: point.reason, params }, target.unit);
}
