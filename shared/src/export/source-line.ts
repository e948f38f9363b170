/** The calendar date in China (UTC+8, no daylight saving) as `YYYY-MM-DD`. */
export function chinaDate(now: Date): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** The source line every export carries: 数据来源：指标看板 · 截至 2026-01-15. */
export function sourceLine(now: Date): string {
  return `数据来源：指标看板 · 截至 ${chinaDate(now)}`;
}
