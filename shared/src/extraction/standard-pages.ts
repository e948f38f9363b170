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
