import { from as fromDicts, to as toDicts } from 'opencc-js/preset/t2cn';
import { restoreLostYearMarks } from './lost-year-marks';
import { restoreStopDecimals } from './stop-decimals';
import { RADICAL_FORMS, VARIANT_FORMS } from './radical-forms';
import { unitTable } from './unit-tables';
import { ConverterFactory } from 'opencc-js/core';

/** Normalised text plus a map from its UTF-16 offsets back to original code-point offsets. */
export interface NormalisedText {
  text: string;
  /** Original UTF-16 offset of normalised offset `i` (`i` may equal `text.length`). */
  toOriginalUnit(i: number): number;
  /** Code-point offset of an original UTF-16 offset. */
  toCodePoint(unit: number): number;
}

// Hong Kong variants first, then traditional → simplified: the same chain as opencc's hk→cn.
const hkDicts = fromDicts.hk ?? [];
const cnDicts = toDicts.cn ?? [];
let t2s: ((s: string) => string) | null = null;
let tradFlags: Uint8Array | null = null;

/** Characters that traditional → simplified conversion changes; lines without one are left alone. */
function traditionalFlags(): Uint8Array {
  if (tradFlags) return tradFlags;
  const flags = new Uint8Array(65536);
  const convert = converter();
  for (const group of [...hkDicts, ...cnDicts]) {
    for (const dict of group) {
      if (typeof dict !== 'string') continue;
      for (const entry of dict.split('|')) {
        const c = entry.charCodeAt(0);
        // Only single-character keys: phrase keys always contain one of these anyway.
        if (entry.charCodeAt(1) === 32 && convert(entry[0]!) !== entry[0]) flags[c] = 1;
      }
    }
  }
  tradFlags = flags;
  return flags;
}

function converter(): (s: string) => string {
  t2s ??= ConverterFactory(...hkDicts, ...cnDicts);
  return t2s;
}

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';
// A gloss such as (wèi) after a Han character: letters only, at least one tone mark. Spam
// rewriters write it with a space before the closing bracket (接(jiē )种), and then also gloss the
// neutral tone, which has no mark (的(de )): that space marks a toneless syllable as a gloss, so
// a unit or a note in brackets (体重(kg), 时长(h)) stays. A line break may open the bracket.
// A gloss may be labelled (读:wèi, 拼音:wèi, pinyin:wèi), the label after a few words of the
// rewriter's own spam (某某彩票/某某赛车pinyin:wèi): up to the label, all of it is the gloss, and a
// labelled syllable needs no tone mark.
const PINYIN = new RegExp(
  // The bracket comes first so the scan only tries the look-behind at brackets.
  `[(（](?<=[\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff][(（])\\s?` +
    `(?:(?=[a-zü${TONED}]*[${TONED}])[a-zü${TONED}]{1,7} ?|[a-zü]{1,6} |` +
    `[^()（）\\n]{0,12}?(?:[Pp]inyin|PINYIN|拼音|读音?)[:：]\\s?[a-zü${TONED}]{1,7} ?)[)）]`,
  'g',
);
// A line break a PDF put inside a bound word, between a bound word and its number, between a
// number and its unit or suffix (以|下, 左|右, 不高于|7‰, 95|%), or between a rate's name and its
// percentage (建档率|100%) or its aim (建证率|均要求达98%): the break is deleted.
const BOUND_BEFORE =
  /(?:不高于|不低于|不超过|不少于|不大于|不小于|低于|高于|超过|达到|达|控制在|降到|降至|下降到|提高到|提高至|增加到|保持在)$/;
const RATE_BEFORE = /(?:率|比例|比重)$/;
// The aim that opens a line after a rate's name, up to its figure (均要求达 98%, 应达到95%).
const AIM_THEN_FIGURE =
  /^(?:均|都)?(?:要求|要|应|须)?(?:达到|达|保持在|控制在|不低于|不高于|提高到|降至|降到)\s*\d/;
const AFTER_NUMBER = /^(?:以[上下内]|左右|[%‰]|个?百分点|\/10万)/;
// 吸烟率平均每年|下降不少于0.5个百分点: a yearly change's verb and figure opening the next line.
const CHANGE_THEN_FIGURE =
  /^(?:下降|降低|减少|提高|提升|增长|增加)(?:不少于|不低于|至少|超过|约)?\s*\d/;
const isDigit = (c: number) => c >= 48 && c <= 57;
// The spaces between a year's digits and its 年 (2019 年).
const SPACED_YEAR = /(?<=(?<!\d)(?:19|20)\d{2})[ \t]+(?=年)/g;

/** `[start, end)` of each broken line's whitespace run, found by a scan from newline to newline. */
function brokenLines(src: string): [number, number][] {
  const runs: [number, number][] = [];
  for (let nl = src.indexOf('\n'); nl >= 0; nl = src.indexOf('\n', nl + 1)) {
    let a = nl;
    while (a > 0 && (src[a - 1] === ' ' || src[a - 1] === '\t' || src[a - 1] === '\r')) a--;
    let b = nl + 1;
    // A PDF's text copied with a blank line after every line (城市建档率达|(blank)|99%) breaks the
    // same bounds: the run goes on over blank lines.
    while (b < src.length && ' \t\r\n'.includes(src[b]!)) b++;
    if (a === 0 || b >= src.length) continue;
    const prev = src[a - 1]!;
    const next = src[b]!;
    // (The line's last character says which joins can apply: a rate's name ends in 率, 例 or 重,
    // a yearly pace in 年 or 均; the tests of the words run only then.)
    const rateEnd =
      (prev === '率' || prev === '例' || prev === '重') &&
      RATE_BEFORE.test(src.slice(Math.max(0, a - 2), a));
    const joins =
      (prev === '以' && '上下内'.includes(next)) ||
      (prev === '左' && next === '右') ||
      ((isDigit(prev.charCodeAt(0)) || prev === '%' || prev === '‰') &&
        AFTER_NUMBER.test(src.slice(b, b + 4))) ||
      (isDigit(next.charCodeAt(0)) && BOUND_BEFORE.test(src.slice(Math.max(0, a - 3), a))) ||
      // 建档率|100%: a rate's name at a line's end and its bare figure opening the next line.
      (isDigit(next.charCodeAt(0)) &&
        rateEnd &&
        /^\d+(?:\.\d+)?\s*[%‰]/.test(src.slice(b, b + 8))) ||
      (rateEnd && AIM_THEN_FIGURE.test(src.slice(b, b + 14))) ||
      ((prev === '年' || prev === '均') &&
        /(?:每年|年均)$/.test(src.slice(Math.max(0, a - 2), a)) &&
        CHANGE_THEN_FIGURE.test(src.slice(b, b + 12)));
    if (joins) runs.push([a, b]);
  }
  return runs;
}

// The character folds, done in one pass over the text (each whole-text replace copied it):
// - full-width ASCII to ASCII, ideographic and no-break spaces to a space, the small forms
//   (﹔ ﹐ ﹑ ﹪ …, a traditional-script page's punctuation) to the marks they stand for, so a
//   small semicolon ends a clause as ；does; only a full-width comma between two ASCII digits
//   (3，870) stays: a Chinese comma between figures parts a list (分别为3，4个), and folded it
//   would read as a thousands separator;
// - Kangxi radicals and compatibility ideographs a PDF font maps instead of the unified
//   character (⽣ → 生): NFKC gives one BMP character each, so lengths are kept; the radicals
//   supplement (⺠ → 民), which NFKC leaves alone, goes through its own table;
// - the variant ideographs a faulty converter writes (辳 → 农, 機搆 → 機构: radical-forms.ts), which
//   neither NFKC nor opencc changes;
// - ○/O/o between Chinese digits (二○一一), or closing a year before 年 (二○二○年), read as 〇,
//   and ○/O after an Arabic digit inside a figure (32O元) read as 0, judged on the neighbours
//   as written, before
//   radicals are unified (as the replaces it stands for did, in that order).
const FOLDED = foldTable();
// The units that may change: a look-alike of 〇 (○/O/o in either width) or a character with a
// fold. A table, so the scan is one lookup per unit of the page (a regex of the class was entered
// again after each unit it found, a full-width comma every few characters); what each found unit
// becomes is then decided by reading its neighbours (readsZero), not by look-arounds tried at
// every character of the page.
const FOLDABLE = (() => {
  const table = unitTable(`○OoＯｏ\u3000\u00a0${[...VARIANT_FORMS.keys()].join('')}`);
  for (const [lo, hi] of [
    [0xff01, 0xff5e],
    [0xfe50, 0xfe6b],
    [0x2e80, 0x2fdf],
    [0xf900, 0xfaff],
  ] as const)
    table.fill(1, lo, hi + 1);
  return table;
})();
const ZERO_LIKE = unitTable('○OoＯｏ');
// A look-alike reads as 〇 after a Chinese digit and before another (or another look-alike), or
// closing a year of four before its 年 (二○二○年, 一九九○年).
const DIGIT_BEFORE_ZERO = unitTable('〇零一二两三四五六七八九十');
const DIGIT_AFTER_ZERO = unitTable('〇零一二两三四五六七八九十○OoＯｏ');
const YEAR_DIGIT = unitTable('〇零一二三四五六七八九○OoＯｏ');
const ASTRAL = /[\ud800-\udbff](?=[\udc00-\udfff])/g;

/** Code unit → its fold (0 where a unit is kept); every fold is one unit, so lengths hold. */
function foldTable(): Uint16Array {
  const table = new Uint16Array(65536);
  for (let c = 0xff01; c <= 0xff5e; c++) table[c] = c - 0xfee0;
  table[0x3000] = table[0xa0] = 0x20;
  for (const [lo, hi] of [
    [0xfe50, 0xfe6b],
    [0x2e80, 0x2fdf],
    [0xf900, 0xfaff],
  ] as const) {
    for (let c = lo; c <= hi; c++) {
      const ch = String.fromCharCode(c);
      const n = ch.normalize('NFKC');
      const to = n.length === 1 && n !== ch ? n : (RADICAL_FORMS.get(ch) ?? ch);
      if (to !== ch && to.length === 1) table[c] = to.charCodeAt(0);
    }
  }
  for (const [from, to] of VARIANT_FORMS) table[from.charCodeAt(0)] = to.charCodeAt(0);
  return table;
}

// 32O元, 1O0O个: a capital O (or ○) typed or scanned inside an Arabic figure is its zero. It reads
// as 0 after a digit and before a digit, another look-alike or a Han character (a unit); before a
// Latin letter, at a word's end or in a figure a letter opens it is a code (2OK, A1O型) and stays.
const ARABIC_ZERO_LIKE = unitTable('○OＯ');
const ARABIC_DIGIT = unitTable('0123456789０１２３４５６７８９');

/** Whether the look-alike of 0 at `i` of `text` stands inside an Arabic figure (32O元). */
function readsArabicZero(text: string, i: number): boolean {
  const next = text.charCodeAt(i + 1);
  if (!(
    ARABIC_DIGIT[next] === 1 ||
    ARABIC_ZERO_LIKE[next] === 1 ||
    (next >= 0x4e00 && next <= 0x9fff)
  ))
    return false;
  // The run of digits and look-alikes before it must open with a digit (1OO个), and a figure that
  // a Latin letter opens is a code (A1O型), not a number.
  let a = i;
  while (
    a > 0 &&
    (ARABIC_DIGIT[text.charCodeAt(a - 1)] === 1 || ARABIC_ZERO_LIKE[text.charCodeAt(a - 1)] === 1)
  )
    a--;
  if (a === i || ARABIC_DIGIT[text.charCodeAt(a)] !== 1) return false;
  return a === 0 || !/[A-Za-zＡ-Ｚａ-ｚ]/.test(text[a - 1]!);
}

/** Whether the look-alike of 〇 at `i` of `text` stands for it (the neighbours as written). */
function readsZero(text: string, i: number): boolean {
  if (i === 0 || DIGIT_BEFORE_ZERO[text.charCodeAt(i - 1)] !== 1) return false;
  const next = text.charCodeAt(i + 1);
  if (DIGIT_AFTER_ZERO[next] === 1) return true;
  return (
    next === 0x5e74 && // 年
    i >= 3 &&
    YEAR_DIGIT[text.charCodeAt(i - 3)] === 1 &&
    YEAR_DIGIT[text.charCodeAt(i - 2)] === 1 &&
    YEAR_DIGIT[text.charCodeAt(i - 1)] === 1
  );
}

/** `text` with every fold above applied (a fold keeps the length). */
function foldCharacters(text: string): string {
  let pieces: string[] | null = null;
  let last = 0;
  for (let at = 0; at < text.length; at++) {
    const c = text.charCodeAt(at);
    if (FOLDABLE[c] !== 1) continue;
    let to = c;
    if (ZERO_LIKE[c] === 1 && readsZero(text, at))
      to = 0x3007; // 〇
    else if (ARABIC_ZERO_LIKE[c] === 1 && readsArabicZero(text, at))
      to = 0x30; // 0
    // (A full-width comma between two digits stays.)
    else if (
      FOLDED[c] &&
      !(c === 0xff0c && isDigit(text.charCodeAt(at - 1)) && isDigit(text.charCodeAt(at + 1)))
    )
      to = FOLDED[c]!;
    if (to === c) continue;
    (pieces ??= []).push(text.slice(last, at), String.fromCharCode(to));
    last = at + 1;
  }
  if (!pieces) return text;
  pieces.push(text.slice(last));
  return pieces.join('');
}

/**
 * `[start, end)` of each whitespace run a PDF's text left inside a change's unit after its number
 * (`提高3个 百分点`, `3个\n百分点`, `3 个百分点`): the run is deleted so the unit reads whole. Found
 * from each 百分点, so a page without one costs one search.
 */
function splitPoints(src: string): [number, number][] {
  const runs: [number, number][] = [];
  // Where the whitespace run ending at `j` starts.
  const runStart = (j: number) => {
    let k = j;
    while (k > 0 && ' \t\r\n'.includes(src[k - 1]!)) k--;
    return k;
  };
  const digitAt = (k: number) => k >= 0 && isDigit(src.charCodeAt(k));
  for (let at = src.indexOf('百分点'); at >= 0; at = src.indexOf('百分点', at + 3)) {
    const a = runStart(at);
    if (src[a - 1] !== '个') continue;
    // 3个 百分点: the run between 个 and 百分点, when a number stands before 个.
    const ge = a - 1;
    const b = runStart(ge);
    if (!digitAt(b - 1)) continue;
    if (a < at) runs.push([a, at]);
    // 3 个百分点: the run between the number and 个.
    if (b < ge) runs.push([b, ge]);
  }
  return runs.sort((x, y) => x[0] - y[0]);
}

/**
 * Strips inline pinyin glosses after Han characters and line breaks a PDF put inside a bound
 * (`以|下`), folds full-width forms and Kangxi radicals (NFKC), reads `○`/`O`
 * between Chinese digits as `〇`, and converts traditional to simplified script; every offset
 * of the result maps back to its original code-point offset.
 */
export function normalise(src: string): NormalisedText {
  // Deletions are the only length change, so the map is a sorted list of them.
  const cuts: number[] = []; // normalised offset where a deletion sits
  const shifts: number[] = []; // UTF-16 units deleted up to and including that deletion
  let text = src;
  const deletions: { index: number; 0: string }[] = [...brokenLines(src), ...splitPoints(src)].map(
    ([a, b]) => ({ index: a, 0: src.slice(a, b) }),
  );
  // A year a converted page spaced out (卫生健康局 2019 年主要工作): the space before 年 goes, so the
  // year reads as one (only where ` 年` stands at all).
  if (src.includes(' 年')) for (const m of src.matchAll(SPACED_YEAR)) deletions.push(m);
  PINYIN.lastIndex = 0;
  if (PINYIN.test(src)) {
    PINYIN.lastIndex = 0; // matchAll starts where test() stopped
    for (const m of src.matchAll(PINYIN)) deletions.push(m);
  }
  if (deletions.length > 0) {
    deletions.sort((a, b) => a.index - b.index);
    const pieces: string[] = [];
    let last = 0;
    let removed = 0;
    let outLen = 0;
    for (const m of deletions) {
      if (m.index < last) continue;
      pieces.push(src.slice(last, m.index));
      outLen += m.index - last;
      removed += m[0].length;
      cuts.push(outLen);
      shifts.push(removed);
      last = m.index + m[0].length;
    }
    pieces.push(src.slice(last));
    text = pieces.join('');
  }
  text = foldCharacters(text);
  text = simplifiedWithFigures(text, traditionalFlags());
  text = restoreLostYearMarks(text);
  text = restoreStopDecimals(text);
  const astral: number[] = [];
  for (const m of src.matchAll(ASTRAL)) astral.push(m.index);
  return {
    text,
    toOriginalUnit: (i) => i + shiftAt(cuts, shifts, i),
    toCodePoint: (unit) => unit - countBefore(astral, unit),
  };
}

// Figures written digit by digit in Chinese, as some papers do (二〇二二年, 七七点七岁, 一五点九%):
// a year of four digits before 年 (19xx or 20xx), and a decimal with its 点 before a unit of
// years or a percentage. Each character becomes one ASCII character, so lengths are kept. A
// number with 十/百 in it (二十二) is not digit by digit and is left to numerals.ts; without the
// 点 a run of digits is too often a word (九九, 三三制).
const DIGIT_OF: Record<string, string> = {
  〇: '0',
  零: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};
const NUMERAL = /[〇零一二两三四五六七八九十百千万亿]/;
const FIGURE_UNIT = /^(?:岁|%|‰|个百分点)/;
const DIGIT_UNIT = unitTable(Object.keys(DIGIT_OF).join(''));
const isDigitChar = (c: string | undefined) => c !== undefined && DIGIT_UNIT[c.charCodeAt(0)] === 1;

/** `[start, end)` of each digit-by-digit figure, found from each 年 and 点 (native searches). */
function digitFigures(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const years = text.includes('一九') || text.includes('二〇') || text.includes('二零');
  for (let i = years ? text.indexOf('年') : -1; i >= 0; i = text.indexOf('年', i + 1)) {
    const a = i - 4;
    // (一 or 二 opens the year: most 年 are passed over on that one unit.)
    if (a < 0 || (text.charCodeAt(a) !== 0x4e00 && text.charCodeAt(a) !== 0x4e8c)) continue;
    const lead = text.slice(a, a + 2);
    if (lead !== '一九' && lead !== '二〇' && lead !== '二零') continue;
    if (NUMERAL.test(text[a - 1] ?? '')) continue;
    if (isDigitChar(text[a + 2]) && isDigitChar(text[a + 3])) spans.push([a, i]);
  }
  for (let i = text.indexOf('点'); i >= 0; i = text.indexOf('点', i + 1)) {
    let a = i;
    while (a > i - 3 && isDigitChar(text[a - 1])) a--;
    if (a === i || '〇零'.includes(text[a]!) || NUMERAL.test(text[a - 1] ?? '')) continue;
    let b = i + 1;
    while (b < i + 3 && isDigitChar(text[b])) b++;
    if (b > i + 1 && FIGURE_UNIT.test(text.slice(b, b + 4))) spans.push([a, b]);
  }
  return spans.sort((x, y) => x[0] - y[0]);
}

/** Appends `s` to `out` with its digit-by-digit figures written in digits, as pieces. */
function pushFigures(s: string, out: string[]): void {
  let last = 0;
  for (const [a, b] of digitFigures(s)) {
    out.push(s.slice(last, a), [...s.slice(a, b)].map((c) => DIGIT_OF[c] ?? '.').join(''));
    last = b;
  }
  out.push(last === 0 ? s : s.slice(last));
}

/** UTF-16 units deleted at or before normalised offset `i`. */
function shiftAt(cuts: number[], shifts: number[], i: number): number {
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cuts[mid]! <= i) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? shifts[lo - 1]! : 0;
}

/** How many sorted positions lie before `unit`. */
function countBefore(sorted: number[], unit: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < unit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Converts only the lines holding a traditional character, keeping every line's length, and
 * writes the digit-by-digit figures of the converted text in digits, in one copy of the text.
 * A figure never spans a line break, and every piece here starts and ends at one (a converted
 * line, or the lines between two), so each piece's figures are those the whole text holds there.
 */
function simplifiedWithFigures(text: string, flags: Uint8Array): string {
  const out: string[] = [];
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    if (!flags[text.charCodeAt(i)]) continue;
    const from = text.lastIndexOf('\n', i) + 1;
    let to = text.indexOf('\n', i);
    if (to < 0) to = text.length;
    pushFigures(text.slice(last, from), out);
    pushFigures(sameLength(text.slice(from, to), converter()), out);
    last = to;
    i = to;
  }
  pushFigures(last === 0 ? text : text.slice(last), out);
  return out.length === 1 ? out[0]! : out.join('');
}

function sameLength(line: string, convert: (s: string) => string): string {
  const whole = convert(line);
  if (whole.length === line.length) return whole;
  // A phrase changed length: fall back to character by character, keeping any that would.
  let s = '';
  for (const ch of line) {
    const c = convert(ch);
    s += c.length === ch.length ? c : ch;
  }
  return s;
}
