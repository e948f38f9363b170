import type { Language } from '../../lib/messages';

const locale = (lang: Language) => (lang === 'zh' ? 'zh-CN' : 'en-GB');

/**
 * A number with its unit, up to four decimals; an em dash when there is none. A per-N rate
 * reads as plans write it, `20/10万`, never `20 1/10万`.
 */
export function formatFigure(value: number | null | undefined, unit: string, lang: Language) {
  if (value === null || value === undefined) return '—';
  const n = new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 4 }).format(value);
  return joinUnit(n, unit);
}

/** A number already written out, with its unit: `20/10万`, `95 %`, `3 人`. */
export function joinUnit(n: string, unit: string): string {
  if (unit.startsWith('1/')) return `${n}/${unit.slice(2)}`;
  return unit ? `${n} ${unit}` : n;
}

/** A timestamp in the bureau's time zone (`useBureauTimeZone`), not the browser's. */
export function formatTime(iso: string | null, lang: Language, timeZone: string): string {
  if (!iso) return '—';
  return new Date(iso).toLocaleString(locale(lang), {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
}
