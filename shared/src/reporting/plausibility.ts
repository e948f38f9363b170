import type { TargetKind } from '../targets/vocabulary';
import { formatNumber } from './validate-figure';
import { withUnit } from '../targets/format-target';

/**
 * When a figure is implausible against the region's own history. For % the change is in
 * percentage points: more than 20 points from the reference warns. For every other unit the
 * change is relative: more than 50 % of the reference warns (a rise above 1.5× or a fall
 * below 0.5×), and for counts only when it is also at least 5 (so 2 → 4 does not warn).
 * A reference of 0 warns for any change of at least the floor (1 for non-counts).
 * Bounds are exclusive: exactly 20 points or exactly 50 % does not warn.
 */
export const PLAUSIBILITY = {
  percentPoints: 20,
  relative: 0.5,
  countFloor: 5,
  zeroFloor: 1,
} as const;

export type PlausibilityCode = 'jump_from_last_quarter' | 'jump_from_last_year';

export interface PlausibilityWarning {
  code: PlausibilityCode;
  reference: number;
  /** Chinese, asking for a note. */
  message: string;
}

export interface History {
  /** The previous quarter's value. */
  lastQuarter: number | null;
  /** The same quarter a year earlier. */
  lastYear: number | null;
}

/** Warnings for `value` against the previous quarter and the same quarter last year. */
export function checkPlausibility(
  indicator: { unit: string; kind: TargetKind },
  value: number | null,
  history: History,
): PlausibilityWarning[] {
  if (value === null) return [];
  const warnings: PlausibilityWarning[] = [];
  const refs: [PlausibilityCode, number | null, string][] = [
    ['jump_from_last_quarter', history.lastQuarter, '上季度'],
    ['jump_from_last_year', history.lastYear, '上年同期'],
  ];
  for (const [code, reference, label] of refs) {
    if (reference === null || !isJump(indicator, value, reference)) continue;
    const delta = value - reference;
    const change =
      indicator.unit === '%'
        ? `${delta > 0 ? '上升' : '下降'} ${formatNumber(Math.abs(delta))} 个百分点`
        : reference === 0
          ? `由 0 变为 ${formatNumber(value)}`
          : relativeChange(value, reference);
    warnings.push({
      code,
      reference,
      message: `较${label}（${withUnit(reference, indicator.unit)}）${change}，变化异常，请在备注中说明原因`,
    });
  }
  return warnings;
}

function isJump(
  indicator: { unit: string; kind: TargetKind },
  value: number,
  reference: number,
): boolean {
  const delta = Math.abs(value - reference);
  if (indicator.unit === '%') return delta > PLAUSIBILITY.percentPoints;
  const floor = indicator.kind === 'count' ? PLAUSIBILITY.countFloor : 0;
  if (delta < floor) return false;
  if (reference === 0) return delta >= Math.max(floor, PLAUSIBILITY.zeroFloor);
  return delta > PLAUSIBILITY.relative * Math.abs(reference);
}

/** Rounded for reading: whole numbers from 10 up, one decimal below (41.666 → 42, 2.46 → 2.5). */
const readable = (n: number) => formatNumber(n >= 10 ? Math.round(n) : Math.round(n * 10) / 10);

/**
 * A relative change in words: a rise to twice the reference or more as a multiple
 * (`增至约 42 倍`), anything else in whole-ish percent (`上升 75%`, `下降 60%`).
 */
export function relativeChange(value: number, reference: number): string {
  const ratio = value / reference;
  if (reference > 0 && ratio >= 2) return `增至约 ${readable(ratio)} 倍`;
  const percent = Math.abs((value - reference) / reference) * 100;
  return `${value > reference ? '上升' : '下降'} ${readable(percent)}%`;
}
