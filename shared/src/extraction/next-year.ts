import { PAGE_DATE } from './plan-years';

// 明年年底有500间诊所…: a dated page's 明年 is the year after its date, whatever year its body
// names elsewhere (a later milestone, 2011年年底…, is no date of the page). Only the opening is
// read for the date, as for 今年 (plan-years.ts's thisYear), so the look is bounded.

const NEXT_YEAR = '明年';
const WRITTEN_YEAR = /(?:19|20)\d{2}\s*年/;

/**
 * The year a target told for 明年 is due: the year after the date in the page's opening, when the
 * lead's last time word is 明年 (no year written after it); else `year` unchanged.
 */
export function nextYear(lead: string, text: string, year: number | null): number | null {
  const at = lead.lastIndexOf(NEXT_YEAR);
  if (at < 0 || WRITTEN_YEAR.test(lead.slice(at))) return year;
  const dated = PAGE_DATE.exec(text.slice(0, 300));
  return dated ? Number(dated[1]) + 1 : year;
}
