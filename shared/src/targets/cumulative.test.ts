import { describe, expect, it } from 'vitest';
import { evaluateTarget } from './evaluate-target';
import type { Figure, TargetRule } from './target-rule';

// 建成100个: a count, so judged on the year-to-date sum against value × quarters / 4.
const built: TargetRule = {
  comparator: '>=',
  value: 100,
  unit: '个',
  kind: 'count',
  direction: 'up',
  year: 2024,
};
const rule = (over: Partial<TargetRule>): TargetRule => ({ ...built, ...over });
const figs = (values: (number | null | undefined)[]): Figure[] =>
  values.flatMap((value, i) => (value === undefined ? [] : [{ quarter: `2024Q${i + 1}`, value }]));
/** Spreads `total` over quarters 1..k. */
const ytd = (total: number, k: number) => Array.from({ length: k }, () => total / k);

describe('pro-rating Q1..Q4 (≥100 个)', () => {
  it.each<[number, number, number, string, string]>([
    [1, 25, 25, 'met', 'on_path'],
    [1, 24.9, 25, 'at_risk', 'behind_path'],
    [2, 50, 50, 'met', 'on_path'],
    [2, 49, 50, 'at_risk', 'behind_path'],
    [3, 75, 75, 'met', 'on_path'],
    [3, 74, 75, 'at_risk', 'behind_path'],
    [3, 100, 75, 'met', 'on_path'],
  ])('Q%d with %d built (path %d) → %s', (k, total, path, status, code) => {
    const r = evaluateTarget(built, figs(ytd(total, k)), `2024Q${k}`);
    expect(r.status).toBe(status);
    expect(r.reason.code).toBe(code);
    expect(r.reason.params.bound).toBeCloseTo(path, 9);
    expect(r.reason.params.basis).toBe('year_to_date');
    expect(r.projected).toBeCloseTo((total * 4) / k, 9);
  });

  it.each<[number, string]>([
    [100, 'met'],
    [99.99999999, 'met'],
    [99, 'missed'],
  ])('Q4 with %d built → %s (no at_risk)', (total, status) => {
    const r = evaluateTarget(built, figs(ytd(total, 4)), '2024Q4');
    expect(r.status).toBe(status);
    expect(r.projected).toBeUndefined();
  });

  it('sums the quarters rather than taking the latest', () => {
    const r = evaluateTarget(built, figs([20, 30]), '2024Q2');
    expect(r.reason.params.actual).toBe(50);
    expect(r.status).toBe('met');
  });

  it('pro-rates by the last reported quarter, not asOf', () => {
    const r = evaluateTarget(built, figs([20, 30]), '2024Q3');
    expect(r.status).toBe('met');
    expect(r.reason.params).toMatchObject({ quarter: '2024Q2', bound: 50 });
  });

  it('counts a missing quarter as nothing built once the year is over', () => {
    expect(evaluateTarget(built, figs([30, null, 30, 30]), '2025Q1').status).toBe('missed');
  });

  it('never calls a floor missed before Q4, however far behind', () => {
    expect(evaluateTarget(built, figs([0, 0, 0]), '2024Q3').status).toBe('at_risk');
  });

  it('words the path', () => {
    const r = evaluateTarget(built, figs([10, 20]), '2024Q2');
    expect(r.text).toBe('截至2024Q2累计30个，落后于进度目标50个（全年≥100个），预警');
  });
});

describe('cumulative ceilings and bands', () => {
  const cap = rule({ comparator: '<=', direction: 'down' });
  it.each<[string, TargetRule, (number | null)[], string, string]>([
    ['under the ceiling path', cap, [20], 'met', 'on_path'],
    ['at the ceiling path', cap, [25], 'met', 'on_path'],
    ['over the ceiling path', cap, [30], 'at_risk', 'over_path'],
    ['past the full-year ceiling', cap, [60, 50], 'missed', 'already_exceeded'],
    [
      'at an open ceiling (低于100)',
      rule({ comparator: '<' }),
      [60, 40],
      'missed',
      'already_exceeded',
    ],
    ['a negative correction keeps hope', cap, [120, -30], 'at_risk', 'over_path'],
    ['a negative figure stops the early verdict', cap, [130, -10], 'at_risk', 'over_path'],
    [
      'band ahead of its path (约100: 95–105)',
      rule({ comparator: '~', direction: 'band' }),
      [50],
      'at_risk',
      'over_path',
    ],
    [
      'band on path over two quarters',
      rule({ comparator: '~', direction: 'band' }),
      [25, 25],
      'met',
      'on_path',
    ],
    [
      'band behind path',
      rule({ comparator: '~', direction: 'band' }),
      [10, 10],
      'at_risk',
      'behind_path',
    ],
    [
      'band overshot',
      rule({ comparator: '~', direction: 'band' }),
      [60, 46],
      'missed',
      'already_exceeded',
    ],
  ])('%s', (_name, target, values, status, code) => {
    const r = evaluateTarget(target, figs(values), `2024Q${values.length}`);
    expect(r.status).toBe(status);
    expect(r.reason.code).toBe(code);
  });

  it('judges a ceiling at Q4 on the full year', () => {
    expect(evaluateTarget(cap, figs([25, 25, 25, 25]), '2024Q4').status).toBe('met');
    expect(evaluateTarget(cap, figs([25, 25, 25, 25.01]), '2024Q4').status).toBe('missed');
  });

  it('meets a ≥2-3 range at its lower end', () => {
    const r = evaluateTarget(rule({ value: 2, valueMax: 3 }), figs([1, 0, 1, 0]), '2024Q4');
    expect(r.status).toBe('met');
  });
});

describe('cumulative is a property of the target, not only its kind', () => {
  it('judges a count marked point-in-time on its latest figure', () => {
    const r = evaluateTarget(rule({ cumulative: false }), figs([60, 100]), '2024Q2');
    expect(r.reason.params).toMatchObject({ basis: 'latest', actual: 100 });
    expect(r.status).toBe('met');
  });
  it('judges a rate marked cumulative on its year-to-date sum', () => {
    const target = rule({ kind: 'rate', unit: '%', cumulative: true });
    const r = evaluateTarget(target, figs([30, 30]), '2024Q2');
    expect(r.reason.params).toMatchObject({ basis: 'year_to_date', actual: 60 });
  });
});
