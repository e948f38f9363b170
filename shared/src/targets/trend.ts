/** One point of a trend: x is the quarter number 1–4, y the figure. */
export interface TrendPoint {
  x: number;
  y: number;
}

/** The least-squares line through `points` evaluated at `atX`; null with fewer than two distinct x. */
export function projectLinear(points: readonly TrendPoint[], atX: number): number | null {
  const n = points.length;
  if (n < 2) return null;
  const meanX = points.reduce((s, p) => s + p.x, 0) / n;
  const meanY = points.reduce((s, p) => s + p.y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.x - meanX) ** 2;
    sxy += (p.x - meanX) * (p.y - meanY);
  }
  if (sxx === 0) return null;
  return meanY + (sxy / sxx) * (atX - meanX);
}
