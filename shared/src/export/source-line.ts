import { bureauDate, DEFAULT_TIME_ZONE } from '../time/bureau-time';

/** The source line every export carries: 数据来源：指标看板 · 截至 2026-01-15, the bureau's date. */
export function sourceLine(now: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  return `数据来源：指标看板 · 截至 ${bureauDate(now, timeZone)}`;
}
