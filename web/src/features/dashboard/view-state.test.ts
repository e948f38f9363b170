import { describe, expect, it } from 'vitest';
import { dashboardXlsxHref, readView, viewHref } from './view-state';

describe('dashboard view in the URL', () => {
  it('round-trips every part of the view', () => {
    const href =
      '/dashboard?region=510000&year=2026&quarter=2&category=%E5%A6%87%E5%B9%BC%E5%81%A5%E5%BA%B7&only=red&sort=worst&view=children';
    const view = readView(new URL(href, 'http://x').searchParams);
    expect(view).toEqual({
      region: '510000',
      year: 2026,
      quarter: 2,
      category: '妇幼健康',
      onlyRed: true,
      sort: 'worst',
      view: 'children',
    });
    expect(viewHref(view)).toBe(href);
  });

  it('ignores malformed values and leaves defaults out', () => {
    const view = readView(new URLSearchParams('year=20x6&quarter=5&sort=best&view=map'));
    expect(view).toMatchObject({ year: undefined, quarter: undefined, sort: 'code', view: 'own' });
    expect(viewHref(view)).toBe('/dashboard');
  });

  it('exports the region on screen, not the last region of the breadcrumbs', () => {
    // 全国 → 四川省: the breadcrumbs hold 全国 only; the view is 四川省's.
    const href = dashboardXlsxHref({
      parent: { region: { code: '510000' } },
      year: 2017,
      quarter: '2017Q4',
      category: '妇幼健康',
    });
    const q = new URL(href, 'http://x').searchParams;
    expect(new URL(href, 'http://x').pathname).toBe('/api/export/dashboard.xlsx');
    expect(Object.fromEntries(q)).toEqual({
      region: '510000',
      year: '2017',
      quarter: '4',
      category: '妇幼健康',
    });
  });
});
