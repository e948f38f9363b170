import { toleranceOf, type TargetRule } from './target-rule';
import type { Comparator } from './vocabulary';

/** The languages of the UI; Chinese is the one of exports and reason sentences. */
export type Language = 'zh' | 'en';

/** Rounds to at most two decimals for display (33.333 → "33.33", 95 → "95"). */
export function formatNumber(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** A number with its unit as a Chinese reader writes it: 95%, 8/10万, 3个. */
export function withUnit(n: number, unit: string): string {
  if (unit.startsWith('1/')) return `${formatNumber(n)}/${unit.slice(2)}`;
  return `${formatNumber(n)}${unit}`;
}

/**
 * Each comparator's sign and words. Signs as bureaus write them; `~` reads 约 (about), which
 * a plain tilde does not say.
 */
const TEXT: Record<Comparator, Record<Language, { sign: string; words: string }>> = {
  '>=': { zh: { sign: '≥', words: '不低于' }, en: { sign: '≥', words: 'at least' } },
  '>': { zh: { sign: '>', words: '高于' }, en: { sign: '>', words: 'above' } },
  '<=': { zh: { sign: '≤', words: '不高于' }, en: { sign: '≤', words: 'at most' } },
  '<': { zh: { sign: '<', words: '低于' }, en: { sign: '<', words: 'below' } },
  '=': { zh: { sign: '=', words: '等于' }, en: { sign: '=', words: 'exactly' } },
  '~': { zh: { sign: '约', words: '左右' }, en: { sign: '≈', words: 'about' } },
};

/** The comparator's sign: `≥`, `<`; `~` is 约 in Chinese and ≈ in English. */
export const comparatorSymbol = (c: Comparator, lang: Language): string => TEXT[c][lang].sign;

/** The comparator in words: 不低于 / at least. */
export const comparatorWords = (c: Comparator, lang: Language): string => TEXT[c][lang].words;

const NO_VALUE: Record<Language, string> = { zh: '（未给出数值）', en: '(no value given)' };

/** A remark after the rule, in the brackets of the language: `（2–3个）`, ` (2–3个)`. */
const aside = (text: string, lang: Language) => (lang === 'zh' ? `（${text}）` : ` (${text})`);

export type TargetRuleText = Pick<
  TargetRule,
  'comparator' | 'value' | 'valueMax' | 'unit' | 'tolerance'
>;

/**
 * The target as a short rule, the one text every page, export and reason sentence shows:
 * `≥95%`, `<8/10万`, `≥2个（2–3个）`, `2–3个`, `约95%（93–97%）` (English: `≈95% (93–97%)`).
 * Numbers are rounded to two decimals; a value the plan did not give reads `（未给出数值）`.
 */
export function formatTarget(rule: TargetRuleText, lang: Language): string {
  const { comparator, value, unit } = rule;
  if (value === null) return NO_VALUE[lang];
  const max = rule.valueMax ?? null;
  const range = max === null ? null : `${formatNumber(value)}–${withUnit(max, unit)}`;
  if (comparator === '~') {
    const t = toleranceOf(rule);
    const band = `${formatNumber(value - t)}–${withUnit((max ?? value) + t, unit)}`;
    return `${comparatorSymbol('~', lang)}${range ?? withUnit(value, unit)}${aside(band, lang)}`;
  }
  if (comparator === '=') return range ?? `=${withUnit(value, unit)}`;
  const edge = comparator === '>=' || comparator === '>' ? value : (max ?? value);
  const head = `${comparatorSymbol(comparator, lang)}${withUnit(edge, unit)}`;
  return range === null ? head : `${head}${aside(range, lang)}`;
}
