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

// Making a formatter loads the locale's and the zone's data: ~150 ms on a slow office PC the
// first time, so each is made once (a page may show hundreds of timestamps).
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: 'zh' | 'en', timeZone: string): Intl.DateTimeFormat {
  const key = `${lang} ${timeZone}`;
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone,
    });
    formatters.set(key, made);
  }
  return made;
}

/** A timestamp for reading, in the bureau's time zone: 2026年1月16日 01:30 / 16 Jan 2026, 01:30. */
export function formatBureauTime(iso: string, lang: 'zh' | 'en', timeZone: string): string {
  return formatter(lang, timeZone).format(new Date(iso));
}

/**
 * Makes the formatter of the default zone while the page waits for its data, so the first
 * timestamp drawn does not pay for it (issue 18).
 */
export function prepareBureauTime(lang: 'zh' | 'en'): void {
  formatter(lang, DEFAULT_TIME_ZONE);
}
