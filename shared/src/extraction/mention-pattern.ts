import { UNIT_SOURCE } from './units';

const NUM = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;
const RANGE_SEP = String.raw`\s*(?:-|~|～|—{1,2}|–|－|至|到)\s*`;
// 床 and 间 count beds and rooms (四百五十床病床, 十二间手术室) as 张 does, the way 台湾's and Hong
// Kong's pages write a hospital's capacity.
const CN_COUNT_UNITS = '个|家|所|名|支|项|类|对|户|张|床|间|篇|幅|种|座|批|人|岁|万元|元';
// A count in Chinese numerals (两所, 一百二十个). Its run of numerals ends only where a counting
// word opens (万元's 万 is a numeral, but then 元 follows the run and opens a word too). 廿, 卅
// and 卌 (twenty, thirty, forty) stand inside a run as well as at its head (一百卅五床 = 135).
// 三千多名, 二百余人: `余`/`多` (more than) after a round numeral, as after digits (800余名).
// 三点九张 (3.9): a decimal point and its digits may close the run, as a density per thousand is
// written; a run does not open right after 点, inside a decimal's digits (一点五张 is no 五张).
const CHINESE_COUNT = String.raw`(?<![点])(?<chinese>(?:[两二三四五六七八九十廿卅卌][零〇一二两三四五六七八九十百千万廿卅卌]*|一[十百千万][零〇一二两三四五六七八九十百千万廿卅卌]*)(?:点[零〇一二三四五六七八九]+)?)(?:(?<=[十百千万])[余多])?(?<chineseUnit>${CN_COUNT_UNITS})`;

// The pattern of a mention, one alternative per way of writing one. Each part an alternative is
// read by has a named group, so that a new alternative shifts no other's reading.
export const MENTION_SOURCE = [
  // 3分之1: a fraction's denominator may be written in Arabic digits as its numerator may be.
  // 十万分一百七十: spoken, a rate per 10万 or 100万 may drop its 之.
  String.raw`(?<spelledBase>(?<![\d.])\d{1,2}|[十百千万]{1,3}|[一二三四五六七八九]{1,2})分(?:之|(?<=[十百]万分)(?=[一二三四五六七八九十]))(?<spelledValue>[零〇一二两三四五六七八九十百千点]+|\d+(?:\.\d+)?)`,
  String.raw`(?<![\d./])(?<numerator>\d{1,2})\/(?<denominator>\d{1,2})(?![\d./]|\s*[十百]?万)`,
  // A minus sign only opens a range (-2‰至2‰), where it cannot be read as a separator. After a
  // digit and a comma only a group of three digits is a thousands part (1,500人); 1.2,50% is a
  // list whose second number stands on its own.
  // 800余名, 300多人: `余`/`多` (more than) between a number and its counting word.
  // 2个百分点~3个百分点: a range of points may write its unit at both ends, as 7%—9% does (round DH).
  String.raw`(?<![\d.]|\d,(?=\d{3}(?!\d)))(?<arabic>(?:[-−](?=${NUM}\s*[%‰]?\s*(?:至|到|~|～)))?${NUM})(?:\s*(?<arabicSign>[%‰]|个?百分点(?=${RANGE_SEP}${NUM}\s*个?百分点)))?(?:${RANGE_SEP}(?<arabicMax>${NUM}))?\s*(?:[余多](?=[^\d%‰]))?(?<arabicUnit>${UNIT_SOURCE})`,
  CHINESE_COUNT,
  String.raw`(?<=[\u4e00-\u9fff])(?<emptySign>[%‰])`,
  // 8成, 九成以上: a share in tenths. One numeral alone (七八成 is a guess, 一成不变 a set phrase),
  // and not where 成 opens a word of its own (3成员, 5成立, 8成人).
  String.raw`(?<![\d.零〇一二两三四五六七八九十百千万])(?<tenths>[1-9]|[二三四五六七八九])成(?![立员为本果效熟功年人都绩品就长交型分像])`,
].join('|');

// The names of MENTION_SOURCE's groups, in the order they open.
const PARTS = [
  'spelledBase',
  'spelledValue',
  'numerator',
  'denominator',
  'arabic',
  'arabicSign',
  'arabicMax',
  'arabicUnit',
  'chinese',
  'chineseUnit',
  'emptySign',
  'tenths',
] as const;
type Part = (typeof PARTS)[number];

/**
 * Each named part's group number in MENTION. The pattern runs with its names taken out: V8 builds
 * a groups object for every match of a pattern with names, which made the scan a sixth slower
 * (4.3 against 3.7 ms on 0.7 M chars). Every group is named (mentions.test.ts holds this and the
 * order of PARTS), so a name's number is its place among the names.
 */
export const GROUP = Object.fromEntries(PARTS.map((p, i) => [p, i + 1])) as Record<Part, number>;

// Tried only where a mention can open (sticky, at each offset `mentionMatches` stops at): the scan
// for those is a table lookup per character, where the pattern's own scan tried every
// alternative at every character of the page (a tenth of the pipeline's time).
export const MENTION = new RegExp(MENTION_SOURCE.replace(/\(\?<[A-Za-z]+>/g, '('), 'y');
// MENTION without its Chinese count (the alternative fails at once, its groups kept), tried inside
// a run of numerals that no counting word follows: there the count cannot match, and trying it at
// each numeral read the rest of the run every time (quadratic on a long run of numerals).
const MENTION_NO_COUNT = new RegExp(
  MENTION_SOURCE.replace(CHINESE_COUNT, `(?!)${CHINESE_COUNT}`).replace(/\(\?<[A-Za-z]+>/g, '('),
  'y',
);
// The numerals a Chinese count's run is made of, and the first characters of its counting words.
// 点 too: a decimal's run (三点九) goes on to its counting word.
const COUNT_NUMERAL = new Uint8Array(65536);
for (const c of '零〇一二两三四五六七八九十百千万廿卅卌点') COUNT_NUMERAL[c.charCodeAt(0)] = 1;
const COUNT_WORD_OPENS = new Uint8Array(65536);
for (const w of CN_COUNT_UNITS.split('|')) COUNT_WORD_OPENS[w.charCodeAt(0)] = 1;
// The characters a match of MENTION can open with: a digit, a Chinese numeral that opens a
// spelled rate or count, a minus sign opening a range, % or ‰.
const OPENS = new Uint8Array(65536);
for (const c of '0123456789十百千万一二三四五六七八九两廿卅卌-−%‰') OPENS[c.charCodeAt(0)] = 1;

const ROUND = new Uint8Array(65536);
for (const c of '十百千万') ROUND[c.charCodeAt(0)] = 1;
const AFTER_ONE = new Uint8Array(65536);
for (const c of '十百千万分一二三四五六七八九') AFTER_ONE[c.charCodeAt(0)] = 1;

/**
 * Every match of MENTION in `text`, in order, as a global scan would find them. (A list, not a
 * generator: the scan's loop ran at half speed inside one.)
 */
export function mentionMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  // Where the run of numerals after the last numeral looked at ends (see MENTION_NO_COUNT).
  let runEnd = -1;
  for (let at = 0; at < text.length; at++) {
    while (at < text.length && OPENS[text.charCodeAt(at)] === 0) at++;
    const c = text.charCodeAt(at);
    // 一 (the commonest opening: 一是, 统一, 进一步) opens a mention only before 十/百/千/万 (一百二十个)
    // or in a spelled fraction (一分之, 一二分之): elsewhere the pattern is not tried.
    if (c === 0x4e00 && AFTER_ONE[text.charCodeAt(at + 1)] !== 1) continue;
    let pattern = MENTION;
    if (COUNT_NUMERAL[c] === 1) {
      if (at >= runEnd) {
        runEnd = at + 1;
        while (COUNT_NUMERAL[text.charCodeAt(runEnd)] === 1) runEnd++;
      }
      // 三千多名: `余`/`多` after a round numeral sits between the run and its counting word.
      const next = text.charCodeAt(runEnd);
      const word =
        (next === 0x4f59 || next === 0x591a) && ROUND[text.charCodeAt(runEnd - 1)] === 1
          ? text.charCodeAt(runEnd + 1)
          : next;
      if (COUNT_WORD_OPENS[word] !== 1) pattern = MENTION_NO_COUNT;
    }
    pattern.lastIndex = at;
    const m = pattern.exec(text);
    if (m === null) continue;
    out.push(m);
    at = m.index + m[0].length - 1; // go on after the match
  }
  return out;
}
