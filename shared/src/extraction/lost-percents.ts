import type { Mention } from './mentions';

// A page converted from another format can lose its `%` glyphs and keep the space they stood in
// (比例分别达到50 及以上和90 及以上, 签约服务率要到达90以上). After a share word and an aim word, a list of bare numbers of
// at most 100, each followed by that space or by 以上/及以上, are percentages. Anywhere else a
// bare number stays out.
const SHARE_AIM =
  /(?:比例|占比|比重|[^\s\d]率)(?:分别|均|都)?(?:要|应|须)?(?:达到|到达|达|提高到|提高至|提升到|提升至|增加到|增至|不低于|保持在)\s*((?:\d{1,3}(?:\.\d+)?(?:\s*及?以上|\s+)(?:和|、|,|，)?\s*)+)(?![\d.%‰])/g;
const BARE = /(\d{1,3}(?:\.\d+)?)(?=\s+|\s*及?以上)/g;

/** Percentages whose `%` was lost, in `text` (normalised); `[start, end)` spans the digits. */
export function lostPercents(text: string): Mention[] {
  const out: Mention[] = [];
  SHARE_AIM.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SHARE_AIM.exec(text)) !== null) {
    const listStart = m.index + m[0].length - m[1]!.length;
    BARE.lastIndex = 0;
    let n: RegExpExecArray | null;
    while ((n = BARE.exec(m[1]!)) !== null) {
      const value = Number(n[1]);
      if (!(value > 0 && value <= 100)) continue;
      const start = listStart + n.index;
      out.push({
        start,
        end: start + n[1]!.length,
        value,
        valueMax: null,
        unit: '%',
        kind: 'rate',
        source: 'arabic',
      });
    }
  }
  return out;
}
