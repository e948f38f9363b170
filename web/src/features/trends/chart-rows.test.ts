import { describe, expect, it } from 'vitest';
import { bandToFloorFixture } from '@targetboard/shared/export/band-to-floor-fixture';
import { valueDomain } from '@targetboard/shared/export/chart-scale';
import { projectionSegments } from '@targetboard/shared/export/projection';
import { trendFixture } from '@targetboard/shared/export/trend-fixture';
import { chartRows } from './chart-rows';

describe('on-screen trend chart rows', () => {
  it('shades the miss side red when a band becomes a floor, the band green', () => {
    const reply = bandToFloorFixture();
    const { min } = valueDomain(reply);
    const rows = chartRows(reply);
    // 2024: band 90–95 met, shaded green; nothing on the red side.
    for (const row of rows.slice(0, 4)) expect([row.met0, row.miss0]).toEqual([[90, 95], null]);
    // 2025: floor ≥92, the side below it red — never green.
    for (const row of rows.slice(4)) expect([row.met0, row.miss0]).toEqual([null, [min, 92]]);
    expect(rows.map((r) => r.r0)).toEqual([91, 93, 96, 94, 90, 93, 92.5, 95]);
  });

  it('extends a region at risk with a dashed projection to Q4, as the exported SVG does', () => {
    const reply = trendFixture();
    const rows = chartRows(reply);
    const [segment] = projectionSegments(reply);
    expect(segment).toMatchObject({ region: 1, from: { quarter: '2025Q3' } });
    expect(rows.map((r) => r.p1)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
      segment!.from.value,
      segment!.to.value,
    ]);
    expect(rows.some((r) => 'p0' in r || 'p2' in r)).toBe(false);
  });
});
