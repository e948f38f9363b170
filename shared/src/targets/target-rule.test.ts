import { describe, expect, it } from 'vitest';
import { FigureSchema, TargetRuleSchema, isCumulative, toleranceOf } from './target-rule';

describe('toleranceOf', () => {
  it.each<[number | null, string, number | null | undefined, number]>([
    [95, '%', undefined, 2], // 5 % would be 4.75: capped at 2 points
    [30, '%', undefined, 1.5], // 5 % of 30
    [40, '%', null, 2], // cap reached exactly
    [8, '1/10万', undefined, 0.4],
    [100, '个', undefined, 5],
    [-10, '%', undefined, 0.5],
    [95, '%', 1, 1], // stated wins
    [95, '%', 0, 0],
    [null, '%', undefined, 0],
  ])('value %s %s, stated %s → %d', (value, unit, tolerance, expected) => {
    expect(toleranceOf({ value, unit, tolerance })).toBeCloseTo(expected, 12);
  });
});

describe('isCumulative', () => {
  it.each([
    ['count', undefined, true],
    ['rate', undefined, false],
    ['amount', undefined, false],
    ['count', false, false],
    ['rate', true, true],
  ] as const)('%s with cumulative=%s → %s', (kind, cumulative, expected) => {
    expect(isCumulative({ kind, cumulative })).toBe(expected);
  });
});

describe('schemas', () => {
  it('accepts an extracted target and rejects a bad comparator', () => {
    const rule = {
      comparator: '>=',
      value: 95,
      valueMax: null,
      unit: '%',
      kind: 'rate',
      direction: 'up',
      year: 2020,
    };
    expect(TargetRuleSchema.safeParse(rule).success).toBe(true);
    expect(TargetRuleSchema.safeParse({ ...rule, comparator: '≥' }).success).toBe(false);
  });
  it('checks the quarter format of a figure', () => {
    expect(FigureSchema.safeParse({ quarter: '2020Q4', value: 1 }).success).toBe(true);
    expect(FigureSchema.safeParse({ quarter: '2020-Q4', value: 1 }).success).toBe(false);
  });
});
