import type { Comparator } from './vocabulary';

/**
 * Relative slack for float noise: 94.99999999 equals 95 (1e-6 × max(1, |bound|)), while
 * 94.9999 does not. Far below any precision a bureau reports, far above binary rounding.
 */
export const FLOAT_EPSILON = 1e-6;

/** Absolute float slack at `x`: `FLOAT_EPSILON × max(1, |x|)`. */
export function slackAt(x: number): number {
  return FLOAT_EPSILON * Math.max(1, Math.abs(x));
}

/** The set of actual values that meet a target: an interval with open or closed ends. */
export interface MeetSet {
  lo: number;
  loClosed: boolean;
  hi: number;
  hiClosed: boolean;
}

export interface BoundOptions {
  /** Upper end of a range (`2-3个`). */
  valueMax?: number | null;
  /** Half-width of a `~` band; without one `~` is as exact as `=`. */
  tolerance?: number | null;
}

const above = (lo: number, loClosed: boolean): MeetSet => ({
  lo,
  loClosed,
  hi: Infinity,
  hiClosed: false,
});
const below = (hi: number, hiClosed: boolean): MeetSet => ({
  lo: -Infinity,
  loClosed: false,
  hi,
  hiClosed,
});
const between = (lo: number, hi: number): MeetSet => ({ lo, loClosed: true, hi, hiClosed: true });

type SetOf = (value: number, max: number, tolerance: number) => MeetSet;

/** The meet set of every comparator; `max` is valueMax, or value when there is no range. */
export const COMPARATOR_RULES: { readonly [C in Comparator]: SetOf } = {
  /** `>=` 以上/不低于/至少: met at or above the bound, the bound included; a range meets at its lower end. */
  '>=': (value) => above(value, true),
  /** `>` 超过/高于: met strictly above the bound; the bound itself does not meet. */
  '>': (value) => above(value, false),
  /** `<=` 以下/以内/不超过/降至: met at or below the bound, the bound included; a range meets up to its upper end. */
  '<=': (_value, max) => below(max, true),
  /** `<` 低于/少于/不满: met strictly below the bound; the bound itself does not meet. */
  '<': (_value, max) => below(max, false),
  /** `=` 为N: met at exactly the value (float slack only); a range meets anywhere in [value, valueMax]. */
  '=': (value, max) => between(value, max),
  /** `~` 左右/约: met within the tolerance of the value, both edges included. */
  '~': (value, max, tolerance) => between(value - tolerance, max + tolerance),
};

/** The interval of actual values that meet `comparator` against `bound` (ranges and bands included). */
export function meetSet(
  comparator: Comparator,
  bound: number,
  options: BoundOptions = {},
): MeetSet {
  const max = options.valueMax ?? bound;
  return COMPARATOR_RULES[comparator](bound, max, options.tolerance ?? 0);
}

/** True when `actual` lies in the set; closed ends widen and open ends narrow by the float slack. */
export function inMeetSet(actual: number, set: MeetSet): boolean {
  if (!Number.isFinite(actual)) return false;
  const loOk =
    set.lo === -Infinity ||
    (set.loClosed ? actual >= set.lo - slackAt(set.lo) : actual > set.lo + slackAt(set.lo));
  const hiOk =
    set.hi === Infinity ||
    (set.hiClosed ? actual <= set.hi + slackAt(set.hi) : actual < set.hi - slackAt(set.hi));
  return loOk && hiOk;
}

/** True when `actual` meets `comparator` against `bound`, with inclusivity exactly as the comparator says. */
export function compare(
  comparator: Comparator,
  actual: number,
  bound: number,
  options: BoundOptions = {},
): boolean {
  return inMeetSet(actual, meetSet(comparator, bound, options));
}

/** How far `actual` lies outside the set and which edge it crossed; null when it meets. */
export function distanceOutside(
  actual: number,
  set: MeetSet,
): { distance: number; edge: number } | null {
  if (inMeetSet(actual, set)) return null;
  const failsLow = set.lo !== -Infinity && actual <= set.lo + slackAt(set.lo);
  const edge = failsLow ? set.lo : set.hi;
  return { distance: Math.abs(actual - edge), edge };
}
