import type { TrendPoint } from '../api/trends.schema';

/** What a chart shades for one quarter's target: the band met, or the side that misses. */
export interface TargetShade {
  /** `met`: inside a `=`/`~` band; `missed`: beyond a floor or a ceiling. */
  side: 'met' | 'missed';
  from: number;
  to: number;
}

/**
 * The shading of one quarter's target within the chart's value range `[min, max]`, decided
 * for each quarter on its own so a target that changes from a band to a floor between years
 * shades each year by its own rule: a band (both edges) is shaded green between its edges, a
 * floor (lower edge only) red from the bottom up to it, a ceiling (upper edge only) red from it
 * to the top; no target, no shading. The on-screen chart and the SVG/PNG export both call it.
 */
export function targetShade(
  point: Pick<TrendPoint, 'lower' | 'upper'>,
  domain: { min: number; max: number },
): TargetShade | null {
  const { lower, upper } = point;
  if (lower !== null && upper !== null) return { side: 'met', from: lower, to: upper };
  if (lower !== null) return { side: 'missed', from: domain.min, to: lower };
  if (upper !== null) return { side: 'missed', from: upper, to: domain.max };
  return null;
}

/** How a target's shading reads in a legend, for the shadings its quarters use. */
export function shadeLegend(shades: readonly (TargetShade | null)[]): string {
  const sides = new Set(shades.flatMap((s) => (s ? [s.side] : [])));
  const parts = [
    ...(sides.has('met') ? ['浅蓝：达标区间'] : []),
    ...(sides.has('missed') ? ['浅橙：未达标一侧'] : []),
  ];
  return parts.length ? `（${parts.join('，')}）` : '';
}

/** `2024年≤10/10万；2025年≤9/10万`, with repeated rules folded into one. */
export function compactRules(rules: readonly string[]): string {
  const out: string[] = [];
  let last = '';
  for (const r of rules) {
    const rule = r.replace(/^\d+年/, '');
    if (rule !== last) out.push(r);
    last = rule;
  }
  return out.length === 1 ? out[0]!.replace(/^\d+年/, '') : out.join('；');
}
