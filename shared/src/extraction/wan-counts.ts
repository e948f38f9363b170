import type { Mention } from './mentions';
import { COUNT_UNITS, kindOfUnit } from './units';

// A count in 万 with the rest written after it (6万9960个, 3万零500人, 1万2千张) is one value: the
// 万 part alone is no mention (万 before a digit is no unit), so the rest was read on its own.

// The 万 part right before an Arabic rest: whole, up to four digits, and 零 where the rest is short.
const HEAD = /(?<![\d.])(\d{1,4})万(零?)$/;

/**
 * Joins an Arabic count's 万 part written before it (6万|9960个 → 69960): four digits after 万, or
 * fewer after 零 (3万零500). Changes `m` in place; leaves any other mention alone.
 */
export function joinWanHead(text: string, m: Mention): void {
  if (m.source !== 'arabic' || m.value === null || m.valueMax !== null || m.kind === 'rate') return;
  if (text.charCodeAt(m.start - 1) !== 0x4e07 && text.charCodeAt(m.start - 1) !== 0x96f6) return; // 万, 零
  const rest = /^\d+/.exec(text.slice(m.start, m.start + 6))?.[0] ?? '';
  // The rest is whole and carries no scale of its own (9960万元 is no rest of a 万 count).
  if (!/^[^\d.万亿]/.test(text.slice(m.start + rest.length, m.start + rest.length + 1))) return;
  if (Number(rest) !== m.value) return;
  const head = HEAD.exec(text.slice(Math.max(0, m.start - 6), m.start));
  if (!head) return;
  if (head[2] ? rest.length > 3 : rest.length !== 4) return;
  m.value = Number(head[1]) * 1e4 + m.value;
  m.start -= head[0].length;
}

// Opens with the literal 万, so the scan skips to each 万 as fast as indexOf; the head's digits are
// read back from it.
const WAN_QIAN = new RegExp(
  String.raw`万零?(\d)千(?:零?(\d)百)?(?:[余多])?(` + COUNT_UNITS.join('|') + ')',
  'g',
);
const HEAD_DIGITS = /(?<![\d.])\d{1,4}$/;

/** Counts written 1万2千张 (Arabic digits before 万 and 千): one value, 12000, in its counting word. */
export function wanQianCounts(text: string): Mention[] {
  if (!text.includes('千')) return [];
  const out: Mention[] = [];
  WAN_QIAN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WAN_QIAN.exec(text)) !== null) {
    const head = HEAD_DIGITS.exec(text.slice(Math.max(0, m.index - 5), m.index))?.[0];
    if (head === undefined) continue;
    const value = Number(head) * 1e4 + Number(m[1]) * 1e3 + Number(m[2] ?? 0) * 100;
    const unit = m[3]!;
    out.push({
      start: m.index - head.length,
      end: m.index + m[0].length,
      value,
      valueMax: null,
      unit,
      kind: kindOfUnit(unit),
      source: 'arabic',
    });
  }
  return out;
}
