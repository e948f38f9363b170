import { z } from 'zod';
import { ComparatorSchema, DirectionSchema, TargetKindSchema } from './vocabulary';

// Field names match the extraction's `Target`, so an extracted target can be judged as is.
export const TargetRuleSchema = z.object({
  comparator: ComparatorSchema,
  /** null: the document gives the number only by reference (不低于省要求). */
  value: z.number().nullable(),
  /** Upper end of a range (`2-3个`: value 2, valueMax 3). */
  valueMax: z.number().nullable().optional(),
  unit: z.string(),
  /** Absolute half-width of a `~` band in the target's unit; see `toleranceOf` for the default. */
  tolerance: z.number().nonnegative().nullable().optional(),
  kind: TargetKindSchema,
  direction: DirectionSchema,
  /** null: the document names no year; the target then applies to whichever year is judged. */
  year: z.number().int().nullable(),
  /** Judged on year-to-date sums; defaults to true for counts only (see `isCumulative`). */
  cumulative: z.boolean().optional(),
});
export type TargetRule = z.infer<typeof TargetRuleSchema>;

/** One quarterly figure reported against an indicator; value null means not reported. */
export const FigureSchema = z.object({
  quarter: z.string().regex(/^\d{4}Q[1-4]$/),
  value: z.number().nullable(),
});
export type Figure = z.infer<typeof FigureSchema>;

/** Default band half-width: this share of |value|… */
export const BAND_TOLERANCE_SHARE = 0.05;
/** …but never more than this many percentage points for a `%` target. */
export const PERCENT_BAND_TOLERANCE_CAP = 2;

/**
 * A target's rule re-stamped with the year judged: a grid judges each year against the step
 * in force (`pickTargetForYear`), whatever year the document named. The server judges cells
 * by it and `resolveDashboard` compares a child's target with its parent's by it.
 */
export function ruleInYear(
  t: Pick<TargetRule, 'comparator' | 'value' | 'unit' | 'kind' | 'direction'> & {
    valueMax: number | null;
    tolerance: number | null;
  },
  year: number,
): TargetRule {
  return {
    comparator: t.comparator,
    value: t.value,
    valueMax: t.valueMax,
    unit: t.unit,
    tolerance: t.tolerance,
    kind: t.kind,
    direction: t.direction,
    year,
  };
}

/** True when the target is judged on year-to-date sums: `cumulative` if stated, else only for counts. */
export function isCumulative(rule: Pick<TargetRule, 'kind' | 'cumulative'>): boolean {
  return rule.cumulative ?? rule.kind === 'count';
}

/**
 * Absolute half-width of a `~` band in the target's unit: the stated tolerance, else 5 % of
 * |value|, capped at 2 percentage points when the unit is `%`; 0 when the value is null.
 */
export function toleranceOf(rule: Pick<TargetRule, 'value' | 'unit' | 'tolerance'>): number {
  if (rule.tolerance !== null && rule.tolerance !== undefined) return rule.tolerance;
  if (rule.value === null) return 0;
  // 约95% should read 93–97 %, not 90.25–99.75 %: a relative share is too wide near 100 %.
  const relative = Math.abs(rule.value) * BAND_TOLERANCE_SHARE;
  return rule.unit === '%' ? Math.min(relative, PERCENT_BAND_TOLERANCE_CAP) : relative;
}
