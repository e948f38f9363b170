import { meetSet, slackAt, type MeetSet } from './compare';
import { formatTarget } from './format-target';
import { isCumulative, toleranceOf, type TargetRule } from './target-rule';
import type { Comparator } from './vocabulary';

export type ConsistencyCode =
  | 'lower_floor'
  | 'higher_ceiling'
  | 'looser_band'
  | 'shape_conflict'
  | 'as_strict'
  | 'not_comparable';

export interface ConsistencyFinding {
  /** True when some figure would meet the child's target yet miss the parent's. */
  weaker: boolean;
  code: ConsistencyCode;
  /** Both targets as short rules, for the message. */
  child: string;
  parent: string;
  /** One Chinese sentence. */
  text: string;
}

type Shape = 'floor' | 'ceiling' | 'band';
const SHAPES: Record<Comparator, Shape> = {
  '>=': 'floor',
  '>': 'floor',
  '<=': 'ceiling',
  '<': 'ceiling',
  '=': 'band',
  '~': 'band',
};

const same = (a: number, b: number) => a === b || Math.abs(a - b) <= slackAt(b);

/** True when every value in `inner` also lies in `outer`, open and closed ends respected. */
function isWithin(inner: MeetSet, outer: MeetSet): boolean {
  const loOk =
    outer.lo === -Infinity ||
    (inner.lo !== -Infinity && inner.lo > outer.lo + slackAt(outer.lo)) ||
    (same(inner.lo, outer.lo) && (outer.loClosed || !inner.loClosed));
  const hiOk =
    outer.hi === Infinity ||
    (inner.hi !== Infinity && inner.hi < outer.hi - slackAt(outer.hi)) ||
    (same(inner.hi, outer.hi) && (outer.hiClosed || !inner.hiClosed));
  return loOk && hiOk;
}

function setOf(rule: TargetRule, value: number): MeetSet {
  return meetSet(rule.comparator, value, {
    valueMax: rule.valueMax ?? null,
    tolerance: toleranceOf(rule),
  });
}

/**
 * How a child region's target compares with its parent's for the same indicator, without the
 * words: `weaker` when some figure would meet the child's target and miss the parent's.
 * `findWeakerThanParent` gives the same verdict with its sentence; a grid asks this first for
 * each of its ~2,600 cells and words only the weaker ones.
 */
export function compareWithParent(
  child: TargetRule,
  parent: TargetRule,
): { weaker: boolean; code: ConsistencyCode } {
  if (
    child.value === null ||
    parent.value === null ||
    child.year !== parent.year ||
    child.unit !== parent.unit ||
    isCumulative(child) ||
    isCumulative(parent)
  )
    return { weaker: false, code: 'not_comparable' };
  if (isWithin(setOf(child, child.value), setOf(parent, parent.value)))
    return { weaker: false, code: 'as_strict' };
  const cs = SHAPES[child.comparator];
  const ps = SHAPES[parent.comparator];
  const code: ConsistencyCode =
    cs !== ps
      ? 'shape_conflict'
      : cs === 'floor'
        ? 'lower_floor'
        : cs === 'ceiling'
          ? 'higher_ceiling'
          : 'looser_band';
  return { weaker: true, code };
}

/**
 * Flags a child region's target that is weaker than its parent's for the same indicator (the
 * caller matches indicators): weaker means some figure would meet the child's target and miss
 * the parent's. Needs the same year and unit and both values; cumulative targets are not
 * comparable, since a region's count is a share of its parent's.
 */
export function findWeakerThanParent(child: TargetRule, parent: TargetRule): ConsistencyFinding {
  const c = formatTarget(child, 'zh');
  const p = formatTarget(parent, 'zh');
  const { weaker, code } = compareWithParent(child, parent);
  const text =
    code === 'not_comparable'
      ? `下级目标${c}与上级目标${p}年份、单位或口径不同，无法比较`
      : code === 'as_strict'
        ? `下级目标${c}不低于上级要求${p}`
        : `下级目标${c}比上级要求${p}宽松`;
  return { weaker, code, child: c, parent: p, text };
}
