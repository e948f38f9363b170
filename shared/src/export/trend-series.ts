import type { TargetSource, TrendPoint, TrendRegion, TrendTarget } from '../api/trends.schema';
import { addQuarters, parseQuarter, quarterParts, type Quarter } from '../quarters/quarter';
import { meetSet } from '../targets/compare';
import { evaluateTarget } from '../targets/evaluate-target';
import { pickTargetForYear } from '../targets/pick-target';
import { formatRule } from '../targets/reason';
import { isCumulative, toleranceOf, type Figure, type TargetRule } from '../targets/target-rule';

/** A confirmed target on the region's ancestor chain; depth 0 is the region itself. */
export interface TrendCandidate extends TargetRule {
  id: number;
  valueMax: number | null;
  tolerance: number | null;
  regionId: number;
  regionName: string;
  depth: number;
  /** The plan sentence that set it, when it came from a document. */
  source: TargetSource | null;
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

/**
 * The target in force in `year`: the nearest region up the chain that has one, and within a
 * region the `pickTargetForYear` rule (same as the entry form's applicable targets).
 */
function stepForYear(candidates: readonly TrendCandidate[], year: number) {
  const depths = [...new Set(candidates.map((c) => c.depth))].sort((a, b) => a - b);
  for (const depth of depths) {
    const level = candidates.filter((c) => c.depth === depth).sort((a, b) => a.id - b.id);
    const step = pickTargetForYear(level, year);
    if (step) return step;
  }
  return null;
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

/**
 * One region's trend: per year the target in force (own or inherited), and per quarter the
 * figure, what is judged (year-to-date for cumulative targets), the status as of that quarter
 * with that year's target, and the meet set's edges in that quarter. `figures` should reach
 * back to Q1 of the first year so year-to-date sums and trends are complete.
 */
export function buildRegionTrend(input: {
  region: { id: number; code: string; name: string };
  quarters: readonly Quarter[];
  candidates: readonly TrendCandidate[];
  figures: readonly Figure[];
}): TrendRegion {
  const { region, quarters, candidates, figures } = input;
  const byQuarter = new Map(figures.map((f) => [f.quarter, f.value]));
  // evaluateTarget reads only the judged year's figures: hand it those, not ten years' worth.
  const byYear = new Map<number, Figure[]>();
  for (const f of figures) {
    const year = Number(f.quarter.slice(0, 4));
    const list = byYear.get(year);
    if (list) list.push(f);
    else byYear.set(year, [f]);
  }
  const years = [...new Set(quarters.map((q) => quarterParts(q).year))];
  const steps = new Map(years.map((y) => [y, stepForYear(candidates, y)]));

  const targets: TrendTarget[] = [];
  const rules = new Map<number, string>();
  for (const [year, step] of steps) {
    if (!step) continue;
    const t = step.target;
    const rule = formatRule(t);
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
        reason: '本季度未上报',
        lower: bounds.lower,
        upper: bounds.upper,
        projected: null,
      };
    const evaluation = evaluateTarget(step.target, byYear.get(year) ?? [], q, rules.get(year));
    return {
      quarter: q,
      value,
      judged,
      status: evaluation.status,
      reason: evaluation.text,
      // Named, not spread: a spread into a literal is V8's slow path, and this runs per point.
      lower: bounds.lower,
      upper: bounds.upper,
      projected: evaluation.projected ?? null,
    };
  });
  return { id: region.id, code: region.code, name: region.name, targets, points };
}
