import { numberOfQuarter, parseQuarter, yearOfQuarter, type Quarter } from '../quarters/quarter';
import { distanceOutside, inMeetSet, meetSet, slackAt, type MeetSet } from './compare';
import { formatTarget } from './format-target';
import { reasonText, type ReasonCode, type ReasonParams, type StatusReason } from './reason';
import { AT_RISK_MARGIN_SHARE, type TargetStatus } from './status';
import { isCumulative, toleranceOf, type Figure, type TargetRule } from './target-rule';
import { projectLinear, type TrendPoint } from './trend';

export interface Evaluation {
  status: TargetStatus;
  reason: StatusReason;
  /** The reason as one Chinese sentence. */
  text: string;
  /** Year-end projection, when one was made (in-year only). */
  projected?: number;
}

function toQuarter(text: string): Quarter {
  const q = parseQuarter(text);
  if (q === null) throw new RangeError(`not a quarter (YYYYQn): ${JSON.stringify(text)}`);
  return q;
}

/** The year's reported figures up to quarter `cutoff`, one per quarter (the last listed wins). */
function yearPoints(figures: readonly Figure[], year: number, cutoff: number): TrendPoint[] {
  const byQuarter: (number | null | undefined)[] = [undefined, undefined, undefined, undefined];
  for (const f of figures) {
    // Checked, then read by its digits: no parts object per figure of every point judged.
    const q = toQuarter(f.quarter);
    const quarter = numberOfQuarter(q);
    if (yearOfQuarter(q) === year && quarter <= cutoff) byQuarter[quarter - 1] = f.value;
  }
  const points: TrendPoint[] = [];
  for (let i = 0; i < 4; i++) {
    const y = byQuarter[i];
    if (y !== null && y !== undefined && Number.isFinite(y)) points.push({ x: i + 1, y });
  }
  return points;
}

function targetSet(target: TargetRule, value: number, share = 1): MeetSet {
  const max = target.valueMax ?? null;
  return meetSet(target.comparator, value * share, {
    valueMax: max === null ? null : max * share,
    tolerance: toleranceOf(target) * share,
  });
}

/** The status and its reason, before the reason is put into words. */
interface Judgement {
  status: TargetStatus;
  code: ReasonCode;
  /** `rule` is left empty: only the sentence needs it, and `evaluateTarget` fills it in. */
  params: ReasonParams;
}

/**
 * Judges `target` as of quarter `asOf` on the figures of the target's year (its `year`, or
 * asOf's year when it has none) up to asOf; other years' figures are ignored. Point-in-time
 * targets are judged on the latest figure, cumulative ones on the year-to-date sum against the
 * pro-rated path. Once asOf reaches Q4 of that year only met, missed (or no_data) remain.
 * Throws a RangeError on a malformed quarter. The rule table is in this folder's README.
 */
export function evaluateTarget(
  target: TargetRule,
  figures: readonly Figure[],
  asOf: Quarter | string,
  /** `formatTarget(target, 'zh')`, when the caller judges one target many times and has it already. */
  rule: string = formatTarget(target, 'zh'),
): Evaluation {
  const out = judgeTarget(target, figures, asOf, rule) as Evaluation;
  out.text = reasonText(out.reason, target.unit);
  return out;
}

/**
 * `evaluateTarget` without the sentence: status, reason code and parameters, projection. For
 * replies that send the code and let the reader word it (`reasonText`) only when shown.
 */
export function judgeTarget(
  target: TargetRule,
  figures: readonly Figure[],
  asOf: Quarter | string,
  rule: string = formatTarget(target, 'zh'),
): Omit<Evaluation, 'text'> {
  const { status, code, params } = judge(target, figures, asOf);
  params.rule = rule; // the params are this call's own
  const out: Omit<Evaluation, 'text'> = { status, reason: { code, params } };
  if (params.projected !== undefined) out.projected = params.projected;
  return out;
}

/**
 * The status alone, as `evaluateTarget` gives it, without building the reason's words: for
 * the tens of thousands of sub-region cells a national roll-up counts.
 */
export function targetStatus(
  target: TargetRule,
  figures: readonly Figure[],
  asOf: Quarter | string,
): TargetStatus {
  return judge(target, figures, asOf).status;
}

// Plain functions and loops below, no closures: this runs for every cell of a national grid
// and every point of a trend, and the runtime re-creates (and re-names) a closure per call.
const done = (status: TargetStatus, code: ReasonCode, params: Judgement['params']): Judgement => ({
  status,
  code,
  params,
});

/**
 * Fresh params in the key order the reply has always shown (year, asOf, rule, basis, quarter,
 * actual, then bound, projected, margin as set). Literal, not spread: V8 spreads `{ ...a, b }`
 * through a slow path, fifteen times the cost of the whole judgement.
 */
function reasonParams(
  year: number,
  asOf: string,
  basis: 'latest' | 'year_to_date',
  quarter: string,
  actual: number,
): Judgement['params'] {
  return { year, asOf, rule: '', basis, quarter, actual };
}

/** The params of a judgement that ends before any figure is read. */
function baseParams(year: number, asOf: string): Judgement['params'] {
  return { year, asOf, rule: '' };
}

function sum(points: readonly TrendPoint[]): number {
  let total = 0;
  for (const p of points) total += p.y;
  return total;
}

function allNonNegative(points: readonly TrendPoint[]): boolean {
  for (const p of points) if (p.y < 0) return false;
  return true;
}

function judge(target: TargetRule, figures: readonly Figure[], asOf: Quarter | string): Judgement {
  // Read by its digits, and the bare params made only where a judgement ends on them: this
  // runs 4,000 times a trend, and what it drops is garbage the request collects.
  const asOfQuarter = toQuarter(asOf);
  const asOfYear = yearOfQuarter(asOfQuarter);
  const asOfNumber = numberOfQuarter(asOfQuarter);
  const year = target.year ?? asOfYear;

  if (target.value === null) return done('no_data', 'no_target_value', baseParams(year, asOf));
  if (asOfYear < year) return done('no_data', 'not_started', baseParams(year, asOf));
  const final = asOfYear > year || asOfNumber === 4;
  const points = yearPoints(figures, year, asOfYear > year ? 4 : asOfNumber);
  const last = points.at(-1);
  if (last === undefined) return done('no_data', 'no_figures', baseParams(year, asOf));
  const quarter = `${year}Q${last.x}`;
  const full = targetSet(target, target.value);

  if (isCumulative(target)) {
    const ytd = sum(points);
    const params = reasonParams(year, asOf, 'year_to_date', quarter, ytd);
    if (final)
      return inMeetSet(ytd, full) ? done('met', 'meets', params) : done('missed', 'misses', params);
    // Pro-rated by the last reported quarter: a late report shows as a stale quarter, not a shortfall.
    const share = last.x / 4;
    const path = targetSet(target, target.value, share);
    const pathed = params;
    pathed.bound = target.value * share;
    pathed.projected = ytd / share;
    // Non-negative increments only grow: past the year's upper edge there is no way back.
    const grows = allNonNegative(points);
    if (grows && full.hi !== Infinity && distanceOutside(ytd, full)?.edge === full.hi) {
      return done('missed', 'already_exceeded', pathed);
    }
    if (inMeetSet(ytd, path)) return done('met', 'on_path', pathed);
    const behind = distanceOutside(ytd, path)?.edge === path.lo;
    return done('at_risk', behind ? 'behind_path' : 'over_path', pathed);
  }

  const params = reasonParams(year, asOf, 'latest', quarter, last.y);
  params.bound = target.value;
  const meets = inMeetSet(last.y, full);
  if (final) return meets ? done('met', 'meets', params) : done('missed', 'misses', params);
  const projected = projectLinear(points, 4);
  const trended = params;
  if (projected !== null) trended.projected = projected;
  if (meets) {
    const falls = projected !== null && !inMeetSet(projected, full);
    return falls ? done('at_risk', 'projected_to_miss', trended) : done('met', 'meets', trended);
  }
  const off = distanceOutside(last.y, full);
  if (off !== null) {
    const margin = AT_RISK_MARGIN_SHARE * Math.abs(off.edge);
    if (off.distance <= margin + slackAt(off.edge)) {
      trended.margin = margin;
      return done('at_risk', 'near_bound', trended);
    }
  }
  if (projected !== null && inMeetSet(projected, full)) {
    return done('at_risk', 'projected_to_meet', trended);
  }
  return done('missed', 'misses', trended);
}
