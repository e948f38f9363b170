import type { Gazetteer } from '../regions/gazetteer';
import type { Place } from './document-region';

// A page whose own word is 全市 (我市, 全县) may name its place once, right before that whole: a
// scope line's `实施范围 保定全市区`, `在某县全县范围内开展`. The place so joined to the page's whole is
// the page's, when it is of that level and the only one so written. Names merely cited elsewhere
// on the page are not joined to its whole, so they do not count.

/** The unit written right before the page's whole word (`保定全市`), or null. */
export function wholeNamedPlace(head: string, whole: string, gazetteer: Gazetteer): Place | null {
  const level = /^[全我本](市|县|区)$/.exec(whole)?.[1];
  if (!level || !head.includes(`全${level}`)) return null;
  const found = new Map<string, Place>();
  for (const h of gazetteer.find(head)) {
    if (h.ambiguous || !h.unit.name.endsWith(level)) continue;
    if (
      !head
        .slice(h.end, h.end + 3)
        .trimStart()
        .startsWith(`全${level}`)
    )
      continue;
    found.set(h.unit.code, { name: h.unit.name, code: h.unit.code });
  }
  return found.size === 1 ? [...found.values()][0]! : null;
}
