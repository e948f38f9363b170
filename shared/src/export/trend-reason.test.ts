import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quarterOf } from '../quarters/quarter';
import { evaluateTarget } from '../targets/evaluate-target';
import { COMPARATORS } from '../targets/vocabulary';
import { buildRegionTrend, quarterRange, trendReasonText } from './trend-series';

const candidate = fc.record({
  comparator: fc.constantFrom(...COMPARATORS),
  value: fc.option(fc.integer({ min: 1, max: 400 }), { nil: null }),
  width: fc.integer({ min: 1, max: 40 }),
  kind: fc.constantFrom('rate' as const, 'count' as const),
  direction: fc.constantFrom('up' as const, 'down' as const),
  depth: fc.integer({ min: 0, max: 2 }),
});

describe('trend reasons worded on demand', () => {
  it('give the sentence evaluateTarget gives at every point, for any target and figures', () => {
    fc.assert(
      fc.property(
        candidate,
        fc.array(fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }), {
          minLength: 8,
          maxLength: 8,
        }),
        (c, values) => {
          const target = {
            id: 1,
            comparator: c.comparator,
            value: c.value,
            valueMax: c.comparator === '=' && c.value !== null ? c.value + c.width : null,
            tolerance: null,
            unit: c.kind === 'count' ? '人' : '%',
            kind: c.kind,
            direction: c.direction,
            year: 2024,
            regionId: 1,
            regionName: '全国',
            depth: c.depth,
            source: null,
          };
          const figures = values.flatMap((value, i) =>
            value === null
              ? []
              : [{ quarter: quarterOf(2024 + Math.floor(i / 4), (i % 4) + 1), value }],
          );
          const quarters = quarterRange('2024Q1', '2025Q4');
          const trend = buildRegionTrend({
            region: { id: 2, code: '110000', name: '甲省' },
            quarters,
            steps: [
              { year: 2024, target },
              { year: 2025, target },
            ],
            figures,
          });
          const byYear = new Map(trend.targets.map((t) => [t.year, t]));
          trend.points.forEach((p, i) => {
            const year = 2024 + Math.floor(i / 4);
            const own = figures.filter((f) => f.quarter.startsWith(String(year)));
            const expected =
              values[i] === null
                ? '本季度未上报'
                : evaluateTarget({ ...target, year }, own, p.quarter).text;
            expect(trendReasonText(p, byYear.get(year))).toBe(expected);
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('give none where no target is in force', () => {
    const trend = buildRegionTrend({
      region: { id: 2, code: '110000', name: '甲省' },
      quarters: quarterRange('2024Q1', '2024Q2'),
      steps: [],
      figures: [{ quarter: '2024Q1', value: 3 }],
    });
    expect(trend.points.map((p) => trendReasonText(p, undefined))).toEqual([null, null]);
  });
});
