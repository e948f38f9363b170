/** The target governing one year of a multi-year trajectory, and where it came from. */
export interface YearStep<T> {
  /** The chosen target with `year` set to the year asked for, ready for `evaluateTarget`. */
  target: T;
  /** The year the document set it for (null: the document named none). */
  sourceYear: number | null;
  /** True when the target was set for another year and carried into this one. */
  carried: boolean;
}

/**
 * Each year's step: the target set for exactly `year`, else the latest earlier year's (still in
 * force), else one with no year; null when only later years have targets. Ties keep input order.
 */
export function pickTargetForYear<T extends { year: number | null }>(
  targets: readonly T[],
  year: number,
): YearStep<T> | null {
  let best: T | undefined;
  for (const t of targets) {
    if (t.year === year) return { target: t, sourceYear: year, carried: false };
    if (t.year === null) {
      best ??= t;
    } else if (t.year < year && (best === undefined || best.year === null || t.year > best.year)) {
      best = t;
    }
  }
  if (best === undefined) return null;
  // Re-stamped so the evaluation reads this year's figures, not the source year's.
  return { target: { ...best, year }, sourceYear: best.year, carried: true };
}
