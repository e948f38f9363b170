import { describe, expect, it } from 'vitest';
import type { TrendReply } from '../api/trends.schema';
import type { Quarter } from '../quarters/quarter';
import { buildChartSvg } from './chart-svg';
import { valueDomain } from './chart-scale';
import { projectionLabel, projectionSegments } from './projection';
import { buildRegionTrend, quarterRange, type TrendCandidate } from './trend-series';

const floor: TrendCandidate = {
  id: 7,
  comparator: '>=',
  value: 95,
  valueMax: null,
  tolerance: null,
  unit: '%',
  kind: 'rate',
  direction: 'up',
  year: 2017,
  regionId: 1,
  regionName: '全国',
  depth: 1,
  source: { documentId: 3, start: 10, end: 30, quote: '住院分娩率达到95%以上。' },
};

/** 甲省 slips from 99 % towards the 95 % floor: Q3 still meets, the trend misses by Q4. */
function reply(to: string, figures: Record<string, number>): TrendReply {
  const quarters: Quarter[] = quarterRange('2017Q1', to);
  const region = buildRegionTrend({
    region: { id: 2, code: '110000', name: '甲省' },
    quarters,
    steps: [{ year: 2017, target: floor }],
    figures: Object.entries(figures).map(([quarter, value]) => ({ quarter, value })),
  });
  return {
    indicator: { id: 1, name: '住院分娩率', unit: '%', direction: 'up', kind: 'rate' },
    from: '2017Q1',
    to,
    quarters,
    regions: [region],
  };
}
const slipping = { '2017Q1': 99, '2017Q2': 97.5, '2017Q3': 96 };

describe('the year-end projection in the trend', () => {
  it('carries the projection on the point judged 预警 and the target’s source sentence', () => {
    const r = reply('2017Q4', slipping).regions[0]!;
    expect(r.points[2]).toMatchObject({ status: 'at_risk', projected: 94.5 });
    expect(r.points[0]!.projected).toBe(null); // one figure: no line to project
    expect(r.targets[0]!.source).toEqual(floor.source);
  });

  it('draws a segment from the last figure to Q4 of its year when that Q4 is shown', () => {
    const shown = reply('2017Q4', slipping);
    expect(projectionSegments(shown)).toEqual([
      {
        region: 0,
        from: { index: 2, quarter: '2017Q3', value: 96 },
        to: { index: 3, quarter: '2017Q4', value: 94.5 },
      },
    ]);
    expect(projectionLabel(projectionSegments(shown)[0]!, '%')).toBe('预计 94.5%（据2017Q3）');
    expect(valueDomain(shown).min).toBeLessThanOrEqual(94.5);
    // No Q4 in the range, or a year that meets: nothing to draw.
    expect(projectionSegments(reply('2017Q3', slipping))).toEqual([]);
    expect(projectionSegments(reply('2017Q4', { '2017Q1': 96, '2017Q2': 97 }))).toEqual([]);
  });

  it('puts the dashed projection, its value and its quarter into the exported SVG', () => {
    const svg = buildChartSvg(reply('2017Q4', slipping), { asOf: '2017-10-20' });
    expect(svg).toMatch(
      /<path d="M[\d.]+ [\d.]+L[\d.]+ [\d.]+"[^>]*stroke-dasharray="2 4"[^>]*data-projection="甲省"/,
    );
    expect(svg).toContain('预计 94.5%（据2017Q3）');
    expect(svg).toContain('年末预计（本年趋势外推，预警时显示）');
    expect(buildChartSvg(reply('2017Q3', slipping), { asOf: '2017-10-20' })).not.toContain(
      'data-projection',
    );
  });
});
