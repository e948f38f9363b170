import { describe, expect, it } from 'vitest';
import { validateFigure } from '../reporting/validate-figure';
import { CASE_INDICATORS, FIGURE_CASES, type FigureOutcome } from './figure-cases.fixture';
import { parseFigureNumber } from './parse-figure';

describe('parseFigureNumber', () => {
  it.each([
    ['', '%', null],
    [' \t', '人', null],
    ['0', '人', 0],
    ['-0.25', '元', -0.25],
    ['+7', '人', 7],
    ['1e3', '人', 1000],
    ['1,000,000', '人', 1_000_000],
    ['-1,234.5', '元', -1234.5],
    ['98‰', '‰', 98],
    ['98%', '%', 98],
    ['98％', '%', 98],
  ])('%j (%s) → %j', (text, unit, expected) =>
    expect(parseFigureNumber(text, unit)).toBe(expected),
  );
  it.each([
    ['1,2', '%'],
    ['1,2345', '人'],
    ['1,,234', '人'],
    ['1,234,56', '人'],
    ['98‰', '%'],
    ['98%', '‰'],
    ['98%', '1/10万'],
    ['9 8', '人'],
    ['1.2.3', '人'],
    ['Infinity', '人'],
    ['0x10', '人'],
    ['%12', '%'],
  ])('%j (%s) is not a number', (text, unit) => expect(parseFigureNumber(text, unit)).toBeNaN());
});

describe('the shared outcome of every agreement case', () => {
  it.each(FIGURE_CASES)('%s %j', (indicator, text, expected) => {
    const unit = CASE_INDICATORS[indicator].unit;
    const value = parseFigureNumber(text, unit);
    const checked = validateFigure(CASE_INDICATORS[indicator], {
      value,
      numerator: null,
      denominator: null,
    });
    const outcome: FigureOutcome =
      value === null
        ? { blank: true }
        : checked.issues[0]
          ? { code: checked.issues[0].code }
          : { value: checked.value! };
    expect(outcome).toEqual(expected);
  });
});
