import { SPAN_DASH } from './span-dash';

// A school's plan is dated by its school year (2011-2012学年, 2023—2024学年度, 2019至2020学年第一学期),
// which writes no `YYYY年`: its aims are for the year the school year ends in, as a period's plan
// is for its last year. Only a span of consecutive years counts (2011-2012), so no other range
// before 学年 dates the page.
const SCHOOL_YEAR = new RegExp(`((?:19|20)\\d{2})\\s*${SPAN_DASH}\\s*((?:19|20)?\\d{2})\\s*学年`);

// 2017-2018学年常见病检测结果显示…: a school year whose findings the page cites (结果, 显示, 数据 just
// after it) is the period a survey covered, told as the past; it dates no plan.
const FINDINGS_AFTER = /^[^,，。;；\n]{0,12}?(?:结果|显示|数据)/;

/** The end year of the school year the page's opening names (`2011-2012学年` → 2012), or null. */
export function schoolYear(head: string): number | null {
  const opening = head.slice(0, 600);
  const m = SCHOOL_YEAR.exec(opening);
  if (!m) return null;
  const after = m.index + m[0].length;
  if (FINDINGS_AFTER.test(opening.slice(after, after + 20))) return null;
  const from = Number(m[1]);
  const to = m[2]!.length === 2 ? Math.floor(from / 100) * 100 + Number(m[2]) : Number(m[2]);
  return to === from + 1 ? to : null;
}
