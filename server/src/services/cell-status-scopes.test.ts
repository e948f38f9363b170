import { describe, expect, it } from 'vitest';
import type { DirtyNote } from '@targetboard/db/repositories/cell-statuses.repository';
import { planRefresh } from './cell-status-scopes';

const figures = (year: number, indicator: number, regions: number[]): DirtyNote => ({
  regionIds: regions,
  subtree: false,
  indicatorIds: [indicator],
  yearFrom: year,
  yearTo: year,
});

describe('planRefresh', () => {
  it('judges each indicator in the regions written for it, not the cross product', () => {
    const plan = planRefresh([figures(2025, 1, [10]), figures(2025, 2, [20])], [2025]);
    expect(plan.perYear.get(2025)).toEqual([
      { allRegions: false, regions: new Set([10]), subtrees: new Set(), indicators: [1] },
      { allRegions: false, regions: new Set([20]), subtrees: new Set(), indicators: [2] },
    ]);
  });

  it('judges indicators written in the same regions in one pass', () => {
    const plan = planRefresh(
      [figures(2025, 1, [10, 11]), figures(2025, 2, [11, 10]), figures(2025, 3, [10])],
      [2025],
    );
    expect(plan.perYear.get(2025)!.map((s) => [s.indicators, [...s.regions]])).toEqual([
      [
        [1, 2],
        [10, 11],
      ],
      [[3], [10]],
    ]);
  });

  it('keeps a note of every indicator (a region moved) as its own pass', () => {
    const moved: DirtyNote = {
      regionIds: [5],
      subtree: true,
      indicatorIds: null,
      yearFrom: null,
      yearTo: null,
    };
    const plan = planRefresh([moved, figures(2025, 1, [10])], [2024, 2025]);
    expect(plan.perYear.get(2024)).toEqual([
      { allRegions: false, regions: new Set(), subtrees: new Set([5]), indicators: null },
    ]);
    expect(plan.perYear.get(2025)!.map((s) => s.indicators)).toEqual([null, [1]]);
  });

  it('builds a written year not held whole, and judges nothing else of it', () => {
    const plan = planRefresh([figures(2026, 1, [10]), figures(2025, 1, [10])], [2025]);
    expect([...plan.whole]).toEqual([2026]);
    expect([...plan.perYear.keys()]).toEqual([2025]);
  });

  it('takes the union in one pass when the groups are many', () => {
    const notes = Array.from({ length: 12 }, (_, i) => figures(2025, i + 1, [100 + i]));
    const [only, ...rest] = planRefresh(notes, [2025]).perYear.get(2025)!;
    expect(rest).toEqual([]);
    expect(only!.indicators).toHaveLength(12);
    expect(only!.regions.size).toBe(12);
  });
});
