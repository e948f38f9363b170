/** Value of each Chinese digit, indexed by UTF-16 code; -1 where the unit is not a digit. */
const DIGIT = new Int8Array(65536).fill(-1);
'〇零一二三四五六七八九'
  .split('')
  .forEach((ch, i) => (DIGIT[ch.charCodeAt(0)] = i === 0 ? 0 : i - 1));
DIGIT['两'.charCodeAt(0)] = 2;
DIGIT['幺'.charCodeAt(0)] = 1;
const TENS: Record<string, string> = { 廿: '二十', 卅: '三十', 卌: '四十' };
const SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNIT: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Characters that may appear in a Chinese numeral (digits, 十百千万亿, 点 for decimals). */
export const CN_NUMERAL_CHARS = '〇零一二两三四五六七八九十百千万亿点';

/**
 * Reads a Chinese numeral: `三百零五` = 305, `一万二千` = 12000, `两` = 2, `十五` = 15,
 * `三点五` = 3.5, `卅四` = 34, a digit string `二〇一一` = 2011. Returns NaN when `s` is not a numeral.
 */
export function parseChineseNumeral(s: string): number {
  if (s.length === 0) return NaN;
  // 廿 (twenty), 卅 (thirty) and 卌 (forty) are one character for a digit and its 十, as older and
  // traditional texts write them (每十萬人口卅四人 = 34, 廿四點八 = 24.8).
  if (/[廿卅卌]/.test(s)) return parseChineseNumeral(s.replace(/[廿卅卌]/g, (c) => TENS[c]!));
  const dot = s.indexOf('点');
  if (dot >= 0) {
    const whole = dot === 0 ? 0 : parseChineseNumeral(s.slice(0, dot));
    const frac = s.slice(dot + 1);
    if (frac.length === 0 || Number.isNaN(whole)) return NaN;
    let digits = '';
    for (let i = 0; i < frac.length; i++) {
      const d = DIGIT[frac.charCodeAt(i)]!;
      if (d < 0) return NaN;
      digits += d;
    }
    return Number(`${whole}.${digits}`);
  }
  let hasUnit = false;
  for (let i = 0; i < s.length; i++) if (DIGIT[s.charCodeAt(i)]! < 0) hasUnit = true;
  if (!hasUnit) {
    // A digit string such as a year: 二〇一一 → 2011.
    let v = 0;
    for (let i = 0; i < s.length; i++) v = v * 10 + DIGIT[s.charCodeAt(i)]!;
    return v;
  }
  let total = 0; // completed 亿 part
  let section = 0; // completed 万 part within the current 亿
  let group = 0; // below 万
  let digit = -1;
  for (const ch of s) {
    const d = DIGIT[ch.charCodeAt(0)]!;
    if (d >= 0) {
      if (digit > 0) return NaN; // two digits in a row without a unit: 五六
      digit = d;
      continue;
    }
    const small = SMALL_UNIT[ch];
    if (small !== undefined) {
      group += (digit < 0 ? 1 : digit) * small;
      digit = -1;
      continue;
    }
    const big = BIG_UNIT[ch];
    if (big === undefined) return NaN;
    const part = group + Math.max(digit, 0);
    if (big === 1e8) {
      total = (total + section + part) * 1e8;
      section = 0;
    } else {
      section += (part === 0 ? 1 : part) * 1e4;
    }
    group = 0;
    digit = -1;
  }
  return total + section + group + Math.max(digit, 0);
}

/** Reads an Arabic number, ignoring thousands separators: `6,000` = 6000, `12.5` = 12.5. */
export function parseArabic(s: string): number {
  const t = s.charCodeAt(0) === 0x2212 ? `-${s.slice(1)}` : s;
  return Number(t.indexOf(',') >= 0 ? t.replace(/,/g, '') : t);
}

/** Reads an Arabic or Chinese number, or NaN. */
export function parseNumber(s: string): number {
  const c = s.charCodeAt(0);
  if ((c >= 48 && c <= 57) || c === 46) return parseArabic(s);
  return parseChineseNumeral(s);
}

const FRACTION_BASE: Record<string, { factor: number; unit: string }> = {
  百: { factor: 1, unit: '%' },
  千: { factor: 1, unit: '‰' },
  万: { factor: 1, unit: '1/万' },
  十万: { factor: 1, unit: '1/10万' },
  百万: { factor: 1, unit: '1/100万' },
};

/**
 * Reads a spelled-out rate `百分之九十五` = 95 %, `千分之六` = 6 ‰, `十万分之八` = 8 per 100k,
 * `百万分之一` = 1 per million (per 10万 and 100万 also without 之: `十万分八`); other denominators
 * (`三分之一`) become a percentage.
 * Returns null when `s` is not such a phrase.
 */
export function parseSpelledRate(s: string): { value: number; unit: string } | null {
  let at = s.indexOf('分之');
  let skip = 2;
  // 十万分一百七十: a rate per 10万 or 100万 said without its 之.
  if (at < 0 && (s.startsWith('十万分') || s.startsWith('百万分'))) [at, skip] = [2, 1];
  if (at <= 0) return null;
  const base = s.slice(0, at);
  const numerator = parseNumber(s.slice(at + skip));
  if (Number.isNaN(numerator)) return null;
  const known = FRACTION_BASE[base];
  if (known) return { value: numerator * known.factor, unit: known.unit };
  const denominator = parseNumber(base);
  if (!(denominator > 0)) return null;
  // 3分之1 is a share; 3分之5 is no fraction a plan writes so (a score, a list's count).
  if (/^\d/.test(base) && !(numerator < denominator)) return null;
  return { value: roundRate((numerator / denominator) * 100), unit: '%' };
}

/** Rounds a percentage from a fraction to two decimals (1/3 → 33.33). */
export function roundRate(v: number): number {
  return Math.round(v * 100) / 100;
}
