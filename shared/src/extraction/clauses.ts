// Sentence and clause boundaries, found by bounded scans around a position so that the whole
// pipeline stays linear: no scan goes further than MAX_SCAN units.

const MAX_SCAN = 400;
// A bullet opens an item of its own (…次中心●从严从细抓好…: a headline run on after a figure).
// A list may mark its items with an arrowhead (▶新增公共停车位800个): a bullet too, no part of the
// item's name.
const BULLETS = '●■◆▲★▶►▸';
const SENTENCE_END = new Uint8Array(65536);
for (const ch of `。！？!?；;\n${BULLETS}`) SENTENCE_END[ch.charCodeAt(0)] = 1;
const CLAUSE_END = new Uint8Array(65536);
for (const ch of `。！？!?；;\n，,：:${BULLETS}`) CLAUSE_END[ch.charCodeAt(0)] = 1;
const OPEN = new Uint8Array(65536);
const CLOSE = new Uint8Array(65536);
for (const ch of '(（[【〔') OPEN[ch.charCodeAt(0)] = 1;
for (const ch of ')）]】〕') CLOSE[ch.charCodeAt(0)] = 1;

// PDF text and some web copies end a Chinese sentence with an ASCII full stop (…提高到 26%以上.城、乡…):
// a `.` after a Chinese character or a percent sign, not before a digit or a letter, is one. A
// decimal point (12.5), a list number (1.) and a web address stay inside the sentence.
function isSentenceDot(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 0x2e) return false;
  const p = text.charCodeAt(i - 1);
  if (!((p >= 0x4e00 && p <= 0x9fff) || p === 0x25 || p === 0x2030)) return false;
  const n = text.charCodeAt(i + 1);
  return !((n >= 0x30 && n <= 0x39) || (n >= 0x41 && n <= 0x5a) || (n >= 0x61 && n <= 0x7a));
}

// A page that lost its line breaks runs a numbered list on one line with a space before each
// item (…以内 2、儿童系统管理率达88% 3、…): the space before an item's number (2、, 三、) ends
// the item before it, so no name is carried from one item into the next.
const ITEM_NUMBER = /[\d一二三四五六七八九十]{1,2}、[\u4e00-\u9fff]/y;

// Some web copies print a stray comma after a full stop (出生率5‰。,自然增长率2‰。,…): a `。` directly
// followed by a comma does not end the sentence, so a lead (`截至去年…`) still governs what follows.
function isSentenceMark(table: Uint8Array, text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (!table[c]) return false;
  if (c !== 0x3002) return true;
  const n = text.charCodeAt(i + 1);
  return n !== 0xff0c && n !== 0x2c;
}

// A note closing an item (（责任单位:市卫健委）) can run into the next item's number on the same
// line (…）2.完成…): the closing bracket before an item's number ends the item before it too.
const NUMBER_AFTER_NOTE = /\d{1,2}[.．、][\u4e00-\u9fff]/y;

// A document site's copy runs a numbered list together with no space at all (…取得明显成效8、优惠政策
// 兑现率达100%): an item's number right after a word (not 第1、2类) ends the item before it too.
const NUMBER_AFTER_WORD = /\d{1,2}、[\u4e00-\u9fff]{2}/y;

function isItemBreak(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 0x4e00 && c <= 0x9fff) {
    const n = text.charCodeAt(i + 1);
    if (n < 0x30 || n > 0x39 || c === 0x7b2c) return false; // 第
    NUMBER_AFTER_WORD.lastIndex = i + 1;
    return NUMBER_AFTER_WORD.test(text);
  }
  if (c === 0x29 || c === 0xff09) {
    NUMBER_AFTER_NOTE.lastIndex = i + 1;
    return NUMBER_AFTER_NOTE.test(text);
  }
  if (c !== 0x20 && c !== 0x3000 && c !== 0x09) return false;
  ITEM_NUMBER.lastIndex = i + 1;
  return ITEM_NUMBER.test(text);
}

/**
 * Start of the sentence holding `at` (just after `。；！？`, a sentence's `.`, a line break or the
 * space before a numbered item).
 */
export function sentenceStart(text: string, at: number): number {
  // (A figure's rules ask for its sentence twice in a row, before and in readClause: the last
  // answer is kept.)
  if (text === lastSentence.text && at === lastSentence.at) return lastSentence.start;
  const stop = Math.max(0, at - MAX_SCAN);
  // Figures come in order, many to a sentence in a dense line: when the last answer was for a
  // position before `at`, only the units between the two are read, and with no mark among them
  // the answer is the last one's (or the scan limit, when that is later).
  const known = text === lastSentence.text && at > lastSentence.at;
  const floor = known ? Math.max(stop, lastSentence.at) : stop;
  let start = known ? Math.max(stop, lastSentence.start) : stop;
  for (let i = at - 1; i >= floor; i--)
    if (isSentenceMark(SENTENCE_END, text, i) || isSentenceDot(text, i) || isItemBreak(text, i)) {
      start = i + 1;
      break;
    }
  lastSentence.text = text;
  lastSentence.at = at;
  lastSentence.start = start;
  return start;
}
const lastSentence = { text: '', at: -1, start: 0 };

const PERIOD_END = new Uint8Array(65536);
for (const ch of `。！？!?\n${BULLETS}`) PERIOD_END[ch.charCodeAt(0)] = 1;

/**
 * Start of the full sentence holding `at`: like `sentenceStart` but a `；` does not end it, so a
 * lead (`到2025年,全县…；…；…。`) still governs the list that follows it.
 */
export function periodStart(text: string, at: number): number {
  const stop = Math.max(0, at - MAX_SCAN);
  for (let i = at - 1; i >= stop; i--) if (isSentenceMark(PERIOD_END, text, i)) return i + 1;
  return stop;
}

/** End of the sentence holding `at` (the index of its closing mark or item break, or the scan limit). */
export function sentenceEnd(text: string, at: number): number {
  const stop = Math.min(text.length, at + MAX_SCAN);
  // As in sentenceStart, the last scan is reused for a later position: the first mark it found
  // (`mark`, -1 for none) is the first from `at` on too while `at` has not passed it, and the
  // units it read without finding one (`from` to `clear`) are not read again.
  const last = lastEnd;
  let i = at;
  let from = at;
  if (text === last.text && at >= last.from) {
    if (last.mark >= 0 && at <= last.mark) return last.mark < stop ? last.end : stop;
    if (last.mark < 0 && at <= last.clear) {
      i = last.clear;
      from = last.from;
    }
  }
  last.text = text;
  last.from = from;
  for (; i < stop; i++) {
    let end = -1;
    if (isSentenceMark(SENTENCE_END, text, i) || isSentenceDot(text, i)) end = i;
    // (A space or bracket before an item's number is no part of either item; a word is the last of
    // the item before.)
    else if (isItemBreak(text, i)) end = text.charCodeAt(i) >= 0x4e00 ? i + 1 : i;
    if (end >= 0) {
      last.mark = i;
      last.end = end;
      return end;
    }
  }
  last.mark = -1;
  last.clear = stop;
  return stop;
}
const lastEnd = { text: '', from: -1, mark: -1, end: 0, clear: 0 };

/** Start of the clause holding `at`: just after the nearest `，,：:` or sentence mark outside brackets. */
export function clauseStart(text: string, at: number, floor: number): number {
  // (Asked twice in a row for a figure, as sentenceStart is: the last answer is kept.)
  const last = lastClause;
  if (text === last.text && at === last.at && floor === last.floor) return last.start;
  let start = floor;
  let depth = 0;
  for (let i = at - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (CLOSE[c]) depth++;
    else if (OPEN[c]) depth = depth > 0 ? depth - 1 : 0;
    else if (depth === 0 && (CLAUSE_END[c] || isSentenceDot(text, i))) {
      start = i + 1;
      break;
    }
  }
  last.text = text;
  last.at = at;
  last.floor = floor;
  last.start = start;
  return start;
}
const lastClause = { text: '', at: -1, floor: -1, start: 0 };

/**
 * The index just after the last bracket in `[from, at)` still open at `at` (the figure sits in an
 * aside: `…1650万左右(户籍人口总量控制在1350万)`), or -1 when every bracket there is closed.
 */
export function openAsideStart(text: string, from: number, at: number): number {
  const open: number[] = [];
  for (let i = from; i < at; i++) {
    const c = text.charCodeAt(i);
    if (OPEN[c]) open.push(i);
    else if (CLOSE[c]) open.pop();
  }
  return open.length > 0 ? open[open.length - 1]! + 1 : -1;
}

/**
 * The start of the sentence at `sStart` reaching back over line breaks that cut it (a PDF's or a
 * forum copy's lines): a line that ends in no mark of a sentence or clause goes on into the next.
 * At most `lines` lines back.
 */
export function brokenSentenceStart(text: string, sStart: number, lines = 4): number {
  let s = sStart;
  for (let k = 0; k < lines && s > 0 && text[s - 1] === '\n'; k++) {
    let end = s - 1;
    while (end > 0 && /\s/.test(text[end - 1]!)) end--;
    if (end === 0 || '。！？!?；;:：'.includes(text[end - 1]!)) break;
    s = text.lastIndexOf('\n', end - 1) + 1;
  }
  return s;
}

/**
 * The start of the sentence at `sStart` reaching back over one line break that cut it mid-clause
 * (――到2015年,新发尘肺病 / 病例年均增长率…下降到5%以内): the line before ends in no mark of a
 * sentence or clause and is itself a sentence (it has a comma — a title or a menu has none).
 * Otherwise `sStart`.
 */
export function cutSentenceStart(text: string, sStart: number): number {
  const s = brokenSentenceStart(text, sStart, 1);
  return s < sStart && /[，,]/.test(text.slice(s, sStart)) ? s : sStart;
}

/** End of the clause holding `at`: the nearest `，,：:` or sentence mark outside brackets. */
export function clauseEnd(text: string, at: number, ceiling: number): number {
  let depth = 0;
  for (let i = at; i < ceiling; i++) {
    const c = text.charCodeAt(i);
    if (OPEN[c]) depth++;
    else if (CLOSE[c]) depth = depth > 0 ? depth - 1 : 0;
    else if (depth === 0 && (CLAUSE_END[c] || isSentenceDot(text, i))) return i;
  }
  return ceiling;
}

/** Whether `at` sits inside a book title `《…》` or a short quotation `“…”` in `[from, at)`. */
export function insideQuote(text: string, from: number, at: number): boolean {
  let title = 0;
  let quote = -1;
  for (let i = from; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x300a) title++;
    else if (c === 0x300b) title = title > 0 ? title - 1 : 0;
    else if (c === 0x201c) quote = i;
    else if (c === 0x201d) quote = -1;
  }
  if (title > 0) return true;
  // A slogan such as “八个100%”: the quotation closes within a few characters.
  if (quote >= 0 && at - quote <= 12) {
    const close = text.slice(at, at + 9).indexOf('”');
    return close >= 0;
  }
  return false;
}
