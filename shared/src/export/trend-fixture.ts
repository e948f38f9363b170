import type { TrendReply } from '../api/trends.schema';
import type { Quarter } from '../quarters/quarter';
import type { Figure } from '../targets/target-rule';
import {
  buildRegionTrend,
  quarterRange,
  type TrendCandidate,
  type TrendStep,
} from './trend-series';

const ceiling = (id: number, year: number, value: number, depth: number): TrendCandidate => ({
  id,
  comparator: '<=',
  value,
  valueMax: null,
  tolerance: null,
  unit: '1/10万',
  kind: 'rate',
  direction: 'down',
  year,
  regionId: 1,
  source: null,
  regionName: '四川省',
  depth,
});

const figures = (values: Record<string, number | null>): Figure[] =>
  Object.entries(values).map(([quarter, value]) => ({ quarter, value }));

/**
 * A fixed data set for golden files: 孕产妇死亡率 2024Q1–2025Q4 in three prefectures under a
 * province ceiling that steps from ≤12 (2024) to ≤10 (2025); 绵阳市 has a gap in 2024Q3 and
 * its own 2025 target, and a name with a comma tests CSV quoting.
 */
export function trendFixture(): TrendReply {
  const quarters: Quarter[] = quarterRange('2024Q1', '2025Q4');
  const province: TrendStep[] = [
    { year: 2024, target: ceiling(1, 2024, 12, 1) },
    { year: 2025, target: ceiling(2, 2025, 10, 1) },
  ];
  const region = (id: number, code: string, name: string) => ({ id, code, name });
  return {
    indicator: { id: 7, name: '孕产妇死亡率', unit: '1/10万', direction: 'down', kind: 'rate' },
    from: '2024Q1',
    to: '2025Q4',
    quarters,
    regions: [
      buildRegionTrend({
        region: region(11, '510100', '成都市'),
        quarters,
        steps: province,
        figures: figures({
          '2024Q1': 9.5,
          '2024Q2': 10.2,
          '2024Q3': 11.8,
          '2024Q4': 11,
          '2025Q1': 9.8,
          '2025Q2': 10.1,
          '2025Q3': 9.4,
          '2025Q4': 8.9,
        }),
      }),
      buildRegionTrend({
        region: region(12, '510700', '绵阳市'),
        quarters,
        steps: [
          province[0]!,
          { year: 2025, target: { ...ceiling(3, 2025, 9, 0), regionId: 12, regionName: '绵阳市' } },
        ],
        figures: figures({
          '2024Q1': 13.1,
          '2024Q2': 12.6,
          '2024Q3': null,
          '2024Q4': 12.4,
          '2025Q1': 10.5,
          '2025Q2': 9.9,
          '2025Q3': 9.2,
        }),
      }),
      buildRegionTrend({
        region: region(13, '513400', '凉山州,彝族'),
        quarters,
        steps: province,
        figures: figures({
          '2024Q1': 20.4,
          '2024Q2': 18.7,
          '2024Q3': 17.5,
          '2024Q4': 16.2,
          '2025Q1': 14.8,
          '2025Q2': 13.9,
          '2025Q3': 12.1,
          '2025Q4': 11.5,
        }),
      }),
    ],
  };
}
