// A plan for the year (鹰潭市2025年度献血方案, 某县2024年度健康教育工作计划) counts every aim over it:
// what it asks each year (每年至少组织2次…) is what it asks of the one year it covers, so such an
// aim takes the plan's year, where a plan over several years leaves a yearly aim without one
// (mention-years.ts YEARLY_AIM). Only a title that names one year with 年度, the year's own plan,
// and a plan word after it, no other year and no span (2021—2025年), is read so; a title of
// `2024年…工作计划` alone leaves a 每年 aim without a year, as before.

const ONE_YEAR_TITLE =
  /(?:19|20)\d{2}\s*年度(?![—\-–~～至到])[^\d《》\n]{0,24}?(?:计划|方案|要点|安排)/;
const YEAR = /(?:19|20)\d{2}/g;

/** The year of a one-year plan's title (`…2025年度…方案` → 2025) for a yearly aim with no year. */
export function oneYearPlanYear(
  title: string | null,
  partYear: number | null,
  sentence: string,
): number | null {
  if (partYear === null || title === null || !sentence.includes('每年')) return null;
  if (/(?:19|20)\d{2}/.test(sentence) || !ONE_YEAR_TITLE.test(title)) return null;
  const years = title.match(YEAR) ?? [];
  return years.length === 1 && Number(years[0]) === partYear ? partYear : null;
}
