import { dayFirstDate } from './news-dates';
import { plansTurnYear } from './period-year';
import { ENSURE } from './aim-words';

// Years a sentence gives its targets in ways the year scan does not read: the end of a five-year
// plan (到“十二五”末), and two years listed for two values without 分别 (到2022年和2030年,…达到37%
// 及以上和40%及以上).

// An aim said to be reached during a five-year plan (“十五五”期间…将达到60%) is due by its end too:
// a plan's period has no year of its own but its last.
const PLAN_END = /(?:到|至)?[“"]?十([一二三四五六七八九])五[”"]?(?:末|期末|期间|时期)/g;
const DIGITS = '一二三四五六七八九';

/** `s` with each `到“十二五”末` (or `“十二五”期间`) written as the year it ends (`到2015年`), for the year scan. */
export function withPlanEnds(s: string): string {
  if (!s.includes('五')) return s;
  return s.replace(PLAN_END, (_, n: string) => `到${2005 + 5 * (DIGITS.indexOf(n) + 1)}年`);
}

const YEAR_LIST = /((?:19|20)\d{2})年?(?:\s*[和、及与]\s*(?:19|20)\d{2}年?)+/g;
const VALUE = String.raw`\d+(?:\.\d+)?\s*[%‰]?(?:及以上|以上|及以下|以下|左右)?`;
const JOINED_BEFORE = new RegExp(String.raw`(?:${VALUE}\s*[和、及与]\s*)+$`);
const JOINED_AFTER = new RegExp(
  String.raw`^(?:\s*(?:及以上|以上|及以下|以下|左右)?\s*[和、及与]\s*${VALUE})+`,
);

/**
 * The k-th of the years a lead lists (`到2022年和2030年`) for the k-th of as many values joined
 * in the clause (`37%及以上和40%及以上`), when the sentence says no 分别 (read elsewhere); null
 * when the counts differ or nothing is listed.
 */
export function pairedYear(lead: string, clauseBefore: string, clauseAfter: string): number | null {
  // The clause's joined values first: they are few and near, the lead may be long. The joined
  // values before the number end in a joining word (…和): only then is the end-anchored pattern
  // run, which V8 tries from every character of the clause.
  const k = joinedBefore(clauseBefore) ? countNumbers(JOINED_BEFORE.exec(clauseBefore)?.[0]) : 0;
  const n = countNumbers(JOINED_AFTER.exec(clauseAfter)?.[0]);
  if (k + n === 0 || lead.includes('分别')) return null;
  let years: number[] = [];
  for (const m of lead.matchAll(YEAR_LIST))
    years = [...m[0].matchAll(/(?:19|20)\d{2}/g)].map(Number);
  return years.length >= 2 && k + 1 + n === years.length ? years[k]! : null;
}

// 确保完成2020年…的目标, 力争2025年…: an aim word right before a year makes it a milestone, as 到 does;
// so does a hope (有望在2020年成为…, 有望2025年…).
const AIM_BEFORE_YEAR = new RegExp(
  String.raw`(?:[到至]|${ENSURE}|力争|争取|实现|完成|有望|望[在于])$`,
);

/** Whether the year starting at `at` in `s` is aimed at (`到2020年`, `确保完成2020年`), not a baseline. */
export function aimedYear(s: string, at: number): boolean {
  if (at <= 0) return false;
  if (AIM_BEFORE_YEAR.test(s.slice(Math.max(0, at - 2), at))) return true;
  // 到2020年、2022年和2030年: the later years of a list share the aim word before its first; the
  // look back is bounded (a list of at most four years).
  const list = LISTED_AFTER_AIM.exec(s.slice(Math.max(0, at - 32), at));
  return (
    list !== null &&
    AIM_BEFORE_YEAR.test(s.slice(Math.max(0, at - list[0].length - 2), at - list[0].length))
  );
}
const LISTED_AFTER_AIM = /(?:(?:19|20)\d{2}年?\s*[、和及与]\s*){1,4}$/;

// 2018年检测人数达22%以上,2020年达25%以上; 2006年补助将达到35元;2007年达到40元: steps of a plan, each a
// clause opened by its year with the level to reach. The earlier step is a milestone, not a
// baseline, though no 到 stands before it: its clause opens with the year and reaches a level, and
// the words right after its figure open a later step the same way.
const STEP_OPENING = /(?:^|[,，;；。:：\s])$/;
const STEP_AIM = /达|将|提高|降|控制|增|减/;
const NEXT_STEP =
  /^[^。！？!?\n]{0,40}?[,，;；]\s*((?:19|20)\d{2})年[,，]?[^,，;；。\d]{0,12}?(?:达|将|提高|降|控制)/;

/**
 * Whether the year `y` written at `at` in the lead `s` is one step of a run (`2018年…达22%,2020年…达
 * 25%`): it opens its clause, its clause reaches a level, and `ahead` (the text after the figure)
 * opens a later step.
 */
export function steppedYear(s: string, at: number, y: number, ahead: string): boolean {
  if (ahead === '' || !STEP_OPENING.test(s.slice(Math.max(0, at - 1), at))) return false;
  if (!STEP_AIM.test(s.slice(at + 5))) return false;
  const next = NEXT_STEP.exec(ahead);
  return next !== null && Number(next[1]) > y;
}

// 2020年是…开局之年, 明年是“十四五”收官之年: a year the sentence calls the year of the work (its
// opening, key or closing year) is the year the tasks told after it are for, not a past year.
const YEAR_OF_THE_WORK = /^\s*(?:是|为)[^,，。;；:：]{1,24}(?:之年|的一年|年份)/;

/** Whether the year ending at `end` in `s` is named the year of the work (`2020年是…开局之年`). */
export function workYear(s: string, end: number): boolean {
  return YEAR_OF_THE_WORK.test(s.slice(end, end + 32));
}

// 今年, 年内 and 本年度 name the page's year; 五年内 or 3年内 is a span of years, no 年内.
const THIS_YEAR = /今年|(?<![\d一二两三四五六七八九十几数多])年内|本年度/;

/**
 * The year of a target told for `今年`/`年内`: the plan's year, unless the page writes that year
 * only as a horizon (`到2010年`) and carries no date of that year in its opening — then the year
 * the page was written in is not known (null).
 */
export function thisYear(
  lead: string,
  text: string,
  planYear: number | null,
  year: number | null,
): number | null {
  if (
    planYear === null ||
    year !== planYear ||
    !(lead.includes('今年') || lead.includes('年内') || lead.includes('本年度')) ||
    !THIS_YEAR.test(lead)
  )
    return year;
  if (/(?:19|20)\d{2}年/.test(lead)) return year;
  const head = text.slice(0, 3000);
  // 《…行动实施方案(2025—2027年)》…广东今年将…: an undated page on a plan for a span ending in the
  // page's year says 今年 of the span's first year, the year such a plan is issued and starts in;
  // the span's end is only the page's default year.
  const opening = head.slice(0, 300);
  const span = spanEnding(head, planYear);
  if (span !== null && !PAGE_DATE.test(opening) && !dayFirstDate(opening)) return span;
  const written = `${planYear}年`;
  for (let at = head.indexOf(written); at >= 0; at = head.indexOf(written, at + 1))
    if (!aimedYear(head, at) && !tallyOpening(head, at)) return year;
  // A story dated in its opening (2013-03-05 18:16, 2013/3/5) says 今年 of the year it was
  // published in.
  if (new RegExp(`(?<![\\d.])${planYear}([-/])(?:0?[1-9]|1[0-2])\\1\\d`).test(head.slice(0, 300)))
    return year;
  if (dayFirstDate(head.slice(0, 300))?.[1] === String(planYear)) return year; // 08.04.2015
  // A page placed at the turn of two plans (“十三五”收官,“十四五”开局) that gave the plan's year.
  if (plansTurnYear(head) === planYear) return year;
  // A page dated in its opening in another year (2017年8月25日, 2017-08-25) says 今年 of that
  // year: an earlier date makes the plan's year only a horizon it looks to, a later one makes it a
  // year the story looks back on (截至2020年底… in a story of 2021).
  const dated = PAGE_DATE.exec(head.slice(0, 300));
  return dated && Number(dated[1]) !== planYear ? Number(dated[1]) : null;
}

// 自1992年发现首例以来,已累计发现647例: a year a tally up to now starts from lies before the page's
// own year, so it is not the year 今年 means; with no other date the page's year is not known.
const TALLY_SINCE = /^[^。！？!?\n]{0,40}?(?:以来|已来|累计)/;

/** Whether the year written at `at` in `s` opens a tally up to now (`自1992年…以来`, `…已累计`). */
function tallyOpening(s: string, at: number): boolean {
  return at > 0 && s[at - 1] === '自' && TALLY_SINCE.test(s.slice(at, at + 48));
}

/** The first year of a span `YYYY—<planYear>年` the head names, when earlier; else null. */
function spanEnding(head: string, planYear: number): number | null {
  const at = head.indexOf(`${planYear}年`);
  if (at < 0) return null;
  const span = new RegExp(`((?:19|20)\\d{2})\\s*(?:年\\s*)?[—–\\-~～至到]\\s*${planYear}年`).exec(
    head,
  );
  return span && Number(span[1]) < planYear ? Number(span[1]) : null;
}

// A page's date in its opening (2017年8月25日, 2017-08-25, 2017/8/25); next-year.ts reads it too.
export const PAGE_DATE =
  /(?<![\d.])((?:19|20)\d{2})(?:年(?:0?[1-9]|1[0-2])月(?:[12]\d|3[01]|0?[1-9])日|([-/])(?:0?[1-9]|1[0-2])\2\d)/;

function countNumbers(s: string | undefined): number {
  return s ? (s.match(/\d+(?:\.\d+)?/g) ?? []).length : 0;
}

/** Whether `s` ends in a joining word and blanks, as every match of JOINED_BEFORE does. */
function joinedBefore(s: string): boolean {
  let i = s.length - 1;
  while (i >= 0 && /\s/.test(s[i]!)) i--;
  return i >= 0 && '和、及与'.includes(s[i]!);
}

/**
 * `完成2009年87万户改厕任务` in a 2010 plan: the year names which year's task is to be finished
 * (a task carried over), not when — the figure is the plan year's, not a milestone of 2009.
 */
export function carriedTaskYear(
  s: string,
  at: number,
  year: number,
  planYear: number,
  after = '',
): boolean {
  return (
    year < planYear &&
    /完成$/.test(s.slice(Math.max(0, at - 2), at)) &&
    // the task's figure follows the year at once (完成2028年…普及率达到92%的任务 is a milestone)
    /^\d{4}年度?\s*$/.test(s.slice(at)) &&
    /^[^,，。;；]{0,30}?任务/.test(after)
  );
}

// A heading line (二、主要任务, (一)指导思想, 第三章): a list never reaches back across one.
const HEADING =
  /^\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+[章节条部])/;
const HEAD_YEAR = /(?:到|至)((?:19|20)\d{2})年/;

/**
 * The horizon of a list head that ends with a colon a few lines above the line starting at
 * `lineStart` (`到2025年,…具体目标包括:` over one aim a line): the items below take its year. The
 * scan goes back over item lines only, at most six lines and 600 characters, and stops at a
 * heading; a head that names no aimed year, or one before the plan's, gives null.
 */
export function listHeadYear(
  text: string,
  lineStart: number,
  planYear: number | null,
  planFrom: number | null = null,
): number | null {
  if (planYear === null || lineStart <= 0 || text[lineStart - 1] !== '\n') return null;
  // A head inside the span the plan names (到2020年 in a plan for 2017—2030) is one of its milestones.
  const earliest = planFrom !== null && planFrom < planYear ? planFrom : planYear;
  let end = lineStart - 1;
  const stop = Math.max(0, lineStart - 600);
  for (let lines = 0; end > stop && lines < 6;) {
    const from = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(Math.max(from, stop), end).trim();
    end = from - 1;
    if (line === '') continue;
    lines++;
    // A heading that is itself the list's head (（二）主要目标。到2020年,…实现以下目标:) still dates it.
    if (/[:：]$/.test(line)) {
      const m = HEAD_YEAR.exec(line);
      const y = m ? Number(m[1]) : null;
      return y !== null && y >= earliest && y <= planYear + 20 ? y : null;
    }
    if (HEADING.test(line)) return null;
  }
  return null;
}
