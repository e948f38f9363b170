import type { Gazetteer } from '../regions/gazetteer';
import type { Place } from './document-region';

// A news story names its place once and then refers back to it (在某某市农村…。今年该市投入…,
// 全市…): the 该市/该县 points to the last place of that level written before it. Read only on a
// page whose own word (全市, 我县) is of the same level, so the place is the page's whole.

const BACK_REFERENCE = /该(省|市|县|区)(?![级属委直内外])/;

/** The place the head's first 该X refers back to, on a page whose own word is at level X; else null. */
export function antecedentPlace(head: string, word: string, gazetteer: Gazetteer): Place | null {
  if (!head.includes('该')) return null;
  const m = BACK_REFERENCE.exec(head);
  if (!m || !word.endsWith(m[1]!)) return null;
  const level = m[1]!;
  const before = gazetteer.find(head, 0, m.index);
  for (let i = before.length - 1; i >= 0; i--) {
    const h = before[i]!;
    const written = head.slice(h.start, h.end);
    if (!written.endsWith(level) && !h.unit.name.endsWith(level)) continue;
    return h.ambiguous ? null : { name: h.unit.name, code: h.unit.code };
  }
  return null;
}
