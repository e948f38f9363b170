import { describe, expect, it } from 'vitest';
import { REASON_CODES } from '../targets/reason';
import { TARGET_STATUSES } from '../targets/status';
import {
  compactRegionTrend,
  PROJECTION_DECIMALS,
  quarterRange,
  resolveTrend,
  trendFrame,
  type TrendCandidate,
} from './trend-series';

const floor: TrendCandidate = {
  id: 7,
  comparator: '>=',
  value: 95,
  valueMax: null,
  tolerance: null,
  unit: '%',
  kind: 'rate',
  direction: 'up',
  year: 2025,
  regionId: 1,
  regionName: '乙省',
  depth: 1,
  source: null,
};

/** A reply of one county whose figures climb unevenly through 2025 under a 95 % floor. */
function replyOf(figures: { quarter: string; value: number }[]) {
  const quarters = quarterRange('2025Q1', '2025Q4');
  const frame = trendFrame(quarters);
  const region = compactRegionTrend(
    {
      region: { id: 3, code: '120101', name: '丙县' },
      steps: [{ year: 2025, target: floor }],
      figures,
    },
    frame,
  );
  return {
    indicator: {
      id: 1,
      name: '覆盖率',
      unit: '%',
      direction: 'up' as const,
      kind: 'rate' as const,
    },
    from: quarters[0]!,
    to: quarters.at(-1)!,
    quarters,
    targets: [...frame.targets.values()],
    statuses: [...TARGET_STATUSES],
    reasons: [...REASON_CODES],
    regions: [region],
  };
}

describe('a trend region in columns', () => {
  const figures = [
    { quarter: '2025Q1', value: 80 },
    { quarter: '2025Q2', value: 80.1 },
    { quarter: '2025Q3', value: 80.3 },
  ];

  it('keeps a projection to PROJECTION_DECIMALS places, not a division’s seventeen digits', () => {
    const [region] = replyOf(figures).regions;
    const q3 = region!.projected[2]!;
    // The least-squares line through 80, 80.1, 80.3 reaches 80.4333… at Q4.
    expect(q3).toBeCloseTo(80.4333, 4);
    expect(String(q3).split('.')[1]!.length).toBeLessThanOrEqual(PROJECTION_DECIMALS);
  });

  it('sends statuses and reasons as indices the reply lists, and resolves them back', () => {
    const reply = replyOf(figures);
    const [region] = reply.regions;
    for (const i of region!.statuses) expect(Number.isInteger(i)).toBe(true);
    const points = resolveTrend(reply).regions[0]!.points;
    expect(points.map((p) => [p.status, p.reason])).toEqual([
      ['missed', 'misses'],
      ['missed', 'misses'],
      ['missed', 'misses'],
      ['no_data', null],
    ]);
    // The indices mean what the reply's lists say, whatever order those come in.
    const reversed = { ...reply, statuses: [...reply.statuses].reverse() };
    reversed.regions = [
      {
        ...region!,
        statuses: region!.statuses.map((i) => reply.statuses.length - 1 - i),
      },
    ];
    expect(resolveTrend(reversed).regions[0]!.points.map((p) => p.status)).toEqual(
      points.map((p) => p.status),
    );
  });

  it('refuses a point whose index the reply does not list', () => {
    const reply = replyOf(figures);
    const broken = { ...reply, reasons: reply.reasons.slice(0, 1) };
    expect(() => resolveTrend(broken)).toThrow(/does not list/);
  });
});
