import { opensWithComingTime } from './report-boundary';

// A page that puts a year's work summary and the next year's plan under one title (2023年工作总结
// 和2024年工作计划, 年度工作总结暨明年工作打算, …总结及…工作方案, 上半年工作总结和下半年工作打算) tells the past year first: its figures are what was
// done. The plan begins at a heading of its own (二、2024年工作计划, 三、明年工作打算, 下一步工作
// 思路); a copy cut off before that heading holds the summary alone. The page's plan year is the
// later one.

// The title or lead that names both halves; the plan's year is group 1 (absent for 明年/下一年).
const SUMMARY_AND_PLAN =
  /(?:19|20)\d{2}\s*年(?:度)?[^。\n]{0,20}?总结\s*(?:和|及|暨|与|并|以及|、)\s*(?:((?:19|20)\d{2})\s*年(?:度)?|明年|下一年|下年度|下半年)[^。\n]{0,12}?(?:计划|打算|思路|要点|安排|方案)/;

// Where the plan half opens: a line, or a numbered heading anywhere (a page flattened into one
// line keeps its 二、), naming the coming year's plan, tasks or aims and not the summary.
const PLAN_HEADING =
  /(?:^|\n|[\s。；;])[ \t]*(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）])?[ \t]*(?:(?:19|20)\d{2}\s*年(?:度)?|明年|下一年|下年度|下半年|下一?步|今后)[^。\n，,]{0,12}?(?:工作)?(?:计划|打算|思路|安排|要点|重点|任务|目标|方案)/g;

const OPENING = 300;

/** The plan year a summary-and-plan title in the opening names (`…2023年工作总结和2024年工作计划` → 2024), or null. */
export function summaryPlanYear(opening: string): number | null {
  const m = SUMMARY_AND_PLAN.exec(opening.slice(0, OPENING));
  return m?.[1] ? Number(m[1]) : null;
}

/**
 * `[start, end)` of the summary half of a summary-and-plan page — from the text's start to the
 * plan's own heading, or to `end` when the copy stops before it — or null for any other page.
 */
export function summarySpan(text: string, end: number): [number, number] | null {
  const title = SUMMARY_AND_PLAN.exec(text.slice(0, Math.min(end, OPENING)));
  if (!title) return null;
  const from = title.index + title[0].length;
  // The plan half may also open without a heading, with a paragraph that starts from the coming
  // time (下半年,全县将…; 2024年,…).
  const year = title[1] ? Number(title[1]) : null;
  const lead = comingParagraph(text, text.indexOf('\n', from) + 1 || end, end, year);
  PLAN_HEADING.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = PLAN_HEADING.exec(text)) !== null && m.index < Math.min(end, lead)) {
    // The title repeated (a table of contents, the lead) names the summary too: not the plan.
    const lineEnd = text.indexOf('\n', m.index + 1);
    const rest = text.slice(m.index, lineEnd < 0 ? m.index + 40 : Math.min(lineEnd, m.index + 40));
    if (/总结/.test(rest)) continue;
    return [0, m.index];
  }
  return [0, Math.min(end, lead)];
}

/** The start of the first paragraph in `text[from, end)` opening with the coming time, or `end`. */
function comingParagraph(text: string, from: number, end: number, year: number | null): number {
  let at = from;
  while (at > 0 && at < end) {
    if (opensWithComingTime(text.slice(at, at + 20), year, true)) return at;
    const next = text.indexOf('\n', at);
    if (next < 0) break;
    at = next + 1;
  }
  return end;
}
