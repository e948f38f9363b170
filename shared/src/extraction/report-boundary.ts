import { reviewBeforeOutlook } from './year-then-outlook';
import { ENSURE } from './aim-words';
// The boundary between what a page reports and what it aims at, read part by part. A page that
// mixes the two (a work plan opening with last year's review, a government report, a summary and
// plan) marks the turn in one of three ways: a heading (一、2023年工作回顾 … 二、2024年工作安排,
// in any numbering or markup), a paragraph that opens with the time gone by (过去一年,…; 2023年,…;
// 十三五期间,…; 任职以来,…) or one that opens with the time to come (今年,…; 2024年,…; 下一步,…).
// A review part runs from its mark to the next mark that turns ahead. The words are kept here,
// once, so every rule that asks "does this look back or ahead?" asks the same question.

// Time gone by, opening a clause: the span a review tells of. `以来` after a short event
// (任职以来, 规划实施以来, 党的十八大以来) counts from a past point up to now; 回顾2024年, looks back.
// A five-year plan's span may carry its years in brackets (“十三五”(2016—2020年)期间), and 回顾 may
// lead it as it leads a past year (回顾十三五时期,…).
const PAST_SPAN_WORDS = String.raw`回顾(?:过去(?:的)?[一两二三四五]年|(?:19|20)\d{2}年(?:度)?)|过去(?:的)?(?:[一两二三四五六七八九十]|\d{1,2})年|这[一两二三四五]年|(?:[一两二三四五六七八九十]|\d{1,2})年来|近(?:[一两二三四五几]年|年)(?:来|以来)?|去年(?:度|全年)?|上一?年度?|今年以来|(?:19|20)\d{2}年[^,，。\n]{0,6}?以来|党的[\u4e00-\u9fff]{2,4}以来|(?:回顾)?[“"]?十[一二三四五]五[”"]?(?:[(（](?:19|20)\d{2}[^()（）,，]{0,12}[)）])?(?:期间|时期|以来)|[\u4e00-\u9fff]{2,8}以来`;
const PAST_SPAN = new RegExp(`^(?:${PAST_SPAN_WORDS})[,，]`);
const PAST_SPAN_CLAUSE = new RegExp(`^(?:${PAST_SPAN_WORDS})$`);

// A counted span may also run straight into its clause (三年来全市累计建成…). 年间 counts years gone
// by as 年来 does (五年间完成…), and so does the span a named thing has run (项目开展5年间覆盖了…,
// 工程实施三年来), unless the clause goes on with the future (实施3年间将…). 过去 takes a span in
// digits too (过去8年间), and a speaker's verb may stand before it in the clause (他提到过去8年间,…):
// a story's look back told in its speaker's words.
const COUNTED_SPAN =
  /^(?:(?:[\u4e00-\u9fff]{1,8}?(?:提到|谈到|指出|表示|介绍|坦言|说))?过去(?:的)?(?:[一两二三四五六七八九十]|\d{1,2})年|(?:[一两二三四五六七八九十]|\d{1,2})年(?:来|间)|近[一两二三四五几]年来|[\u4e00-\u9fff]{1,8}?(?:开展|实施|启动|运行|推行|创建)(?:[一两二三四五六七八九十]|\d{1,2})多?年(?:来|间)(?![^,，。;；]*?(?:将|要|力争|计划)))/;

/**
 * Whether a clause is a span of time gone by and nothing else (一年来; 任职以来; 十三五期间), or
 * opens with a counted one (三年来全市…).
 */
export function isPastSpanClause(clause: string): boolean {
  return PAST_SPAN_CLAUSE.test(clause) || COUNTED_SPAN.test(clause);
}

// Who says it may stand before the lead (报告指出,; 会议认为,).
const SPEAKER = /^\s*(?:[\u4e00-\u9fff]{1,8}(?:指出|表示|说|介绍|认为|强调)[,，:：]\s*)?/;

// A paragraph opening with one year (2023年,…; 2023年度,…), read against the plan's year. A
// reporter's source may stand before it as a speaker does (据了解,2023年,…; 据悉,): news of a
// meeting tells last year's results so before this year's tasks.
const YEAR_LEAD =
  /^\s*(?:(?:[\u4e00-\u9fff]{1,8}(?:指出|表示|说|介绍|认为)|据(?:了解|悉|统计))[,，:：]\s*)?((?:19|20)\d{2})年(?:度|全年)?[,，]/;

// The time to come opening a paragraph: the plan part starts there.
const COMING_LEAD =
  /^\s*(?:今年|明年|新的一年|下一步|下一阶段|下阶段|下半年|今后|未来|展望)(?!以来|上半年|前三季度|1[-—至~]\d+月)/;

// 将 as the future (将达到, 将于明年): not 将近 (nearly), nor the 将 that moves its object into a use
// (将有限财力的83%用于民生支出, 将…纳入医保): that 将 tells what was done as well as what will be.
export const WILL = String.raw`将(?!近|[^,，。;；:：\n]{1,20}?(?:用于|用在|纳入|列入|作为))`;

// Words by which a passage looks ahead. 要 only as a verb (not in 主要, 重要, 需要, 摘要, 纲要),
// 计划 not as family planning, 目标 not one that was met (完成…目标); 至2025年, opens a horizon like
// 到2025年 (a from-to's 下降至2021年15407例 does not). A plan's aim relayed by its year
// (根据规划,2030年…, 按规划2025年…) looks ahead too.
export const FORWARD = new RegExp(
  String.raw`今年|明年|下一步|今后|${WILL}|(?<![主重需摘纲])要|力争|争取|${ENSURE}|计划(?!生育)|(?<!(?:完成|实现)[^,，。;；]{0,20})目标(?!人群)|到(?:19|20)\d{2}年|至(?:19|20)\d{2}年[,，]|(?:根据|按照?)规划[,，]?(?:19|20)\d{2}年`,
);

// The same question asked of the rest of one sentence after a lead of past time (近年来…,力争到
// 2025年达到…): broader words, since a sentence that names any of them is not a plain report.
// 计划 not as family planning (去年…,计划生育率95.17%: last year's report goes on).
export const LOOKS_FORWARD = new RegExp(
  String.raw`到(?:19|20)\d{2}|力争|争取|目标|计划(?!生育)|${WILL}|要|${ENSURE}|今年|明年|下一步|今后|届时`,
);

// Spans of this year already gone (今年以来, 今年上半年, 今年1-6月) look back, though they say 今年.
const THIS_YEAR_SO_FAR = /今年(?:以来|上半年|前三季度|1[-—至~]\d+月)/g;

// 从2005年的19‰下降到2009年的13.8‰: the end of a from-to is a horizon (到2025年) only when it is
// still to come; an end before the plan's year tells where things got to.
const FROM_TO_END =
  /(?:下降|上升|提高|提升|增加|增长|减少|降低|扩大|缩小|缩短|延长|降|升|增)到((?:19|20)\d{2})年的/g;

// 2015年至2020年,…: a span of years whose 至 closes it; ended before the plan's year it is gone by,
// no horizon (至2025年, alone).
const SPAN_TO_END = /(?:19|20)\d{2}年至((?:19|20)\d{2})年/g;

/**
 * Whether `para` looks ahead anywhere (今年以来 and its like do not, nor a from-to or a span of
 * years ending in a year before `planYear`, when it is known).
 */
export function looksAhead(para: string, planYear: number | null = null): boolean {
  let p = para.includes('今年') ? para.replace(THIS_YEAR_SO_FAR, '') : para;
  if (planYear !== null && p.includes('到'))
    p = p.replace(FROM_TO_END, (m: string, y: string) => (Number(y) < planYear ? '' : m));
  if (planYear !== null && p.includes('至'))
    p = p.replace(SPAN_TO_END, (m: string, y: string) => (Number(y) < planYear ? '' : m));
  return FORWARD.test(p);
}

/** Whether a paragraph opens with the time gone by (过去一年,; 任职以来,; 报告指出,五年来,). */
export function opensWithPastSpan(para: string): boolean {
  const lead = SPEAKER.exec(para)!;
  return PAST_SPAN.test(para.slice(lead[0].length));
}

/** Whether a paragraph opens with a year before the plan's (2023年, in a 2024 plan). */
export function opensWithPastYear(para: string, planYear: number | null): boolean {
  const m = YEAR_LEAD.exec(para);
  return m !== null && planYear !== null && Number(m[1]) < planYear;
}

// The same, leaving out 今年: on a page that sums up this year before planning the next, this
// year is the one summed up.
const NEXT_LEAD = /^\s*(?:明年|新的一年|下一步|下一阶段|下阶段|下半年|今后|展望)/;

/**
 * Whether a paragraph opens with the time to come (今年,; 2024年, in a 2024 plan; 下一步,).
 * `thisYearSummed`: the page sums up this year, so 今年 is no time to come.
 */
export function opensWithComingTime(
  para: string,
  planYear: number | null,
  thisYearSummed = false,
): boolean {
  if ((thisYearSummed ? NEXT_LEAD : COMING_LEAD).test(para)) return true;
  const m = YEAR_LEAD.exec(para);
  return m !== null && planYear !== null && Number(m[1]) >= planYear;
}

// A heading: a numeral in any of the ways plans number parts (一、 (一) 第一部分 1. 1、 (1)),
// perhaps inside Markdown or bracket markup (## 一、…, **一、…**, 【…】), then at most 40
// characters on its own line. `1.` is no numeral before a decimal's digits (1.5万), but is before
// a year (1.2023年工作情况).
const HEADING =
  /^[ \t]*(?:#{1,6}[ \t]*)?(?:\*\*|【)?[ \t]*(?:([一二三四五六七八九十]+)[、.．]|[(（]([一二三四五六七八九十]+)[)）]|第([一二三四五六七八九十]+)部分|(\d{1,2})(?:[、．]|\.(?!\d{1,2}(?!\d)))|[(（](\d{1,2})[)）])[ \t]*([^\n]{0,40})$/gm;

// How a numbered part's name ends when it is a review's or a plan's (the closing heading matters
// too): what an Arabic-numbered line must end with to be a heading.
const PART_END =
  /(?:回顾|总结|成[效绩就果]|情况|做法|现状|基础|亮点|以来|工作|要点|安排|打算|计划|目标|任务|思路|重点|展望|措施)[:：]?$/;

export interface Heading {
  at: number;
  /** Which numbering: 1 一、, 2 (一), 3 第一部分, 4 1., 5 (1). */
  kind: number;
  words: string;
}

/** The numbered headings of `text[0, end)`, in order; numbered sentences are left out. */
export function headings(text: string, end: number): Heading[] {
  const out: Heading[] = [];
  HEADING.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = HEADING.exec(text)) !== null && m.index < end) {
    const kind = m.slice(1, 6).findIndex((g) => g !== undefined) + 1;
    const words = m[6]!.replace(/(?:\*\*|】)[ \t]*$/, '').trim();
    // A heading ending in a full stop is a numbered sentence, not a heading.
    if (/[。;；]$/.test(words) || words.length > 30) continue;
    // Arabic numerals number list items far more often than parts: one with a sentence's
    // punctuation inside (11.完善…服务。主要工作目标:) is an item.
    // Nor is one whose words do not end as a part's name does (…情况, …回顾, …成效): (1)完成情况
    // 纳入考核 is a task.
    if (kind >= 4 && (/[。,，;；]|[:：](?!$)/.test(words) || !PART_END.test(words))) continue;
    out.push({ at: m.index, kind, words });
  }
  return out;
}

// A heading that names the aims of what follows (5、大骨节病防治目标, (二)具体目标:), not the tasks
// or measures to reach them.
const AIMS_HEAD = /目标[:：]?$/;
const AIMS_LINE = /目标[:：]?[ \t]*(?:\*\*|】)?[ \t]*$/m;

/**
 * `[start, end)` of the parts of `text[0, end)` under a numbered heading of aims, each up to the
 * next numbered heading: their sentences set aims, though one may state a change with no aim word
 * of its own (2010年全省发病人数比2004年减少50%).
 */
export function sectionsUnderAims(text: string, end: number): [number, number][] {
  const spans: [number, number][] = [];
  // Most pages end no line in 目标: one scan says so before the headings are read.
  if (!AIMS_LINE.test(text)) return spans;
  const heads = headings(text, end);
  heads.forEach((h, i) => {
    if (AIMS_HEAD.test(h.words)) spans.push([h.at, heads[i + 1]?.at ?? end]);
  });
  return spans;
}

const REVIEW_HEAD =
  /回顾|总结|(?:19|20)\d{2}年(?:度)?工作情况|主要成绩|取得的成[绩效就]|工作成[效绩]|主要成[效就]|工作进展|进展情况|完成情况|执行情况|落实情况|实施情况|推进情况|基本情况|工作开展情况|主要做法|发展背景|发展基础|现状|基础与|现实基础|发展环境|一年来|[一两二三四五]年来|过去(?:的)?[一两二三四五]年|以来/;
// A review part heads itself `一、2015年工作情况` (how that year went) or, in a five-year plan,
// `一、发展背景` (where things stand). A heading that looks both ways (回顾与展望, 总结和打算)
// opens no review; the aims whose execution a heading reports (目标任务完成情况) do not look ahead,
// nor does the key work whose progress it reports (重点业务工作进展情况: 重点 there only qualifies).
const AHEAD_HEAD = /要点|安排|打算|计划|目标|任务|思路|重点|展望|措施/;
const EXECUTED =
  /(?:目标|任务|计划|重点)[\u4e00-\u9fff]{0,6}?(?:执行|完成|落实|实施|推进|进展)情况/g;

/** Whether a heading's words open a review part (一、2023年工作回顾; 1.目标任务执行情况). */
export function isReviewHeading(words: string): boolean {
  return REVIEW_HEAD.test(words) && !AHEAD_HEAD.test(words.replace(EXECUTED, '情况'));
}

// An unnumbered heading of a review (工作回顾, 2023年主要成效) or of where things stand (…人群现状,
// the figures a page gives before its …目标): a short line with no punctuation.
const PLAIN_REVIEW =
  /^[ \t]*(?:#{1,6}[ \t]*)?(?:\*\*|【)?[ \t]*(?:(?:19|20)\d{2}年(?:度)?)?[\u4e00-\u9fff]{0,8}?(?:工作回顾|工作总结|主要成[效绩就]|工作成[效绩]|取得的成[效绩就]|工作开展情况|工作完成情况|现状)(?:\*\*|】)?[ \t]*$/gm;
// A short line with no punctuation that names what comes (2024年工作安排, 下一步打算).
const PLAIN_AHEAD =
  /^[ \t]*(?:#{1,6}[ \t]*)?(?:\*\*|【)?[^\n。，,;；:：!！?？]{0,20}?(?:要点|安排|打算|计划|目标|任务|思路|重点|展望|措施)[^\n。，,;；:：!！?？]{0,6}$/gm;

/** `[start, end)` of review parts under unnumbered review headings, each up to a heading ahead. */
export function plainReviews(text: string, end: number): [number, number][] {
  const spans: [number, number][] = [];
  PLAIN_REVIEW.lastIndex = 0;
  let m: RegExpExecArray | null;
  // The page's own title (2020年某区改厕工作开展情况) is no section heading: news of how work goes
  // may still set this year's aim (确保今年完成…), and its as-of figures are read as such.
  const title = text.search(/\S/);
  while ((m = PLAIN_REVIEW.exec(text)) !== null && m.index < end) {
    if (title >= 0 && text.slice(m.index, title).trim() === '' && m.index <= title) continue;
    PLAIN_AHEAD.lastIndex = m.index + m[0].length;
    const next = PLAIN_AHEAD.exec(text);
    const stop = next && next.index < end ? next.index : end;
    spans.push([m.index, stop]);
    PLAIN_REVIEW.lastIndex = Math.max(stop, m.index + m[0].length);
  }
  return spans;
}

/** The paragraphs of `text` from `at` to `end` that hold more than blanks, each with its `[at, stop)`. */
function* paragraphs(
  text: string,
  at: number,
  end: number,
): Generator<{ at: number; stop: number; para: string }> {
  while (at < end) {
    const next = text.indexOf('\n', at);
    const stop = next < 0 || next > end ? end : next;
    const para = text.slice(at, stop);
    if (para.trim() !== '') yield { at, stop, para };
    at = stop + 1;
  }
}

/**
 * `[start, end)` of review parts opened by a paragraph lead. A paragraph that opens with a span of
 * time gone by (过去一年,…; 五年来,…) and looks nowhere ahead opens one that goes on over the
 * paragraphs after it (a report's lead paragraph, then its figures) until one that opens with the
 * time to come, looks ahead, or is a heading. A paragraph that opens with one year before the
 * plan's (2023年,…) is a review alone: a plan may list its items right after it, undated.
 */
export function leadReviews(
  text: string,
  end: number,
  planYear: number | null,
  pastBefore: number | null = planYear,
): [number, number][] {
  const spans: [number, number][] = [];
  let open: number | null = null;
  for (const { at, stop, para } of paragraphs(text, 0, end)) {
    if (open !== null && (isHeadingLine(para) || turnsAhead(para, planYear))) {
      spans.push([open, at]);
      open = null;
    }
    // (The openings first: a paragraph's look ahead is scanned only where one looks back.)
    if (open === null) {
      const span = opensWithPastSpan(para);
      if ((span || opensWithPastYear(para, pastBefore)) && !looksAhead(para, planYear)) {
        if (span) open = at;
        else spans.push([at, stop]);
      } else {
        // (The outlook first: only a paragraph opening with a year is asked about it.)
        const outlook = reviewBeforeOutlook(text, at, para, end);
        if (outlook !== null && !looksAhead(para, planYear)) spans.push([at, outlook]);
      }
    }
  }
  if (open !== null) spans.push([open, end]);
  return spans;
}

// A lead that announces a list of work done (…全面完成了以下几项工作:, 主要做了如下几方面工作:): a
// verb with 了 — a plan writes 做好以下工作, never 做了 — then 以下/如下 and what the items are.
const DONE_LIST_LEAD =
  /(?:完成|做|抓|开展|落实|实施|推进|办)了[^。！？!?;；\n]{0,12}?(?:以下|如下|下列)[^。！？!?;；\n]{0,8}?(?:工作|任务|事情|事|方面|活动)[:：]/g;

/**
 * `[start, end)` of the lists of work done that a lead announces (…完成了以下几项工作:), each from
 * the lead to the first later paragraph that opens with the time to come or looks ahead. Its items
 * (一是…。二是…) are headings of a kind, so a heading does not end it; the lead's own sentence may
 * name the year's aims it worked to (根据年初…目标任务), so it is not asked whether it looks ahead.
 */
export function doneListReviews(
  text: string,
  end: number,
  planYear: number | null,
): [number, number][] {
  const spans: [number, number][] = [];
  // Most pages hold no such lead: one test for the 了 of a deed done before the scan.
  if (!/了[^。\n]{0,12}?(?:以下|如下|下列)/.test(text)) return spans;
  DONE_LIST_LEAD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DONE_LIST_LEAD.exec(text)) !== null && m.index < end) {
    const lineEnd = text.indexOf('\n', m.index);
    let stop = end;
    if (lineEnd >= 0)
      for (const p of paragraphs(text, lineEnd + 1, end))
        if (turnsAhead(p.para, planYear)) {
          stop = p.at;
          break;
        }
    spans.push([m.index, stop]);
    DONE_LIST_LEAD.lastIndex = Math.max(stop, m.index + m[0].length);
  }
  return spans;
}

function turnsAhead(para: string, planYear: number | null): boolean {
  return opensWithComingTime(para, planYear) || looksAhead(para, planYear);
}

/** A short line without a sentence's punctuation: a heading or a title. */
function isHeadingLine(para: string): boolean {
  const s = para.trim();
  return s.length <= 30 && !/[。，,;；]/.test(s);
}

// A report's review of one year told in its own voice: a paragraph (or a headline line) that opens
// with the year and 我们 (2024年,我们…办实事,…成果可感可及), the way a government or a bureau sums up
// what it did. Its results follow under headings of their own (…见行见效。投入资金…) with no past
// mark on each figure, so the review goes on over the paragraphs after it until the text turns to
// the future: a paragraph that looks ahead (2025年,我们要…; 将; 目标), opens with the time to come
// (今年, 下一步) or a later year, or a short heading that names what comes (主要目标, 工作安排). A
// lead that itself looks ahead (2025年,我们要…, 我们将…) is a plan's and opens nothing; nor does a
// year after the plan's.
const WE_YEAR_LEAD = /^\s*((?:19|20)\d{2})年(?:度|全年)?[,，]\s*我们/;
const AHEAD_LINE = /要点|安排|打算|计划|目标|任务|思路|展望|措施/;

/** `[start, end)` of the reviews a `YYYY年,我们…` lead opens, each up to the turn to the future. */
export function weYearReviews(
  text: string,
  end: number,
  planYear: number | null,
): [number, number][] {
  const spans: [number, number][] = [];
  // Most pages never write 我们 after a year and its comma: one test before the scan.
  if (!text.includes('我们') || !/\d年(?:度|全年)?[,，]\s*我们/.test(text)) return spans;
  let open: number | null = null;
  let year = 0;
  for (const { at, para } of paragraphs(text, 0, end)) {
    if (open !== null) {
      const later = YEAR_LEAD.exec(para);
      if (
        COMING_LEAD.test(para) ||
        (later !== null && Number(later[1]) > year) ||
        looksAhead(para, planYear) ||
        (isHeadingLine(para) && AHEAD_LINE.test(para))
      ) {
        spans.push([open, at]);
        open = null;
      }
    }
    if (open === null) {
      const m = WE_YEAR_LEAD.exec(para);
      if (
        m !== null &&
        (planYear === null || Number(m[1]) <= planYear) &&
        !looksAhead(para, planYear)
      ) {
        open = at;
        year = Number(m[1]);
      }
    }
  }
  if (open !== null) spans.push([open, end]);
  return spans;
}
