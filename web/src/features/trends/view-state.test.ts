import { describe, expect, it } from 'vitest';
import { lastEndedQuarter, parseView, viewHref } from './view-state';

describe('trend view in the URL', () => {
  const now = new Date(2026, 1, 10); // February 2026
  it('round-trips through the link', () => {
    const view = { indicatorId: 7, regionIds: [3, 1, 2], from: '2024Q1', to: '2025Q4' };
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
});
