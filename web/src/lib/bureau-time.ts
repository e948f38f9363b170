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

/**
 * The locale and options of a timestamp's formatter. index.html's inline script makes one of
 * the default zone's while the main script downloads (early-requests.test.ts holds it to this).
 */
export function formatterArguments(
  lang: 'zh' | 'en',
  timeZone: string,
): [string, Intl.DateTimeFormatOptions] {
  return [lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone }];
}

// Making a formatter loads the locale's and the zone's data: ~150 ms on a slow office PC the
// first time, so each is made once (a page may show hundreds of timestamps).
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: 'zh' | 'en', timeZone: string): Intl.DateTimeFormat {
  const key = `${lang} ${timeZone}`;
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(...formatterArguments(lang, timeZone));
    formatters.set(key, made);
  }
  return made;
}

/** A timestamp for reading, in the bureau's time zone: 2026年1月16日 01:30 / 16 Jan 2026, 01:30. */
export function formatBureauTime(iso: string, lang: 'zh' | 'en', timeZone: string): string {
  return formatter(lang, timeZone).format(new Date(iso));
}
