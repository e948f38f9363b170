import type { TrendReply } from '../api/trends.schema';
import type { Quarter } from '../quarters/quarter';
import {
  buildRegionTrend,
  quarterRange,
  type TrendCandidate,
  type TrendStep,
} from './trend-series';

const target = (id: number, year: number, rule: Partial<TrendCandidate>): TrendCandidate => ({
  id,
  comparator: '>=',
  value: 90,
  valueMax: null,
  tolerance: null,
  unit: '%',
  kind: 'rate',
  direction: 'up',
  year,
  regionId: 1,
  source: null,
  regionName: '四川省',
  depth: 0,
  ...rule,
});

/**
 * A target that changes shape between years: 2024 a band 90–95%, 2025 a floor ≥92%. The miss
 * side must follow each year's rule (green band in 2024, red below the floor in 2025).
 */
export function bandToFloorFixture(): TrendReply {
  const quarters: Quarter[] = quarterRange('2024Q1', '2025Q4');
  const steps: TrendStep[] = [
    {
      year: 2024,
      target: target(1, 2024, { comparator: '=', value: 90, valueMax: 95, direction: 'band' }),
    },
    { year: 2025, target: target(2, 2025, { comparator: '>=', value: 92 }) },
  ];
  const values = [91, 93, 96, 94, 90, 93, 92.5, 95];
  return {
    indicator: { id: 3, name: '住院分娩率', unit: '%', direction: 'up', kind: 'rate' },
    from: '2024Q1',
    to: '2025Q4',
    quarters,
    regions: [
      buildRegionTrend({
        region: { id: 1, code: '510000', name: '四川省' },
        quarters,
        steps,
        figures: quarters.map((quarter, i) => ({ quarter, value: values[i]! })),
      }),
    ],
  };
}
