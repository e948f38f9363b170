import type { Mention } from './mentions';

// A page converted from another format can lose the `/` of a rate per 10万 and keep the rest
// (发病率控制在 50010 万以内 for 500/10万). A rate cannot be ten thousands of anything, so after a
// rate's name and a bound word, digits ending in 10 or 100 right before 万 are read as a rate per
// 10万 or 100万. Anywhere else such a number stays what it is.
const RATE_PER_WAN =
  /[^\s\d]率[^,，。；;\n\d]{0,8}?(?:控制在|降至|降到|下降到|下降至|低于|不超过|不高于|保持在)\s*(\d{1,4}?)(10|100)\s*万/g;

/** Rates per 10万/100万 whose `/` was lost, in `text` (normalised); `[start, end)` spans the digits and 万. */
export function lostSlashes(text: string): Mention[] {
  if (!text.includes('万')) return [];
  const out: Mention[] = [];
  RATE_PER_WAN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RATE_PER_WAN.exec(text)) !== null) {
    const end = m.index + m[0].length;
    const start = m.index + m[0].lastIndexOf(m[1]! + m[2]!);
    out.push({
      start,
      end,
      value: Number(m[1]),
      valueMax: null,
      unit: `1/${m[2]}万`,
      kind: 'rate',
      source: 'arabic',
    });
  }
  return out;
}
