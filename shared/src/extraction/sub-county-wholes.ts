import { NATION, type Place } from './document-region';

// A sub-district's or township's own plan (a 街道's 爱国卫生月 notice, a 乡(镇)'s 目标责任书) often
// names no place the gazetteer knows, so its page falls back to the nation; yet a sentence that
// says 全街 or 本乡(镇) binds that unit, below the county, whatever the page's default. Kept as the
// page writes it (schema: the page's own word; normalise folds full-width brackets), without
// the spaces a PDF put inside it. 全镇级/本乡村 are other words.
const SUB_COUNTY_WHOLE = /[全本我](?:街道?|乡|镇)(?:\s*\((?:街道?|乡|镇)\))?(?![级属长村])/g;

/**
 * The last 全街/本乡(镇) of the sentence before a number (`lead`), when the part has no region or
 * only the nation's; else null: a named part or a part's own 全X keeps its region (selfRegion).
 */
export function subCountyWhole(lead: string, part: Place | null): Place | null {
  if (part && part.name !== NATION.name) return null;
  let whole: string | null = null;
  for (const m of lead.matchAll(SUB_COUNTY_WHOLE)) whole = m[0];
  return whole ? { name: whole.replace(/\s+/g, ''), code: null } : null;
}
