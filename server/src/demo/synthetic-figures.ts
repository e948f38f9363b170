import type { StoredTarget } from '@targetboard/shared/api/documents.schema';

/** A small seeded PRNG (mulberry32): the demo looks the same on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** slipping: meets today, but the year's falling trend misses by Q4 (预警 with a projection). */
export type Outcome = 'met' | 'slipping' | 'near' | 'missed' | 'missing';

export interface SyntheticFigure {
  quarter: string;
  value: number;
}

const round = (v: number, unit: string) =>
  unit === '%' || unit === '‰' ? Math.round(v * 10) / 10 : Math.round(v * 100) / 100;

/**
 * Draws how a region fares against a target: mostly met, some slipping or near the bound,
 * some missed, a few silent.
 */
export function drawOutcome(random: () => number): Outcome {
  const r = random();
  return r < 0.5
    ? 'met'
    : r < 0.6
      ? 'slipping'
      : r < 0.72
        ? 'near'
        : r < 0.9
          ? 'missed'
          : 'missing';
}

/**
 * Plausible quarterly figures for one region against one confirmed target over its year and
 * the year before, up to `lastQuarter` of its year (a year still in progress stops early):
 * rates drift towards where the region ends up; counts accumulate per quarter.
 * Ceilings (death rates, cost growth) mirror floors. Percentages stay within 0–100.
 */
export function syntheticFigures(
  target: Pick<
    StoredTarget,
    'comparator' | 'value' | 'valueMax' | 'unit' | 'kind' | 'direction' | 'year' | 'tolerance'
  >,
  drawn: Outcome,
  random: () => number,
  lastQuarter: 1 | 2 | 3 | 4 = 4,
): SyntheticFigure[] {
  if (drawn === 'missing' || target.value === null || target.year === null) return [];
  const last = `${target.year}Q${lastQuarter}`;
  return allQuarters(target, drawn, random).filter((f) => f.quarter <= last);
}

function allQuarters(
  target: Parameters<typeof syntheticFigures>[0],
  drawn: Exclude<Outcome, 'missing'>,
  random: () => number,
): SyntheticFigure[] {
  const bound = target.value!;
  const year = target.year!;
  const quarters = [year - 1, year].flatMap((y) => [1, 2, 3, 4].map((q) => `${y}Q${q}`));
  // A slide needs a line to slide along: counts and bands show it as a near miss instead.
  const outcome =
    drawn === 'slipping' && (target.kind === 'count' || target.comparator === '~') ? 'near' : drawn;
  if (target.kind === 'count') {
    // Counts are judged year to date: spread the year's total over the quarters.
    const total =
      bound *
      (outcome === 'met'
        ? 1.05 + random() * 0.2
        : outcome === 'near'
          ? 0.85 + random() * 0.1
          : 0.4 + random() * 0.3);
    const shares = [0, 1, 2, 3].map(() => 0.7 + random() * 0.6);
    const sum = shares.reduce((a, b) => a + b, 0);
    // Whole increments that add up to the drawn total exactly (rounding never flips the outcome).
    let left = Math.round(total);
    return quarters.slice(4).map((quarter, i) => {
      const value = i === 3 ? left : Math.min(left, Math.round((total * shares[i]!) / sum));
      left -= value;
      return { quarter, value: Math.max(0, value) };
    });
  }
  const ceiling =
    target.comparator === '<=' ||
    target.comparator === '<' ||
    (target.comparator !== '~' && target.direction === 'down');
  const scale = Math.max(Math.abs(bound), 1);
  const margin = target.comparator === '~' ? (target.tolerance ?? scale * 0.05) : scale * 0.08;
  // Shares stay within 0–100 and amounts above 0; a growth-rate bound below 0 keeps its sign.
  const floor = bound >= 0 ? 0 : -Infinity;
  const clamp = (value: number) =>
    round(Math.max(floor, target.unit === '%' ? Math.min(100, value) : value), target.unit);
  const side = ceiling ? -1 : 1;
  if (outcome === 'slipping') {
    // Above the bound all last year, then falling 0.45 steps a quarter from Q1: Q3 still meets,
    // the line through the year's quarters crosses the bound before Q4. A share's step fits
    // below 100 %, or the cap would flatten the slide.
    const step = ceiling || target.unit !== '%' ? margin : Math.min(margin, (100 - bound) / 1.2);
    return quarters.map((quarter, i) => ({
      quarter,
      value: clamp(bound + side * step * (i < 4 ? 1.3 + random() * 0.3 : 1.1 - 0.45 * (i - 4))),
    }));
  }
  const gap =
    outcome === 'met'
      ? margin * (0.2 + random() * 0.8)
      : outcome === 'near'
        ? -margin * (0.05 + random() * 0.2)
        : -margin * (0.6 + random() * 1.2);
  const end =
    target.comparator === '~'
      ? bound +
        (outcome === 'met' ? (random() - 0.5) * margin : gap * 2 * (random() < 0.5 ? 1 : -1))
      : ceiling
        ? bound - gap
        : bound + gap;
  const start = end + (ceiling ? 1 : -1) * margin * (0.5 + random());
  return quarters.map((quarter, i) => {
    const drift = start + ((end - start) * i) / (quarters.length - 1);
    return { quarter, value: clamp(drift + (random() - 0.5) * margin * 0.3) };
  });
}
