import type { TrendReply } from '@targetboard/shared/api/trends.schema';
import { targetGroups, valueDomain } from '@targetboard/shared/export/chart-scale';
import { projectionSegments } from '@targetboard/shared/export/projection';
import { targetShade } from '@targetboard/shared/export/target-shade';

export type ChartRow = Record<string, string | number | null | [number, number]>;

/**
 * One row per quarter for the on-screen chart: `r{j}` each region's judged value, and for each
 * target group `k` its edges `lo{k}`/`hi{k}` and its shading, split by side so each quarter
 * takes its own year's colour: `met{k}` the band met (green), `miss{k}` the side that misses
 * (red). The side is `targetShade`'s, the same as the exported SVG and PNG. `p{j}` holds region
 * j's year-end projection (`projectionSegments`, as the SVG draws it): its last figure and the
 * projected Q4 value, null elsewhere.
 */
export function chartRows(reply: TrendReply): ChartRow[] {
  const dom = valueDomain(reply);
  const groups = targetGroups(reply.regions);
  const projections = projectionSegments(reply);
  return reply.quarters.map((quarter, i) => {
    const row: ChartRow = { quarter };
    reply.regions.forEach((r, j) => (row[`r${j}`] = r.points[i]!.judged));
    groups.forEach((g, k) => {
      const p = reply.regions[g.regions[0]!]!.points[i]!;
      const shade = targetShade(p, dom);
      row[`lo${k}`] = p.lower;
      row[`hi${k}`] = p.upper;
      row[`met${k}`] = shade?.side === 'met' ? [shade.from, shade.to] : null;
      row[`miss${k}`] = shade?.side === 'missed' ? [shade.from, shade.to] : null;
    });
    for (const seg of projections)
      row[`p${seg.region}`] =
        i === seg.from.index ? seg.from.value : i === seg.to.index ? seg.to.value : null;
    return row;
  });
}
