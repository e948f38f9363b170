import { describe, expect, it } from 'vitest';
import {
  addQuarters,
  isQuarter,
  lastEndedQuarter,
  parseQuarter,
  quarterAt,
  quarterOf,
  numberOfQuarter,
  quarterParts,
  quarterRange,
  yearOfQuarter,
  type Quarter,
} from './quarter';

const q = (text: string): Quarter => {
  const parsed = parseQuarter(text);
  if (parsed === null) throw new Error(`bad fixture ${text}`);
  return parsed;
};

describe('parseQuarter', () => {
  it.each(['2017Q1', '2017Q4', '1900Q1', '2200Q2'])('accepts %s', (text) => {
    expect(parseQuarter(text)).toBe(text);
    expect(isQuarter(text)).toBe(true);
  });
  it.each(['2017Q5', '2017Q0', '2017q1', '17Q1', '2017-Q1', '1899Q4', '2201Q1', ''])(
    'rejects %s',
    (text) => {
      expect(parseQuarter(text)).toBeNull();
      expect(isQuarter(text)).toBe(false);
    },
  );
});

describe('quarter arithmetic', () => {
  it('splits a quarter into its year and number', () => {
    expect(quarterParts(q('2017Q4'))).toEqual({ year: 2017, quarter: 4 });
  });

  it('reads the same year and number from the digits as quarterParts, for every quarter', () => {
    for (let year = 1900; year <= 2200; year++)
      for (let n = 1; n <= (year === 2200 ? 1 : 4); n++) {
        const quarter = q(`${year}Q${n}`);
        expect([yearOfQuarter(quarter), numberOfQuarter(quarter)]).toEqual([year, n]);
      }
  });

  it.each<[string, number, string]>([
    ['2017Q4', 1, '2018Q1'],
    ['2017Q4', -4, '2016Q4'],
    ['2018Q1', -1, '2017Q4'],
    ['2018Q1', 0, '2018Q1'],
    ['2026Q2', -7, '2024Q3'],
    ['2026Q2', 44, '2037Q2'],
    // Stepping past the supported years keeps the shape: 1900Q1's year-ago quarter has no data.
    ['1900Q1', -4, '1899Q1'],
  ])('%s %+d → %s', (from, offset, to) => {
    expect(addQuarters(q(from), offset)).toBe(to);
  });

  it('builds a quarter from numbers and refuses what is not one', () => {
    expect(quarterOf(2026, 3)).toBe('2026Q3');
    expect(() => quarterOf(2026, 5)).toThrow(RangeError);
    expect(() => quarterOf(2026, 0)).toThrow(RangeError);
    expect(() => quarterOf(99, 1)).toThrow(RangeError);
    expect(() => quarterOf(2026.5, 1)).toThrow(RangeError);
  });

  it('lists a range with both ends, across years', () => {
    expect(quarterRange(q('2025Q3'), q('2026Q2'))).toEqual([
      '2025Q3',
      '2025Q4',
      '2026Q1',
      '2026Q2',
    ]);
    expect(quarterRange(q('2026Q2'), q('2026Q2'))).toEqual(['2026Q2']);
    expect(quarterRange(q('2026Q3'), q('2026Q2'))).toEqual([]);
  });
});

describe('quarters of the calendar', () => {
  it.each<[Date, string, string]>([
    [new Date(2026, 0, 1), '2026Q1', '2025Q4'],
    [new Date(2026, 1, 10), '2026Q1', '2025Q4'],
    [new Date(2026, 2, 31, 23, 59), '2026Q1', '2025Q4'],
    [new Date(2026, 3, 1), '2026Q2', '2026Q1'],
    [new Date(2026, 8, 30), '2026Q3', '2026Q2'],
    [new Date(2026, 11, 31), '2026Q4', '2026Q3'],
  ])('%s is in %s; the last ended is %s', (now, running, ended) => {
    expect(quarterAt(now)).toBe(running);
    expect(lastEndedQuarter(now)).toBe(ended);
  });
});
