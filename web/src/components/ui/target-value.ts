import type { StoredTarget } from '@targetboard/shared/api/documents.schema';

type Comparator = StoredTarget['comparator'];

/** Symbols as bureaus write them; `~` reads 约 (about), which a plain tilde does not say. */
const SYMBOL: Record<Comparator, { zh: string; en: string }> = {
  '>=': { zh: '≥', en: '≥' },
  '>': { zh: '>', en: '>' },
  '<=': { zh: '≤', en: '≤' },
  '<': { zh: '<', en: '<' },
  '=': { zh: '=', en: '=' },
  '~': { zh: '约', en: '≈' },
};

const WORDS: Record<Comparator, { zh: string; en: string }> = {
  '>=': { zh: '不低于', en: 'at least' },
  '>': { zh: '高于', en: 'above' },
  '<=': { zh: '不高于', en: 'at most' },
  '<': { zh: '低于', en: 'below' },
  '=': { zh: '等于', en: 'exactly' },
  '~': { zh: '左右', en: 'about' },
};

export const comparatorSymbol = (c: Comparator, lang: 'zh' | 'en') => SYMBOL[c][lang];
export const comparatorWords = (c: Comparator, lang: 'zh' | 'en') => WORDS[c][lang];

const number = (n: number) => String(Number(n.toPrecision(10)));

/** "≥ 95%", "约 75%", "20–25 %", or null when the plan gave no value. */
export function formatTargetValue(
  t: Pick<StoredTarget, 'comparator' | 'value' | 'valueMax' | 'unit'>,
  lang: 'zh' | 'en',
): string | null {
  if (t.value === null) return null;
  // Per-population units read as the plan writes them: 20/10万, not 20 1/10万.
  const unit = /^[%‰]$/.test(t.unit)
    ? t.unit
    : t.unit.startsWith('1/')
      ? t.unit.slice(1)
      : t.unit
        ? ` ${t.unit}`
        : '';
  if (t.valueMax !== null) return `${number(t.value)}–${number(t.valueMax)}${unit}`;
  return `${comparatorSymbol(t.comparator, lang)} ${number(t.value)}${unit}`;
}
