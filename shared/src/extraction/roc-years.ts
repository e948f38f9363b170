import { parseChineseNumeral } from './numerals';

// Taiwan's bodies date their plans and budgets by the 民国 era (九十七年度 = 2008, 110年度 = 2021):
// year = 民国 + 1911. Read only on a page that is plainly Taiwan's (its place resolved to 710000)
// and that writes no year of the common era, and only as 民国N年, N年度 or a three-digit N年, with N
// from 80 to 130 (1991–2041): a bare `12年` there is a span (12年国教), not a date. The first such
// year in the page's opening dates it, as a title's year does.
const ROC_YEAR =
  /民国\s*([一二三四五六七八九十百]{1,5}|\d{2,3})年|([一二三四五六七八九十百]{2,5}|(?<![\d.])\d{2,3})年度|(?<![\d.])(1[0-3]\d)年/;
const TAIWAN = '710000';

/** The common-era year of the first 民国 year (`九十七年度`, `108年`) in a Taiwan page's opening. */
export function rocYear(head: string, regionCode: string | null | undefined): number | null {
  if (regionCode !== TAIWAN) return null;
  const m = ROC_YEAR.exec(head.slice(0, 600));
  if (!m) return null;
  const written = (m[1] ?? m[2] ?? m[3])!;
  const n = /\d/.test(written) ? Number(written) : parseChineseNumeral(written);
  return n >= 80 && n <= 130 ? n + 1911 : null;
}

// 預計104年底前完成500家, 113年度目標: a Taiwan page dates its aims in 民国 years in the sentence too, and
// the year scan reads only years of the common era. A three-digit year of 100 to 130 is read as one
// only before what makes it a date — 年度, 年底, 年末, 年初, a month, 起/至/到 — never before a bare 年,
// which may be a span (120年历史, 100年来). Like withPlanEnds, the lead is rewritten for the year scan
// alone; its offsets are not used again.
const ROC_IN_CLAUSE = /(?<![\d.])(?:1[0-2]\d|130)(?=年(?:度|底|末|初|[1-9]月|1[0-2]月|[起至到]))/g;

/** `s` with each 民国 year of a Taiwan page's clause (`104年底`) written as its common-era year (`2015年底`). */
export function withRocYears(s: string, regionCode: string | null | undefined): string {
  if (regionCode !== TAIWAN || !s.includes('年')) return s;
  return s.replace(ROC_IN_CLAUSE, (n) => String(Number(n) + 1911));
}
