import type { TrendReply } from '../api/trends.schema';
import { withUnit } from '../targets/format-target';

/** The dash of a projection: finer than any region's own dash pattern. */
export const PROJECTION_DASH = '2 4';
export const PROJECTION_LEGEND = '年末预计（本年趋势外推，预警时显示）';

/** A region's year-end projection as the chart draws it: a dashed line on from its last figure. */
export interface ProjectionSegment {
  /** The region's index in the reply. */
  region: number;
  /** The last quarter with a figure: the one the projection was computed from. */
  from: { index: number; quarter: string; value: number };
  /** Q4 of that year, with the projected value. */
  to: { index: number; quarter: string; value: number };
}

/**
 * The dashed year-end extensions of a trend: for each region whose last figure is judged 预警
 * with a projection (the trend or run rate to Q4), from that figure to Q4 of its year, when
 * that Q4 lies within the range shown. The on-screen chart and the SVG/PNG both draw these.
 */
export function projectionSegments(reply: TrendReply): ProjectionSegment[] {
  const out: ProjectionSegment[] = [];
  reply.regions.forEach((r, region) => {
    const index = r.points.findLastIndex((p) => p.judged !== null);
    const p = r.points[index];
    if (!p || p.judged === null || p.status !== 'at_risk' || p.projected === null) return;
    const yearEnd = `${p.quarter.slice(0, 4)}Q4`;
    const end = reply.quarters.indexOf(yearEnd);
    if (end <= index) return;
    out.push({
      region,
      from: { index, quarter: p.quarter, value: p.judged },
      to: { index: end, quarter: yearEnd, value: p.projected },
    });
  });
  return out;
}

/** `预计 18.4/10万（据2017Q3）`: the projected value and the quarter it was computed from. */
export function projectionLabel(segment: ProjectionSegment, unit: string): string {
  return `预计 ${withUnit(segment.to.value, unit)}（据${segment.from.quarter}）`;
}
