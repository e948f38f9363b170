import type { Place } from './document-region';

// A spam copy blanks the place names of the text it copies (`《. 市儿童发展纲要》`, `据. 晚报报道`):
// the plan still calls itself a city's (or county's) plan, so its targets bind that level's whole
// (全市), the page's own word for a place it no longer names. Only a level word right after the
// opening mark or a non-Chinese gap counts; a named place (《某某市…纲要》) is read elsewhere.
const BLANKED_PLAN =
  /《[\s.。·*＊_?？xX×]{0,4}(省|市|县|区)[\u4e00-\u9fff\s]{0,24}?(?:纲要|规划|方案|计划|意见)(?:[(（][^)）》\n]{0,16}[)）])?》/;

/** The whole (`全市`) of a copied plan whose title lost its place name, or null. */
export function blankedPlanPlace(head: string): Place | null {
  const m = BLANKED_PLAN.exec(head.slice(0, 600));
  return m ? { name: `全${m[1]}`, code: null } : null;
}
