import type { Gazetteer } from '../regions/gazetteer';
import type { Place } from './document-region';

// A city paper's story may tell its province's aim in the province's own word (今年我省所有卫生
// 部门和至少50%的医疗机构…) on a page whose place is the city: the clause binds the province, which
// the page names only as 我省, so the target takes the whole (全省) with the province's code. Only
// 我省/本省: a county-level city calls itself 我市, so 我市 above a county is no higher level.
// A province named after the aim word (应达到我省限定费用的80%) is the measure, not the subject.
const OWN_PROVINCE = /[我本]省(?![级属委直内外份])(?![\u4e00-\u9fff]{0,2}?(?:平均|要求|标准))/;
const AIM_WORD = /达到|达|提高|降低|降至|控制|高于|低于|超过|不低于|不高于|优于/;

/** `全省` (with the province's code) for a clause that says `我省` on a page of a city or below. */
export function higherOwnWord(
  clauseBefore: string,
  part: Place | null,
  gazetteer: Gazetteer | undefined,
): Place | null {
  const aim = AIM_WORD.exec(clauseBefore);
  const subject = aim ? clauseBefore.slice(0, aim.index) : clauseBefore;
  if (!gazetteer || !part?.code || !OWN_PROVINCE.test(subject)) return null;
  let unit = gazetteer.byCode(part.code);
  if (!unit || unit.level < 2) return null;
  while (unit && unit.level > 1)
    unit = unit.parentCode ? gazetteer.byCode(unit.parentCode) : undefined;
  return unit?.level === 1 ? { name: '全省', code: unit.code } : null;
}
