import { describe, expect, it } from 'vitest';
import { bandToFloorFixture } from './band-to-floor-fixture';
import { valueDomain, STATUS_COLOURS } from './chart-scale';
import { buildChartSvg } from './chart-svg';
import { shadeLegend, targetShade } from './target-shade';

const dom = { min: 0, max: 100 };

describe('the miss side of a target', () => {
  it.each([
    ['band', { lower: 90, upper: 95 }, { side: 'met', from: 90, to: 95 }],
    ['floor', { lower: 92, upper: null }, { side: 'missed', from: 0, to: 92 }],
    ['ceiling', { lower: null, upper: 10 }, { side: 'missed', from: 10, to: 100 }],
    ['no target', { lower: null, upper: null }, null],
  ] as const)('%s', (_, point, shade) => {
    expect(targetShade(point, dom)).toEqual(shade);
  });

  it('follows each year’s rule when a band becomes a floor', () => {
    const reply = bandToFloorFixture();
    const points = reply.regions[0]!.points;
    expect(points.map((p) => [p.lower, p.upper])).toEqual([
      ...Array(4).fill([90, 95]),
      ...Array(4).fill([92, null]),
    ]);
    const d = valueDomain(reply);
    expect(points.map((p) => targetShade(p, d)?.side)).toEqual([
      ...Array(4).fill('met'),
      ...Array(4).fill('missed'),
    ]);
    expect(shadeLegend(points.map((p) => targetShade(p, d)))).toBe(
      '（浅蓝：达标区间，浅橙：未达标一侧）',
    );
  });

  it('shades the exported chart the same way, year by year', () => {
    const svg = buildChartSvg(bandToFloorFixture(), { asOf: '2026-01-15' });
    const fills = [
      ...svg.matchAll(
        /<rect x="[\d.]+" y="[\d.]+" width="[\d.]+" height="[\d.]+" fill="(#\w+)" fill-opacity="0\.(?:12|08)"\/>/g,
      ),
    ].map((m) => m[1]);
    expect(fills).toEqual([
      ...Array(4).fill(STATUS_COLOURS.met),
      ...Array(4).fill(STATUS_COLOURS.missed),
    ]);
    expect(svg).toContain('浅蓝：达标区间，浅橙：未达标一侧');
  });
});
