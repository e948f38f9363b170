import { trimPhrase } from './indicator';

// 到2025年,基本覆盖60%的县、40%的乡镇和全部试点地区: a share of units after 覆盖 whose clause names
// no act of its own (the subject is a sentence back) is the share of those units covered,
// 覆盖县比例, as a yearbook titles it; a later value of the list takes the same 覆盖.
// (coveredUnits reads the form with an act before 覆盖: 垃圾收运覆盖90%的自然村.)
const COVER_BEFORE = /覆盖(?:达到|达|到)?\s*$/;
// A later value of a list of shares (…的县、40%): the item before it and a 、 or 和.
const LATER_ITEM = /^的?[\u4e00-\u9fff]{1,10}(?:、|和|及)\s*$/;
const COVER_THEN_SHARE = /覆盖(?:达到|达|到)?\s*\d/;
// …的乡镇和全部试点地区: an item with no number (全部, 所有, 各) after 和 is no part of these units.
const WHOLE_ITEM = /(?:和|及|以及|、)(?:全部|所有|各)[\s\S]*$/;

/** `覆盖县比例` for a share after a bare 覆盖 (or a later value of its list), else null. */
export function coverShare(before: string, clauseBefore: string, tail: string): string | null {
  const at = before.search(COVER_BEFORE);
  const bare = at >= 0 && trimPhrase(before.slice(0, at)) === '';
  if (!bare) {
    const first = clauseBefore.search(COVER_THEN_SHARE);
    if (!LATER_ITEM.test(before) || first < 0 || trimPhrase(clauseBefore.slice(0, first)) !== '')
      return null;
  }
  const units = tail
    .replace(/^的/, '')
    .replace(WHOLE_ITEM, '')
    .replace(/[、,，;；。][\s\S]*$/, '');
  return units.length >= 1 && units.length <= 6 && !/\d/.test(units) ? `覆盖${units}比例` : null;
}

// 科普活动覆盖常住人口的60%以上: an act covering a share of a population (the base before the share
// opens with 覆盖) is a coverage rate of that population, 科普活动常住人口覆盖率, not the act's share
// of the people (…占覆盖常住人口比例).
const COVERED_PEOPLE =
  /^覆盖((?:[\u4e00-\u9fff]{0,6}?)(?:人口|人群|居民|群众|家庭|农户|学生|儿童|老年人))的?$/;

/** `科普活动` + base `覆盖常住人口的` → `科普活动常住人口覆盖率`, else null. */
export function coveredPeopleName(name: string, base: string): string | null {
  const people = COVERED_PEOPLE.exec(base.trim())?.[1];
  return people ? `${name}${people}覆盖率` : null;
}

// 覆盖二级以上医院97%的门诊量, 覆盖全市公立医院80%的出院病例: a scheme that reaches a share of the
// volume of the units named between 覆盖 and the figure is a coverage of that volume; the units are
// its scope (门诊量覆盖率 in 二级以上医院), not a share of them.
const COVER_UNITS =
  /覆盖(?:全国|全省|全市|全县|全区)?([\u4e00-\u9fff]{2,12}?(?:医院|医疗机构|卫生院|中心|机构))\s*$/;
const VOLUME_AFTER = /^的([\u4e00-\u9fff]{1,6}?(?:量|人次|病例|费用))/;

/** `{ name: 门诊量覆盖率, scope: 二级以上医院 }` for a share of the units' volume after 覆盖, else null. */
export function coveredVolume(
  before: string,
  tail: string,
): { name: string; scope: string } | null {
  const units = COVER_UNITS.exec(before.slice(-20))?.[1];
  const volume = units ? VOLUME_AFTER.exec(tail)?.[1] : undefined;
  return units && volume ? { name: `${volume}覆盖率`, scope: units } : null;
}
