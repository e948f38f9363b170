import { describe, expect, it } from 'vitest';
import { lastEndedQuarter, parseQuarter } from '@targetboard/shared/quarters/quarter';
import { parseView, quarterOptions, rangeForTargetYears, viewHref } from './view-state';

describe('trend view in the URL', () => {
  const now = new Date(2026, 1, 10); // February 2026
  it('round-trips through the link', () => {
    const view = {
      indicatorId: 7,
      regionIds: [3, 1, 2],
      from: parseQuarter('2024Q1')!,
      to: parseQuarter('2025Q4')!,
    };
    const href = viewHref(view);
    expect(href).toBe('/trends?indicator=7&regions=3,1,2&from=2024Q1&to=2025Q4');
    expect(parseView(new URL(href, 'http://x').searchParams, now)).toEqual(view);
  });
  it('fills defaults and drops junk', () => {
    expect(lastEndedQuarter(now)).toBe('2025Q4');
    expect(parseView(new URLSearchParams('regions=a,2,2,-1&from=2030Q1'), now)).toEqual({
      indicatorId: null,
      regionIds: [2],
      from: '2025Q4',
      to: '2025Q4',
    });
    expect(parseView(new URLSearchParams(''), now).from).toBe('2024Q1');
  });

  it('shows the latest target year and the one before when an indicator is picked', () => {
    expect(rangeForTargetYears([2017, 2012], now)).toEqual({ from: '2016Q1', to: '2017Q4' });
    expect(rangeForTargetYears([2026], now)).toEqual({ from: '2024Q1', to: '2025Q4' });
    expect(rangeForTargetYears([], now)).toBeNull();
    const shown = { from: parseQuarter('2011Q1')!, to: parseQuarter('2012Q4')! };
    expect(quarterOptions(now, shown)[0]).toBe('2011Q1');
    expect(quarterOptions(now).length).toBe(45);
    expect(quarterOptions(now).at(-1)).toBe('2026Q4');
  });
});
