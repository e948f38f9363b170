import type { TargetKind } from '../targets/vocabulary';

/** What the rules need to know about an indicator. */
export interface FigureIndicator {
  unit: string;
  kind: TargetKind;
  /** A % allowed outside 0–100 (a growth rate); an amount allowed below 0. */
  allowNegative: boolean;
}

export interface FigureInput {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

export type FigureField = 'value' | 'numerator' | 'denominator' | 'note';

export const FIGURE_ISSUE_CODES = [
  'not_a_number',
  'percent_out_of_range',
  'negative_not_allowed',
  'not_whole_number',
  'denominator_missing',
  'numerator_missing',
  'denominator_zero',
  'ratio_not_applicable',
  'value_mismatch',
] as const;
export type FigureIssueCode = (typeof FIGURE_ISSUE_CODES)[number];

export interface FigureIssue {
  field: FigureField;
  code: FigureIssueCode;
  /** Chinese, shown inline beside the field. */
  message: string;
}

/** How many of the unit make one: value = numerator / denominator × scale. */
const RATE_SCALE: Record<string, number> = {
  '%': 100,
  '‰': 1000,
  '1/万': 10_000,
  '1/10万': 100_000,
  '1/100万': 1_000_000,
};

/** A typed value may differ from the computed one by rounding: up to this much, in the unit. */
export const VALUE_MISMATCH_TOLERANCE = 0.05;

/** The multiplier turning numerator / denominator into the unit, or null for non-rate units. */
export function rateScale(unit: string): number | null {
  return RATE_SCALE[unit] ?? null;
}

/**
 * Checks one figure against its indicator's unit and returns the value to store: with a
 * numerator and denominator the value is computed (× 100 for %, × 1000 for ‰, × 100000 for
 * 1/10万) and a typed value must agree within {@link VALUE_MISMATCH_TOLERANCE}. Bounds: % in
 * 0–100 inclusive unless `allowNegative` (then unbounded); every other unit ≥ 0 (amounts may
 * go below 0 with `allowNegative`); counts, numerators and denominators of counts are whole.
 */
export function validateFigure(
  indicator: FigureIndicator,
  input: FigureInput,
): { value: number | null; issues: FigureIssue[] } {
  const issues: FigureIssue[] = [];
  for (const field of NUMBER_FIELDS) {
    const v = input[field];
    if (v !== null && !Number.isFinite(v)) addIssue(issues, field, 'not_a_number', '请输入数字');
  }
  if (issues.length > 0) return { value: null, issues };

  let value = input.value;
  const { numerator, denominator } = input;
  if (numerator !== null || denominator !== null) {
    const scale = rateScale(indicator.unit);
    if (scale === null) {
      addIssue(
        issues,
        'numerator',
        'ratio_not_applicable',
        `单位为“${indicator.unit}”的指标不按分子分母计算`,
      );
      return { value, issues };
    }
    if (denominator === null)
      addIssue(issues, 'denominator', 'denominator_missing', '填写了分子，请同时填写分母');
    if (numerator === null)
      addIssue(issues, 'numerator', 'numerator_missing', '填写了分母，请同时填写分子');
    if (numerator !== null && numerator < 0)
      addIssue(issues, 'numerator', 'negative_not_allowed', '分子不能为负数');
    if (denominator !== null && denominator < 0)
      addIssue(issues, 'denominator', 'negative_not_allowed', '分母不能为负数');
    if (denominator === 0) addIssue(issues, 'denominator', 'denominator_zero', '分母不能为 0');
    if (issues.length > 0) return { value, issues };
    const computed = (numerator! / denominator!) * scale;
    if (value !== null && Math.abs(value - computed) > VALUE_MISMATCH_TOLERANCE + 1e-9) {
      addIssue(
        issues,
        'value',
        'value_mismatch',
        `数值 ${value} 与分子/分母计算结果 ${formatNumber(computed)} 不一致`,
      );
      return { value, issues };
    }
    value = computed;
  }
  if (value === null) return { value, issues };

  if (indicator.unit === '%') {
    if (!indicator.allowNegative && (value < 0 || value > 100))
      addIssue(issues, 'value', 'percent_out_of_range', '百分比应在 0 到 100 之间');
  } else if (value < 0 && !(indicator.kind === 'amount' && indicator.allowNegative)) {
    addIssue(issues, 'value', 'negative_not_allowed', '数值不能为负数');
  }
  if (indicator.kind === 'count' && !Number.isInteger(value))
    addIssue(issues, 'value', 'not_whole_number', '数量应为整数');
  return { value, issues };
}

// Module-level, not closures in validateFigure: an import validates a million figures, and
// a closure per call (named again per call under tsx) cost ~1.2 s a million calls, 0.08 s now.
const NUMBER_FIELDS = ['value', 'numerator', 'denominator'] as const;

function addIssue(
  issues: FigureIssue[],
  field: FigureField,
  code: FigureIssueCode,
  message: string,
): void {
  issues.push({ field, code, message });
}

/** Up to four decimals, without trailing zeros. */
export function formatNumber(n: number): string {
  return String(Math.round(n * 10_000) / 10_000);
}
