import type { Place } from './document-region';

// A spam copy blanks the place names of the text it copies (`《. 市儿童发展纲要》`, `据. 晚报报道`):
// the plan still calls itself a city's (or county's) plan, so its targets bind that level's whole
// (全市), the page's own word for a place it no longer names. Only a level word right after the
// opening mark or a non-Chinese gap counts; a named place (《某某市…纲要》) is read elsewhere.
// A copy may blank the plan's period too, leaving its quote marks (《县国民经济和社会发展““规划纲要》).
const BLANKED_PLAN =
  /《[\s.。·*＊_?？xX×]{0,4}(省|市|县|区)[\u4e00-\u9fff\s“”"]{0,24}?(?:纲要|规划|方案|计划|意见)(?:[(（][^)）》\n]{0,16}[)）])?》/;

// A copied notice that issues the plan names it without 《》 (关于印发xx县XX年度…责任书的通知): the
// issued plan is the page's, blanked the same way; here a blank mark must stand (印发县域… names
// no place).
const BLANKED_ISSUED =
  /印发[xX×*＊]{1,4}(省|市|县|区)(?![级长域])[\u4e00-\u9fffxX×\d\s“”"]{0,30}?(?:纲要|规划|方案|计划|意见|责任书)的通知/;

/** The whole (`全市`) of a copied plan whose title lost its place name, or null. */
export function blankedPlanPlace(head: string): Place | null {
  const h = head.slice(0, 600);
  const m = BLANKED_PLAN.exec(h) ?? (h.includes('印发') ? BLANKED_ISSUED.exec(h) : null);
  return m ? { name: `全${m[1]}`, code: null } : null;
}

// A copied plan whose title (or first line, when it has none) opens with its place blanked
// (XX镇2020年…实施方案, ××县…计划): the plan is still that level's, and its whole is the name
// left for it (全镇), as the page's 本镇/我镇 would be. The marks a copy blanks a name with only;
// 某某 names a sample, not a blank of the page's own place.
const BLANKED_TITLE = /^\s*[xX×*＊]{1,4}(省|市|县|区|镇|乡)(?![级长])/;

/** The whole (`全镇`) of a plan whose title's place name is blanked, or null. */
export function blankedTitlePlace(title: string): Place | null {
  const m = BLANKED_TITLE.exec(title);
  return m ? { name: `全${m[1]}`, code: null } : null;
}
