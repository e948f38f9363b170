import { describe, expect, it } from 'vitest';
import { defaultPeriod } from './dashboard.service';

describe('the period a dashboard opens on', () => {
  const now = new Date(2026, 10, 24); // 24 November 2026: 2026Q4 is running
  it.each([
    [[2017, 2012], { year: 2017, quarter: 4 }],
    [[2027, 2026, 2017], { year: 2026, quarter: 4 }],
    [[2028], { year: 2026, quarter: 4 }],
    [[], { year: 2026, quarter: 4 }],
  ])('target years %j → %j', (years, expected) => {
    expect(defaultPeriod(years, now)).toEqual(expected);
  });

  it('keeps the current quarter in the current year', () => {
    expect(defaultPeriod([2026], new Date(2026, 4, 1))).toEqual({ year: 2026, quarter: 2 });
    expect(defaultPeriod([2025], new Date(2026, 4, 1))).toEqual({ year: 2025, quarter: 4 });
  });
});
