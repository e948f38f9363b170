// Where a page applies when it names no place, no 全X/我X, no office of a level, no institution and
// is no national plan: the schema then keeps the page's own word for its area (SCHEMA.md, region).

// 以区为单位 (ranking, screening or counting by district): a plan written for one unit of that level
// speaks of its own unit so, and its aims bind the whole of it (以乡镇为单位 names no one level).
const UNIT_OF_COUNT = /(?<![乡镇])以(省|市|区|县|镇|乡)为单位/;

/** `全区` for a page whose only word for its level is `以区为单位`; null when it has none. */
export function unitLevel(head: string): string | null {
  const m = UNIT_OF_COUNT.exec(head);
  return m ? `全${m[1]}` : null;
}

// 市内 or 县内 with no place before it (参保人市内转诊, 县内就诊): a plan that names no place speaks
// so of its own area, within the city or county it is for (not 城市内, 省市内, 县市内: kinds of area).
const WITHIN_LEVEL = /(?<![城省县市区地州乡镇])(市|县)内(?![容部])/;

/** `全市` for a page whose only word for its area is `市内` (`全县` for `县内`); else null. */
export function withinLevel(head: string): string | null {
  if (!head.includes('市内') && !head.includes('县内')) return null;
  const m = WITHIN_LEVEL.exec(head);
  return m ? `全${m[1]}` : null;
}

// 城乡 as the area a page covers (健康城乡创建, 城乡适龄人群, 城乡全覆盖), not inside a cited title
// (《城乡规划法》) or the name of an insurance scheme (城乡居民医保, 城乡居民基本医疗保险), which a
// page of any level or place names; nor 城乡 qualifying a kind of unit (城乡社区, 城乡基层医疗机构:
// where a service is given, as 乡镇 names no township) or the gap between the two (城乡…差距,
// 城乡差异), which any province's or city's indicators measure.
const TOWN_AND_COUNTRY =
  /城乡(?!居民(?:基本)?医(?:疗)?保|社区|基层|医疗|卫生(?:院|机构|室)|[\u4e00-\u9fff]{0,8}?(?:差距|差异|二元))/g;

/** `城乡` when a page that names no area otherwise speaks of it twice or more; else null. */
export function townAndCountry(head: string): string | null {
  const outsideTitles = head.replace(/《[^》]*》/g, '');
  return (outsideTitles.match(TOWN_AND_COUNTRY)?.length ?? 0) >= 2 ? '城乡' : null;
}
