import { useQuery } from '@tanstack/react-query';
import { DEFAULT_TIME_ZONE } from '@targetboard/shared/time/bureau-time';
import { getHealthQueryOptions } from './health-query';

/**
 * The bureau's time zone, as the server is configured (APP_TIME_ZONE): every timestamp on
 * screen and in a browser-made export is told in it, never in the browser's own zone.
 */
export function useBureauTimeZone(): string {
  const health = useQuery({ ...getHealthQueryOptions(), select: (h) => h.timeZone });
  return health.data ?? DEFAULT_TIME_ZONE;
}

/** A timestamp for reading, in the bureau's time zone: 2026年1月16日 01:30 / 16 Jan 2026, 01:30. */
export function formatBureauTime(iso: string, lang: 'zh' | 'en', timeZone: string): string {
  return new Date(iso).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  });
}
