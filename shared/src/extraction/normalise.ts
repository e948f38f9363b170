import { ConverterFactory } from 'opencc-js/core';
import { from as fromDicts, to as toDicts } from 'opencc-js/preset/t2cn';

/** Normalised text plus, for each of its UTF-16 units, the code-point offset in the original. */
export interface NormalisedText {
  text: string;
  /** `map[i]` is the original code-point offset of `text[i]`; `map[text.length]` is the original length. */
  map: Int32Array;
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
const PINYIN_CHAR = new Uint8Array(65536);
const TONED_CHAR = new Uint8Array(65536);
for (let c = 97; c <= 122; c++) PINYIN_CHAR[c] = 1;
PINYIN_CHAR['ü'.charCodeAt(0)] = 1;
for (const ch of TONED) {
  PINYIN_CHAR[ch.charCodeAt(0)] = 1;
  TONED_CHAR[ch.charCodeAt(0)] = 1;
}

const CN_DIGITS = '〇零一二两三四五六七八九十';
const CN_DIGIT = new Uint8Array(65536);
for (const ch of CN_DIGITS) CN_DIGIT[ch.charCodeAt(0)] = 1;

function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

/** Folds one UTF-16 unit: full-width ASCII to ASCII, ideographic and no-break spaces to a space. */
function fold(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  if (c === 0x3000 || c === 0x00a0) return 32;
  if (c === 0xfe6a) return 37; // small percent sign
  return c;
}

/** Length of an inline pinyin gloss `(wèi)` starting at `i`, or 0 when there is none. */
function pinyinLength(src: string, i: number): number {
  let toned = false;
  const limit = Math.min(src.length, i + 9);
  for (let j = i + 1; j < limit; j++) {
    const c = src.charCodeAt(j);
    if (c === 41 || c === 0xff09) return toned && j > i + 1 ? j - i + 1 : 0;
    if (!PINYIN_CHAR[c]) return 0;
    if (TONED_CHAR[c]) toned = true;
  }
  return 0;
}

/**
 * Strips inline pinyin glosses after Han characters, folds full-width forms, reads `○`/`O`
 * between Chinese digits as `〇`, and converts traditional to simplified script; every unit
 * of the result maps back to its original code-point offset.
 */
export function normalise(src: string): NormalisedText {
  const n = src.length;
  const out = new Uint16Array(n);
  const map = new Int32Array(n + 1);
  const flags = traditionalFlags();
  let len = 0;
  let cp = 0;
  let traditional = false;
  for (let i = 0; i < n; i++) {
    let c = src.charCodeAt(i);
    if ((c === 40 || c === 0xff08) && len > 0 && isHan(out[len - 1]!)) {
      const skip = pinyinLength(src, i);
      if (skip > 0) {
        cp += skip;
        i += skip - 1;
        continue;
      }
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      // An astral character: both halves point at the same code point.
      out[len] = c;
      map[len++] = cp;
      out[len] = src.charCodeAt(++i);
      map[len++] = cp++;
      continue;
    }
    c = fold(c);
    if ((c === 0x25cb || c === 79 || c === 111) && len > 0 && CN_DIGIT[out[len - 1]!]) {
      // 二○一一 and 二O一一: a circle or letter O between Chinese digits is the digit zero.
      const next = i + 1 < n ? fold(src.charCodeAt(i + 1)) : 0;
      if (CN_DIGIT[next] || next === 0x25cb || next === 79 || next === 111) c = 0x3007;
    }
    if (flags[c]) traditional = true;
    out[len] = c;
    map[len++] = cp++;
  }
  map[len] = cp;
  let text = decode(out, len);
  if (traditional) text = toSimplified(text, flags);
  return { text, map: len === n ? map : map.subarray(0, len + 1) };
}

function decode(units: Uint16Array, len: number): string {
  let s = '';
  const CHUNK = 8192;
  for (let i = 0; i < len; i += CHUNK) {
    s += String.fromCharCode.apply(null, units.subarray(i, Math.min(len, i + CHUNK)) as unknown as number[]);
  }
  return s;
}

/** Converts only the lines holding a traditional character, keeping every line's length. */
function toSimplified(text: string, flags: Uint8Array): string {
  const convert = converter();
  const parts: string[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    let dirty = false;
    for (let i = 0; i < line.length && !dirty; i++) dirty = flags[line.charCodeAt(i)] === 1;
    parts.push(dirty ? sameLength(line, convert) : line);
    start = end + 1;
  }
  return parts.join('\n');
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
