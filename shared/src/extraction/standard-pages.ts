// 我国控制和消灭某病标准 on a line of its own, or in 《》 opening a sentence, on a page a province's
// centre posts: the page sets out a standard of the nation. Its bounds bind the nation, not the
// body that posts them, and no year (a standard holds until replaced; the year it was issued,
// 1996年由…发布, dates its edition, not an aim) — as the golds keep a national standard's bounds
// (region 全国, year null).

// The standard's name: 我国/全国 … 标准, alone on its line (in 《》 or not), or in 《》 after an item mark.
const NATIONAL_STANDARD =
  /^\s*(?:[(（][一二三四五六七八九十\d]{1,2}[)）]\s*)?《?(?:我国|全国)[\u4e00-\u9fff、]{2,30}标准》?\s*$/m;
const HEAD = 1200;

/** Whether the page whose opening is `head` sets out a standard of the nation (我国…标准). */
export function postsNationalStandard(head: string): boolean {
  const opening = head.slice(0, HEAD);
  if (!opening.includes('标准')) return false;
  return NATIONAL_STANDARD.test(opening);
}

// 满足上述三项指标,判定为达标: a page that sets out criteria and ends by judging by them (判定为达标,
// 即为合格) and names no place and no whole of its own sets out a standard — the nation's, as the
// golds keep a standard's bounds (region 全国), when nobody on the page is named as its owner.
const JUDGED_BY_CRITERIA =
  /(?:满足|符合|达到)(?:上述|以上|下列|以下)[^。\n]{0,10}?(?:指标|条件|标准|要求)[^。\n]{0,4}?(?:判定|判|即|视|可)为?(?:达标|合格|达到[\u4e00-\u9fff]{0,8}标准)/;

/** Whether the page whose opening is `head` only sets out criteria to judge by (满足上述…判定为达标). */
export function judgesByCriteria(head: string): boolean {
  if (
    !head.includes('上述') &&
    !head.includes('以上') &&
    !head.includes('下列') &&
    !head.includes('以下')
  )
    return false;
  return JUDGED_BY_CRITERIA.test(head);
}
