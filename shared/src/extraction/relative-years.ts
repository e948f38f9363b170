import { PAGE_DATE } from './plan-years';

// Times told relative to the page rather than as a year. 明年年底有500间诊所…: a dated page's
// 明年 is the year after its date, whatever year its body names elsewhere (a later milestone,
// 2011年年底…, is no date of the page). Only the opening is read for the date, as for 今年
// (plan-years.ts's thisYear), so the look is bounded. 计划在近期增加到5000名: 近期 (the near term)
// names no year at all, so the figure is for none rather than the page's; so does a yearly aim
// from now on (今后每年).

const WRITTEN_YEAR = /(?:19|20)\d{2}\s*年/;
// 在近期, 近期内: the near term to come; a story's opening 近期, (lately) tells of the past.
const NEAR_TERM_BEFORE = /[在于]$/;
const NEAR_TERM_AFTER = /^内/;

function nearTerm(lead: string, at: number): boolean {
  return (
    NEAR_TERM_BEFORE.test(lead.slice(Math.max(0, at - 1), at)) ||
    NEAR_TERM_AFTER.test(lead.slice(at + 2, at + 3))
  );
}

// 明(115)年, 明(2026)年: Taiwan's news writes next year's number in brackets inside the word.
// 后年 (the year after next: 明年动工,后年完工) is read the same way, two years on; not inside
// 此后, 之后, 以后, 然后, 最后, 今后, 往后 (后年 there is no word: 之后年均…).
const NEXT_YEAR =
  /(?:明|(?<![前此之以然最今往其随日过背落滞])后)\s*(?:[(（][^()（）]{1,6}[)）]\s*)?年/g;

/** Where the lead's last 明年 or 后年 (brackets inside it included) starts, or -1. */
function lastNextYear(lead: string): number {
  if (!lead.includes('明') && !lead.includes('后')) return -1;
  let at = -1;
  for (const m of lead.matchAll(NEXT_YEAR)) at = m.index;
  return at;
}

// 今后每年免费为…儿童检查,…检查率达100%: a yearly aim from now on, with no year written after it, is
// for no one year (as 近期 is for none).
const FROM_NOW_YEARLY = /(?:今后|以后|此后)每一?年/;

function standingYearly(lead: string): boolean {
  const m = FROM_NOW_YEARLY.exec(lead);
  return m !== null && !WRITTEN_YEAR.test(lead.slice(m.index));
}

/**
 * The year a target told for 明年 or 近期 is due, when that is the lead's last time word (no year
 * written after it): for 明年 the year after the date in the page's opening (`year` unchanged on
 * an undated page), for 近期 and for a yearly aim from now on (今后每年) none; else `year` unchanged.
 */
export function relativeYear(lead: string, text: string, year: number | null): number | null {
  if (lead.includes('每') && standingYearly(lead)) return null;
  const next = lastNextYear(lead);
  const near = lead.lastIndexOf('近期');
  const at = Math.max(next, near);
  if (at < 0 || WRITTEN_YEAR.test(lead.slice(at))) return year;
  if (at === near) return nearTerm(lead, near) ? null : year;
  const dated = PAGE_DATE.exec(text.slice(0, 300));
  return dated ? Number(dated[1]) + (lead[next] === '后' ? 2 : 1) : year;
}

// 计划通过3年建设,…诊治60%的常见病; 用三年时间,为…妇女筛查: the years a page gives itself from its date
// (the year it is dated in counts as the first) end in the year the aims are due. Not 经过N年 (time
// spent), nor 使用/费用 (用 inside another word).
const YEARS_TO_SPEND =
  /(?:通过|(?<![使费应运适作信专备采费])用|利用)\s*([2-5二三四五两])\s*年(?!级|龄|度|底|末)/;
const SPAN_DIGIT = '..二三四五';

// 《…三年攻坚行动方案》出台,…未来三年…完成…任务。到2020年,普及率达到100%: on an undated page a span
// from now ends at the horizon its own paragraph names, when it names one only (every 到/至 YYYY年
// the same year). A horizon in another paragraph may be a later stage of the plan (3年内…; 力争到
// 2010年…), so it dates nothing here.
const HORIZON = /(?:到|至)\s*((?:19|20)\d{2})\s*年/g;

/** The line (paragraph) of `text` holding offset `at`. */
function paragraphAt(text: string, at: number): string {
  const end = text.indexOf('\n', at);
  return text.slice(text.lastIndexOf('\n', at) + 1, end < 0 ? text.length : end);
}

/** The one horizon year (`到2020年`) a paragraph names, or null when it names none or several. */
function soleHorizon(text: string): number | null {
  if (!text.includes('到') && !text.includes('至')) return null;
  let found: number | null = null;
  for (const h of text.matchAll(HORIZON)) {
    const y = Number(h[1]);
    if (found !== null && y !== found) return null;
    found = y;
  }
  return found;
}

/**
 * The year a target told after `通过N年`/`用N年时间` is due: the page's date year plus N−1, when
 * no year is written after the span in the lead; else `year` unchanged (an undated page too).
 */
export function spentYearsEnd(lead: string, text: string, year: number | null): number | null {
  if (!lead.includes('用') && !lead.includes('通过')) return year;
  const span = YEARS_TO_SPEND.exec(lead);
  if (span === null || WRITTEN_YEAR.test(lead.slice(span.index))) return year;
  const dated = PAGE_DATE.exec(text.slice(0, 300));
  if (!dated) return year;
  const d = span[1]!;
  const n = d === '两' ? 2 : /\d/.test(d) ? Number(d) : SPAN_DIGIT.indexOf(d);
  return Number(dated[1]) + n - 1;
}

// 力争3年内…, 未来五年…, 今后两年…: a span counted from when the page was written, as 用N年时间 is. On a
// page dated in its opening it ends N−1 years after the date (the year of the date counts as the
// first, as in spentYearsEnd); on an undated page its end is not known, so the figure is for no year
// rather than for whatever year the page names elsewhere (a later milestone, a past year), unless
// the span's paragraph names one horizon only (soleHorizon: 到2020年 and no other). 近3年内,
// 过去五年, 最近两年 look back; a span after a written year or a five-year plan (2019年起,力争3年内;
// “十三五”期间,…五年内) is left to the year that opens it, and so is one on a page that names the
// period of its plan (《…规划(2011—2015年)》提出,未来5年…): the span is that period.
const SPAN_AHEAD =
  /(?:未来|今后|此后)\s*(10|[1-9]|[一二两三四五六七八九十])\s*年(?![级龄度底末])|(?<![近去前\d.一二三四五六七八九十两～~至-])(10|[1-9]|[一二两三四五六七八九十])\s*年之?[内內]/;
// 吸烟率由20%,5年减至15%,10年减至10%: a bare span of years right before the verb that reaches the
// figure, after a break (not a year: 2015年降至), is such a span too, without 内; the last one read.
const SPAN_THEN_REACH =
  /(?<=[,，、(（]\s*)(?:(10|[1-9]|[一二两三四五六七八九十]))\s*年\s*(?:减|增|升|降|提高|提升|增加|增长|上升|下降|降低|减少)(?:到|至)$/;
const DIGITS = '一二三四五六七八九';
const SPAN_LOOKS_BACK = /(?:近|过去|最近|连续)\s*$/;
const OWN_YEAR_OR_PLAN = /(?:19|20)\d{2}\s*年|十[一二三四五六七八九]五/;
const YEAR_OPENING = /^\s*((?:19|20)\d{2})\s*年\s*[,，]/;

/**
 * The year a target told within a span from now (`3年内`, `未来五年`) is due, when the lead names
 * no year or five-year plan of its own and the page names no period (`planSpan`): the page's date
 * year plus N−1, or on an undated page the sole horizon of the paragraph holding `at` or null; after a year opening the lead
 * (`2016年,…两年内`) that year plus N−1; else `year` unchanged.
 */
export function spanAheadYear(
  lead: string,
  text: string,
  year: number | null,
  planSpan: boolean,
  at = -1,
): number | null {
  const reaching = lead.endsWith('至') || lead.endsWith('到');
  if (!lead.includes('年内') && !lead.includes('年內') && !/未来|今后|此后/.test(lead) && !reaching)
    return year;
  const span = SPAN_AHEAD.exec(lead) ?? (reaching ? SPAN_THEN_REACH.exec(lead) : null);
  if (span === null || planSpan) return year;
  if (SPAN_LOOKS_BACK.test(lead.slice(Math.max(0, span.index - 2), span.index))) return year;
  const d = span[1] ?? span[2]!;
  const n = /\d/.test(d) ? Number(d) : d === '两' ? 2 : d === '十' ? 10 : DIGITS.indexOf(d) + 1;
  if (OWN_YEAR_OR_PLAN.test(lead)) {
    // 2016年,…省财政计划两年内投入…: a year that opens the sentence as its time, the only year
    // written before the span, is the span's first year (2016 and two years end in 2017).
    const opening = YEAR_OPENING.exec(lead.slice(0, span.index));
    return opening !== null &&
      Number(opening[1]) === year &&
      !OWN_YEAR_OR_PLAN.test(lead.slice(opening.index + opening[0].length))
      ? year + n - 1
      : year;
  }
  const dated = PAGE_DATE.exec(text.slice(0, 300));
  return dated ? Number(dated[1]) + n - 1 : at < 0 ? null : soleHorizon(paragraphAt(text, at));
}

// The longest sentence read back for a 今年 (characters).
const PREVIOUS = 200;
const OWN_TIME = /(?:19|20)\d{2}|今年|年内|本年度/;

/**
 * 今年底该省要建成…。有效干预措施覆盖70%以上的…: a sentence naming no time of its own goes on
 * with the 今年 of the one before it in its paragraph. The lead with that sentence before it, for
 * the 今年 reading (plan-years.ts's thisYear); the lead alone when it names a year or a 今年 of its
 * own, opens a paragraph, or the sentence before writes a year or is longer than the bounded look.
 */
export function leadAfterSentence(text: string, sentenceStart: number, lead: string): string {
  if (sentenceStart <= 0 || text[sentenceStart - 1] === '\n' || OWN_TIME.test(lead)) return lead;
  const before = text.slice(Math.max(0, sentenceStart - 1 - PREVIOUS), sentenceStart - 1);
  const open = Math.max(before.lastIndexOf('。'), before.lastIndexOf('\n'));
  if (open < 0 && sentenceStart - 1 > PREVIOUS) return lead;
  const previous = before.slice(open + 1);
  return WRITTEN_YEAR.test(previous) ? lead : previous + text[sentenceStart - 1] + lead;
}

// 项目施工期为24个月,完成后将新增床位…; 建设周期3年: a page that gives its projects' building time
// dates what the projects give once done by the time's end, counted from the page's date (October
// 2020 and 24 months end in 2022). Only a sentence about the projects (项目, 建成后, 完成后, 竣工后)
// that names no time of its own is dated so, and only by a period told in the 600 characters before.
const WORKS_PERIOD =
  /(?:施工|建设|工)周?期(?:为|是|约为?|共)?\s*(\d{1,2}|[一二三两])\s*(个月|年)(?![龄级度底末])/;
const ABOUT_WORKS = /项目|[建完]成后|竣工后/;
const OWN_TIME_WORD = /(?:19|20)\d{2}|今年|年内|本年|明年|年底|年末|近期|当年/;
const PERIOD_REACH = 600;

/** The year a projects' building period told before `at` ends, for a sentence `lead` about them; else `year`. */
export function worksEndYear(
  text: string,
  at: number,
  lead: string,
  year: number | null,
): number | null {
  if (!ABOUT_WORKS.test(lead) || OWN_TIME_WORD.test(lead)) return year;
  const before = text.slice(Math.max(0, at - PERIOD_REACH), at);
  if (!before.includes('期')) return year;
  const period = WORKS_PERIOD.exec(before);
  const dated = period ? PAGE_DATE.exec(text.slice(0, 300)) : null;
  if (!period || !dated) return year;
  const d = period[1]!;
  const n = /\d/.test(d) ? Number(d) : d === '两' ? 2 : SPAN_DIGIT.indexOf(d);
  const months = period[2] === '年' ? 12 * n : n;
  const month = Number(/(?:年|[-/])(\d{1,2})/.exec(dated[0])?.[1] ?? 12);
  return Number(dated[1]) + Math.floor((month - 1 + months) / 12);
}
