import { headingYear } from './year-headings';
import { LOOKS_FORWARD, looksAhead } from './report-boundary';
// Figures a page states as measured, told apart from aims by the grammar of their sentence and
// what stands around it, not by any page's words (issue 14, precision2). Two readings:
// - a value stated with 为 (`全县孕产妇系统管理率为91.2%`) and nothing around it that aims — no
//   bound after it (`为90%以上` is an aim), no aim word in its full sentence, no year of the plan or
//   after (`到2025年…为85%`), no lead or heading above it that names aims (`主要目标:`,
//   `二、2024年工作目标`) — is where things stand;
// - on a page with no word that looks ahead anywhere and no plan word (a yearbook's entry, a
//   statistics sheet), a figure written straight after its name with no verb (`…治愈率96%`) is a
//   value recorded; a plan always says somewhere what it aims at.

// 为 after a name or a 分别/均/仅 (…率为91.2%, 分别为3.1‰、4.2‰), not after a verb that sets or
// changes (定为, 调整为, 提高为) or 成为/作为/认为.
const STATED =
  /(?<!定|设|调整|改|提高|提升|增加|增长|降低|下降|减少|扩大|缩小|放宽|控制|成|作|认|视|称|因|更|较|最|行)为(?:\s*[-\d.]+\s*(?:%|‰|\/10万|\/万|[\u4e00-\u9fff]{1,3})?\s*[、和及与])*\s*$/;
// A bound or a level's range after the number makes it an aim (为90%以上, 为79岁左右).
const BOUND_AFTER = /^\s*(?:及?以上|及?以下|以内|之内|左右|上下)/;
// A stated value closes its clause (…为91.2%, / 。/ 、): 为 before a count that goes on to a noun
// and a verb (为64万名孕妇提供…) is "for", not "is".
const CLAUSE_CLOSES = /^\s*(?:[,，。;；、:：)）\n!?！？]|和|及|$)/;
// Words of aims beyond LOOKS_FORWARD's: what a sentence of a plan sets (不低于, 力争…). A scheme
// that sets up or lays down its levels (统一设立四级起付线,乡级…分别为100元…; 规定…为) states rules,
// not measures.
// Words holding 要 that say nothing of the future: importance, need, if only (主要 stays: 主要指标
// and 主要目标 lead aims).
const NOT_WILL = /重要|需要|只要|必要|纪要|摘要|要素/g;
const AIM_WORDS = /不低于|不高于|不少于|不超过|至少|预期|任务|指标值|目标值|设立|设定|规定/;
// A lead or heading above that names what is aimed at (主要目标:, 二、2024年工作目标, 考核指标).
const AIM_HEAD = /目标|指标|任务|要点|计划|安排|打算|要求|规划|方案/;

/** Whether `[at, end)` names a year at or after `planYear` (a milestone, not a year gone by). */
function namesLaterYear(text: string, planYear: number | null): boolean {
  if (planYear === null) return /(?:19|20)\d{2}年/.test(text);
  for (const m of text.matchAll(/((?:19|20)\d{2})年/g)) if (Number(m[1]) >= planYear) return true;
  return false;
}

/**
 * Whether the lines above the sentence starting at `sStart` name aims: the text of its own line
 * before it (a `主要目标:` lead) or, within 300 characters, a short line (a heading or a list's
 * head) that names them.
 */
function aimsAbove(text: string, sStart: number): boolean {
  const lineStart = text.lastIndexOf('\n', sStart - 1) + 1;
  if (AIM_HEAD.test(text.slice(lineStart, sStart))) return true;
  const floor = Math.max(0, sStart - 300);
  // The page's first line is its title, which names a plan on every plan page.
  const titleEnd = text.indexOf('\n', text.search(/\S/));
  let end = lineStart - 1;
  while (end > floor && end > titleEnd) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).trim();
    if (line.length > 0 && line.length <= 40 && !/[。；;]$/.test(line)) return AIM_HEAD.test(line);
    end = start - 1;
  }
  return false;
}

/**
 * Whether the figure at `[at, end)` is a measured value stated with 为 and nothing around it aims:
 * `clauseBefore` is its clause up to the number, `[fullStart, fullEnd)` its full sentence (across
 * semicolons), `planYear` the page's year.
 */
export function statedMeasure(
  text: string,
  clauseBefore: string,
  end: number,
  fullStart: number,
  fullEnd: number,
  planYear: number | null,
): boolean {
  if (!clauseBefore.includes('为') || !STATED.test(clauseBefore)) return false;
  const after = text.slice(end, end + 4);
  if (BOUND_AFTER.test(after) || !CLAUSE_CLOSES.test(after)) return false;
  const sentence = text.slice(fullStart, fullEnd);
  // 重要, 主要, 需要: a 要 inside an adjective or a need is no 要 of what will be done.
  const will = sentence.includes('要') ? sentence.replace(NOT_WILL, '') : sentence;
  if (LOOKS_FORWARD.test(will) || AIM_WORDS.test(sentence)) return false;
  if (namesLaterYear(sentence, planYear)) return false;
  // 第四步 2020年 over the value: a step ahead of the page's year (year-headings.ts).
  const heading = headingYear(text, fullStart);
  if (heading !== null && planYear !== null && heading >= planYear) return false;
  return !aimsAbove(text, fullStart);
}

// A name's head right before the number (…治愈率96%, …床位数3.2张, …率为): the figure is written
// with no verb, as a record lists it; a plan's item says what is done (补助标准提高30元). 受益人口269万人:
// a number of people after its head 人口 is such a record too.
// A duration is recorded the same way (急救平均反应时间为12.4分钟, 平均候诊时间25分钟): a time named, then
// its value.
const NAME_THEN_VALUE =
  /(?:率|比例?|占比|数|量|寿命|水平|密度|指数|人次|天数|人口|时间)\s*(?:为|是)?\s*$/;
// A bare 达 after a level's name (管理率达92.4%, not 达到), with no bound after the figure: how a
// report tells a level reached, as news does. Read so only on a page that also tallies what was done
// (累计, 共计, 截至): a lone sentence with 达 may still be a plan's aim.
const NAME_THEN_REACHED = /(?:率|比例?|占比|水平|指数)\s*达\s*$/;
const TALLY_WORD = /累计|共计|截至|截止/;
const BOUND_NEXT = /^\s*(?:及?以上|及?以下|以内|左右)/;
// The plan words of report-kind.ts's PLAN_KIND and a heading's aims; an assessment's standard
// (考核标准, 考核细则) sets levels too, but a report's 加大考核力度 or 进行考核 tells work done.
const PLAN_WORD =
  /要点|计划|方案|规划|安排|打算|目标|任务|指标|要求|考核(?:细则|办法|内容|评分|项目)|标准/;

/** Whether `text[0, end)` looks ahead nowhere and names no plan: a record of values. */
export function aimlessPage(text: string, end: number): boolean {
  const page = text.slice(0, end);
  return !looksAhead(page) && !PLAN_WORD.test(page) && !namesYearAfterItsDate(page);
}

// A date in a page's opening lines (发表于 2021-6-18, 2016-04-26 08:26): when it was written.
const OPENING_DATE = /(?<![\d.])((?:19|20)\d{2})-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])(?!\d)/;

/**
 * Whether a dated page names a year after its own date (a post of 2021 titled
 * `2030年心理健康普及率85%`): no record can state a year still to come, so the page looks ahead
 * though it writes no aim word.
 */
function namesYearAfterItsDate(page: string): boolean {
  const dated = OPENING_DATE.exec(page.slice(0, 300));
  if (!dated) return false;
  const written = Number(dated[1]);
  for (const m of page.matchAll(/((?:19|20)\d{2})年/g)) if (Number(m[1]) > written) return true;
  return false;
}

/** Whether a figure's clause up to the number ends with its name, no verb (`…治愈率`, `…率为`). */
export function bareFigure(clauseBefore: string): boolean {
  return NAME_THEN_VALUE.test(clauseBefore);
}

/** Whether an aimless page tallies what was done (累计…), so its bare 达 reports. */
export function talliesDone(text: string, end: number): boolean {
  return TALLY_WORD.test(text.slice(0, end));
}

/** Whether a level is told reached with a bare 达 and no bound after (`…率达92.4%,`). */
export function reachedFigure(clauseBefore: string, after: string): boolean {
  return (
    clauseBefore.endsWith('达') && NAME_THEN_REACHED.test(clauseBefore) && !BOUND_NEXT.test(after)
  );
}
