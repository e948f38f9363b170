/**
 * The bureau's clock. Every timestamp a user reads — on screen or in an export — is told in the
 * bureau's time zone, not the browser's or the server's (often UTC, which puts the evening of
 * a Chinese working day on the next date). The server reads it from APP_TIME_ZONE and tells
 * the web in /api/health.
 */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** Whether `tz` is an IANA time zone this runtime knows (`Asia/Shanghai`, `Asia/Urumqi`, `UTC`). */
export function isTimeZone(tz: string): boolean {
  if (!tz) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const parts = (when: Date, timeZone: string) => {
  const out: Record<string, string> = {};
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  for (const p of format.formatToParts(when)) out[p.type] = p.value;
  return out;
};

/** The calendar date in `timeZone` as `YYYY-MM-DD`. */
export function bureauDate(when: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  const p = parts(when, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** Date and time in `timeZone` as `YYYY-MM-DD HH:mm`, the same in every language. */
export function bureauDateTime(when: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  const p = parts(when, timeZone);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}
