import { pastYear } from './context-rules';

// A review tells one year in several sentences: `2004年,全市…筹资2.3亿元。全年共为5.5万人次报销…`.
// A sentence that opens with 全年/当年/同年/该年 speaks of the year the sentence before it opened
// with; when that year is past, its figures are the past too. Only the opening of the sentence
// before is read (its first clause), so a milestone later in it (…,到2025年达到…) changes nothing.

const SAME_YEAR = /^\s*(?:全年|当年|同年|该年)/;
const YEAR_LEAD = /^\s*(?:19|20)\d{2}年[^,，;；。！？!?\n]{0,12}/;
// How far back the sentence before is looked for.
const REACH = 400;

/** Whether the sentence at `sStart` opens with 全年/当年 and the sentence before it with a past year. */
export function sameYearAsPast(
  t: string,
  sStart: number,
  planYear: number | null,
  published: number | null,
  planFrom: number | null,
): boolean {
  if (planYear === null || !SAME_YEAR.test(t.slice(sStart, sStart + 6))) return false;
  let end = sStart;
  while (end > 0 && /\s/.test(t[end - 1]!)) end--;
  if (end === 0 || !'。！？!?'.includes(t[end - 1]!)) return false;
  let from = end - 1;
  const stop = Math.max(0, end - REACH);
  while (from > stop && !'。！？!?\n'.includes(t[from - 1]!)) from--;
  const lead = YEAR_LEAD.exec(t.slice(from, end));
  return lead !== null && pastYear(lead[0], planYear, published, planFrom);
}
