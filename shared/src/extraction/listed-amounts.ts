import type { Mention } from './mentions';

// Sums by kind of area or group are listed after one measure with the money unit written once,
// at the end (`甲、乙、丙三类地区每人每年分别补助60、50、40元`, `达到80、60元`): each number before the
// last is a sum in that unit too, a target of its own. Only after an aim word or a per-head measure
// (达到, 提高到, 为, 每人每年, 人均) right before the list, so that numbered items (1、2、3) stay out.
// The list is found first and the aim word before it tested at its start (a lookbehind that opens
// a pattern is tried at every character of the page; this way only at a list of figures). A list
// opens at a number with no number or 、 before it (an aim word never ends so), so a long list is
// scanned once, not again from each of its numbers.
const LISTED =
  /(\d(?<![\d.、]\s*\d)\d*(?:\.\d+)?)((?:\s*、\s*\d+(?:\.\d+)?)+)\s*(万元|亿元|元)(?![\d/])/g;
const AFTER_AIM = /(?<=(?:达到|提高到|提高至|增加到|增至|不低于|为|每人|每年|人均|标准)\s*)/y;
const ITEM = /\d+(?:\.\d+)?/g;

/** The numbers of a `N、N、N元` list before its last, each with the list's money unit. */
export function listedAmounts(text: string): Mention[] {
  if (!text.includes('元')) return [];
  const out: Mention[] = [];
  LISTED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LISTED.exec(text)) !== null) {
    AFTER_AIM.lastIndex = m.index;
    if (!AFTER_AIM.test(text)) {
      // as the lookbehind did: a list that starts one character on may still follow an aim word
      LISTED.lastIndex = m.index + 1;
      continue;
    }
    const unit = m[3]!;
    const items = [{ index: m.index, value: m[1]! }];
    const restStart = m.index + m[1]!.length;
    for (const n of m[2]!.matchAll(ITEM)) items.push({ index: restStart + n.index, value: n[0] });
    // the last number carries its unit already: the unit pattern reads it
    for (const it of items.slice(0, -1))
      out.push({
        start: it.index,
        end: it.index + it.value.length,
        value: Number(it.value),
        valueMax: null,
        unit,
        kind: 'amount',
        source: 'arabic',
      });
  }
  return out;
}
