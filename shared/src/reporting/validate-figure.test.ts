import { describe, expect, it } from 'vitest';
import { validateFigure, type FigureIndicator } from './validate-figure';

const pct: FigureIndicator = { unit: '%', kind: 'rate', allowNegative: false };
const growth: FigureIndicator = { unit: '%', kind: 'rate', allowNegative: true };
const permille: FigureIndicator = { unit: '‰', kind: 'rate', allowNegative: false };
const per100k: FigureIndicator = { unit: '1/10万', kind: 'rate', allowNegative: false };
const count: FigureIndicator = { unit: '人', kind: 'count', allowNegative: false };
const amount: FigureIndicator = { unit: '万元', kind: 'amount', allowNegative: false };

const v = (
  value: number | null,
  numerator: number | null = null,
  denominator: number | null = null,
) => ({
  value,
  numerator,
  denominator,
});
const codes = (ind: FigureIndicator, input: ReturnType<typeof v>) =>
  validateFigure(ind, input).issues.map((i) => `${i.field}:${i.code}`);

describe('validateFigure', () => {
  it.each([
    [pct, 0, []],
    [pct, 100, []],
    [pct, 100.01, ['value:percent_out_of_range']],
    [pct, -0.1, ['value:percent_out_of_range']],
    [growth, -12.5, []],
    [growth, 250, []],
    [permille, 0, []],
    [permille, -1, ['value:negative_not_allowed']],
    [per100k, 1200, []],
    [per100k, -0.5, ['value:negative_not_allowed']],
    [count, 12, []],
    [count, 12.5, ['value:not_whole_number']],
    [count, -1, ['value:negative_not_allowed']],
    [amount, -3, ['value:negative_not_allowed']],
    [{ ...amount, allowNegative: true }, -3, []],
    [pct, Number.NaN, ['value:not_a_number']],
  ] as const)('%o value %d → %o', (ind, value, expected) => {
    expect(codes(ind, v(value))).toEqual(expected);
  });

  it('leaves an empty value alone', () => {
    expect(validateFigure(pct, v(null))).toEqual({ value: null, issues: [] });
  });

  it('computes the value from numerator and denominator by unit', () => {
    expect(validateFigure(pct, v(null, 45, 50)).value).toBe(90);
    expect(validateFigure(permille, v(null, 3, 1000)).value).toBeCloseTo(3);
    expect(validateFigure(per100k, v(null, 12, 300_000)).value).toBeCloseTo(4);
  });

  it('accepts a typed value that agrees with the ratio up to rounding, and refuses one that does not', () => {
    expect(codes(pct, v(66.67, 2, 3))).toEqual([]);
    expect(validateFigure(pct, v(66.67, 2, 3)).value).toBeCloseTo(66.6667, 3);
    expect(codes(pct, v(70, 2, 3))).toEqual(['value:value_mismatch']);
  });

  it('names the ratio problems', () => {
    expect(codes(pct, v(null, 5, null))).toEqual(['denominator:denominator_missing']);
    expect(codes(pct, v(null, null, 5))).toEqual(['numerator:numerator_missing']);
    expect(codes(pct, v(null, 5, 0))).toEqual(['denominator:denominator_zero']);
    expect(codes(pct, v(null, -1, 5))).toEqual(['numerator:negative_not_allowed']);
    expect(codes(pct, v(null, 60, 50))).toEqual(['value:percent_out_of_range']);
    expect(codes(count, v(null, 1, 2))).toEqual(['numerator:ratio_not_applicable']);
  });

  it('speaks Chinese', () => {
    expect(validateFigure(pct, v(120)).issues[0]?.message).toBe('百分比应在 0 到 100 之间');
    expect(validateFigure(count, v(1.5)).issues[0]?.message).toBe('数量应为整数');
  });
});
