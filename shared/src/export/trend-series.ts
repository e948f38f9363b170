import type {
  CompactTrendRegion,
  CompactTrendReply,
  CompactTrendTarget,
  TargetSource,
  TrendPoint,
  TrendRegion,
  TrendReply,
  TrendTarget,
} from '../api/trends.schema';
import {
  addQuarters,
  numberOfQuarter,
  parseQuarter,
  quarterParts,
  yearOfQuarter,
  type Quarter,
} from '../quarters/quarter';
import { meetSet } from '../targets/compare';
import { judgeTarget } from '../targets/evaluate-target';
import { REASON_CODES, rebuildReasonParams, reasonText, type ReasonCode } from '../targets/reason';
import { TARGET_STATUSES, type TargetStatus } from '../targets/status';
import { figuresForMeasure, type Measure } from '../targets/measure';
import { formatTarget } from '../targets/format-target';
import {
  isCumulative,
  ruleInYear,
  toleranceOf,
  type Figure,
  type TargetRule,
} from '../targets/target-rule';
import { ruleFields } from '../targets/rule-fields';

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
function edges(
  t: Pick<TargetRule, 'comparator' | 'value' | 'valueMax' | 'tolerance' | 'unit'>,
  share: number,
): { lower: number | null; upper: number | null } {
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
 * Decimal places a reply's projections keep: the chart and the reasons show two, and the
 * seventeen digits of a division were a fifth of a trend reply's bytes.
 */
export const PROJECTION_DECIMALS = 4;
const PROJECTION_SCALE = 10 ** PROJECTION_DECIMALS;

function roundProjection(n: number): number {
  return Math.round(n * PROJECTION_SCALE) / PROJECTION_SCALE;
}

// A point's status and reason go as indices into the reply's lists (`TARGET_STATUSES`,
// `REASON_CODES`): 4,000 points a reply, and the words were a third of its bytes.
const STATUS_INDEX = new Map(TARGET_STATUSES.map((s, i) => [s, i]));
const REASON_INDEX = new Map(REASON_CODES.map((c, i) => [c, i]));
const NO_DATA = STATUS_INDEX.get('no_data')!;

/** Figures by the year of their quarter. */
function byYearOf(figures: readonly Figure[]): Map<number, Figure[]> {
  const out = new Map<number, Figure[]>();
  for (const f of figures) {
    const year = yearOfQuarter(f.quarter as Quarter);
    const list = out.get(year);
    if (list) list.push(f);
    else out.set(year, [f]);
  }
  return out;
}

const NO_FIGURES: readonly Figure[] = [];

/** `slots[k - 1]`: the value of quarter k among one year's figures (the last listed wins). */
function fillSlots(slots: (number | null | undefined)[], figures: readonly Figure[]): void {
  slots.fill(undefined);
  for (const f of figures) slots[numberOfQuarter(f.quarter as Quarter) - 1] = f.value;
}

/**
 * What every region of one reply shares: its quarters split once, each target listed once
 * (`targets`, by id) and each target re-stamped once per year it is judged in.
 */
export interface TrendFrame {
  quarters: readonly Quarter[];
  parts: readonly { year: number; quarter: 1 | 2 | 3 | 4 }[];
  years: readonly number[];
  targets: Map<number, CompactTrendTarget>;
  judged: Map<string, TargetRule>;
}

export function trendFrame(quarters: readonly Quarter[]): TrendFrame {
  const parts = quarters.map(quarterParts);
  return {
    quarters,
    parts,
    years: [...new Set(parts.map((p) => p.year))],
    targets: new Map(),
    judged: new Map(),
  };
}

/** The target as judged in `year`: its rule, stamped so the judgement reads that year's figures. */
function judgedIn(frame: TrendFrame, t: TrendCandidate, year: number): TargetRule {
  const key = `${t.id}:${year}`;
  let rule = frame.judged.get(key);
  if (!rule) {
    // ruleInYear builds a literal, not a spread of the candidate: this runs per region and year.
    rule = ruleInYear(t, year);
    if (t.cumulative !== undefined) rule.cumulative = t.cumulative;
    frame.judged.set(key, rule);
  }
  return rule;
}

/** The target as the reply lists it, once per frame. */
function listed(frame: TrendFrame, t: TrendCandidate): CompactTrendTarget {
  let out = frame.targets.get(t.id);
  if (!out) {
    out = {
      targetId: t.id,
      comparator: t.comparator,
      value: t.value,
      valueMax: t.valueMax ?? null,
      tolerance: t.tolerance ?? null,
      unit: t.unit,
      kind: t.kind,
      direction: t.direction,
      measure: t.measure ?? 'intensive',
      sourceYear: t.year,
      rule: formatTarget(t, 'zh'),
      cumulative: isCumulative(t),
      source: t.source,
      ...edges(t, 1),
      regionId: t.regionId,
      regionName: t.regionName,
    };
    frame.targets.set(t.id, out);
  }
  return out;
}

/**
 * One region's trend in the reply's columns: per year the target in force (`steps`, own or
 * inherited; each target goes once into the frame's `targets`), and per quarter of the frame
 * the figure, what is judged where that differs (year-to-date for cumulative targets), the
 * status as of that quarter under that year's target, its reason code and projection. A year
 * whose target is additive reads, where the region has no own figure, its sub-regions' sum
 * (`subRegionSums`, by `figuresForMeasure`). `figures` should reach back to Q1 of the first
 * year so year-to-date sums and trends are complete.
 */
export function compactRegionTrend(
  input: {
    region: { id: number; code: string; name: string };
    steps: readonly TrendStep[];
    figures: readonly Figure[];
    subRegionSums?: readonly Figure[];
  },
  frame: TrendFrame,
): CompactTrendRegion {
  const { region } = input;
  const stepOf = new Map(input.steps.map((s) => [s.year, s.target]));
  // judgeTarget reads only the judged year's figures: hand it those, not ten years' worth.
  const own = byYearOf(input.figures);
  const sums = byYearOf(input.subRegionSums ?? []);
  const byYear = new Map<number, Figure[]>();
  for (const [year, list] of own) byYear.set(year, list);
  const inForce: CompactTrendRegion['years'] = [];
  const rules = new Map<number, { rule: TargetRule; text: string }>();
  for (const year of frame.years) {
    const t = stepOf.get(year);
    if (!t) continue;
    if (t.measure === 'additive')
      byYear.set(year, figuresForMeasure('additive', own.get(year) ?? [], sums.get(year) ?? []));
    rules.set(year, { rule: judgedIn(frame, t, year), text: listed(frame, t).rule });
    inForce.push({ year, targetId: t.id, inherited: t.depth !== 0 });
  }
  const n = frame.quarters.length;
  const values: (number | null)[] = new Array(n);
  const judgedColumn: (number | null)[] = new Array(n);
  const statuses: number[] = new Array(n);
  const reasons: (number | null)[] = new Array(n);
  const projected: (number | null)[] = new Array(n);
  const margins: (number | null)[] = new Array(n);
  let anyJudged = false;
  let anyMargin = false;
  // The year's four quarters by number, refilled when the frame enters a year: a map keyed by
  // quarter strings and a string made per quarter summed were a sixth of a trend's build.
  const slots: (number | null | undefined)[] = [undefined, undefined, undefined, undefined];
  let slotYear = NaN;
  let yearFigures: readonly Figure[] = NO_FIGURES;
  for (let i = 0; i < n; i++) {
    const q = frame.quarters[i]!;
    const { year, quarter } = frame.parts[i]!;
    if (year !== slotYear) {
      slotYear = year;
      yearFigures = byYear.get(year) ?? NO_FIGURES;
      fillSlots(slots, yearFigures);
    }
    const value = slots[quarter - 1] ?? null;
    const step = rules.get(year);
    let judged = value;
    if (step && value !== null && isCumulative(step.rule)) {
      judged = 0;
      for (let k = 0; k < quarter; k++) judged += slots[k] ?? 0;
      anyJudged = true;
    }
    values[i] = value;
    judgedColumn[i] = judged;
    statuses[i] = NO_DATA;
    reasons[i] = null;
    projected[i] = null;
    margins[i] = null;
    if (!step || value === null) continue;
    // No sentence here: 4,000 points a reply, and the chart shows none (trendReasonText).
    const evaluation = judgeTarget(step.rule, yearFigures, q, step.text);
    statuses[i] = STATUS_INDEX.get(evaluation.status)!;
    reasons[i] = REASON_INDEX.get(evaluation.reason.code)!;
    projected[i] =
      evaluation.projected === undefined ? null : roundProjection(evaluation.projected);
    const margin = evaluation.reason.params.margin;
    if (margin !== undefined) {
      margins[i] = margin;
      anyMargin = true;
    }
  }
  const out: CompactTrendRegion = {
    id: region.id,
    code: region.code,
    name: region.name,
    years: inForce,
    values,
    statuses,
    reasons,
    projected,
  };
  if (anyJudged) out.judged = judgedColumn;
  if (anyMargin) out.margins = margins;
  return out;
}

/** What a reply's status and reason indices stand for. */
export interface TrendCodes {
  statuses: readonly TargetStatus[];
  reasons: readonly ReasonCode[];
}

const SENT_CODES: TrendCodes = { statuses: TARGET_STATUSES, reasons: REASON_CODES };

/**
 * One region's trend as pages and exports read it, from its columns: per year the target in
 * force, and per quarter a point with the meet set's edges in that quarter (pro-rated k/4 for
 * cumulative targets). Throws when a year names a target not in `targets` or a point an index
 * not in `codes`.
 */
export function resolveRegionTrend(
  region: CompactTrendRegion,
  quarters: readonly string[],
  targets: ReadonlyMap<number, CompactTrendTarget>,
  codes: TrendCodes,
): TrendRegion {
  const byYear = new Map<number, CompactTrendTarget>();
  const trendTargets: TrendTarget[] = region.years.map(({ year, targetId, inherited }) => {
    const t = targets.get(targetId);
    if (!t) throw new Error(`the trend names target ${targetId} but does not list it`);
    byYear.set(year, t);
    return {
      year,
      targetId,
      ...ruleFields(t),
      cumulative: t.cumulative,
      sourceYear: t.sourceYear,
      inheritedFrom: inherited ? { regionId: t.regionId, name: t.regionName } : null,
      rule: t.rule,
      source: t.source,
      lower: t.lower,
      upper: t.upper,
    };
  });
  const points: TrendPoint[] = quarters.map((q, i) => {
    const { year, quarter } = quarterParts(q as Quarter);
    const t = byYear.get(year);
    const bounds = t
      ? edges(t, t.cumulative ? quarter / 4 : 1)
      : { lower: null as number | null, upper: null as number | null };
    const value = region.values[i] ?? null;
    const status = region.statuses[i];
    const reason = region.reasons[i] ?? null;
    const point: TrendPoint = {
      quarter: q,
      value,
      judged: region.judged ? (region.judged[i] ?? null) : value,
      status: status === undefined ? 'no_data' : codeAt(codes.statuses, status),
      reason: reason === null ? null : codeAt(codes.reasons, reason),
      lower: bounds.lower,
      upper: bounds.upper,
      projected: region.projected[i] ?? null,
    };
    const margin = region.margins?.[i];
    if (margin !== null && margin !== undefined) point.margin = margin;
    return point;
  });
  return { id: region.id, code: region.code, name: region.name, targets: trendTargets, points };
}

function codeAt<T>(list: readonly T[], index: number): T {
  const code = list[index];
  if (code === undefined) throw new Error(`the trend names code ${index} but does not list it`);
  return code;
}

/** The reply of `GET /api/trends` as pages and exports read it (one object per point). */
export function resolveTrend(reply: CompactTrendReply): TrendReply {
  const { targets, regions, statuses, reasons, ...rest } = reply;
  const byId = new Map(targets.map((t) => [t.targetId, t]));
  const codes = { statuses, reasons };
  return {
    ...rest,
    regions: regions.map((r) => resolveRegionTrend(r, reply.quarters, byId, codes)),
  };
}

/** One region's trend, whole: `compactRegionTrend` then `resolveRegionTrend` (tests, fixtures). */
export function buildRegionTrend(
  input: Parameters<typeof compactRegionTrend>[0] & { quarters: readonly Quarter[] },
): TrendRegion {
  const frame = trendFrame(input.quarters);
  return resolveRegionTrend(
    compactRegionTrend(input, frame),
    input.quarters,
    frame.targets,
    SENT_CODES,
  );
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
