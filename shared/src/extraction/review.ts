import {
  doneListReviews,
  headings,
  isReviewHeading,
  leadReviews,
  looksAhead,
  opensWithPastSpan,
  plainReviews,
  weYearReviews,
} from './report-boundary';
import { hasReportLead } from './report-leads';
import { summarySpan } from './summary-plan';

// A work plan often opens with a review of the year before (一、2019年工作回顾): its figures
// are achievements, not targets. A review section runs from its heading to the next heading
// of the same kind (一、 … 二、, or (一) … (二)). A page that prints last year's report before
// this year's plan heads each with a title line of its own (2016年全市卫生工作总结 … 2017年全市卫生
// 工作要点): the report runs from its title to the plan's.

// Headings and the words that make one a review's are read in report-boundary.ts, with the
// paragraph leads that open a review part without a heading.

// Title lines of a year's report and of a plan, unnumbered and without a full stop.
const REPORT_TITLE = /^[ \t]*(?:19|20)\d{2}年[^\n。；;,，]{0,30}(?:工作总结|工作回顾)[ \t]*$/gm;
const PLAN_TITLE =
  /^[ \t]*(?:19|20)\d{2}年[^\n。；;,，]{0,30}(?:工作要点|工作计划|工作安排|工作思路|工作打算)[ \t]*$/m;

// A page that only reports a past year: its lead tells of a review meeting held or announces a
// year's figures (`report-leads.ts`), and nothing in its opening looks ahead.
const LOOKS_AHEAD =
  /部署|安排|要点|目标|任务|力争|争取|今后|下一步|要求|将(?:在|于|实现|达到|提高)|到(?:19|20)\d{2}年|(?:19|20)\d{2}年[^。\n]{0,4}(?:工作)?(?:计划|规划)/;

/** Whether the whole text is a report of a past year's figures, so that none is a target. */
export function isReportPage(text: string, end: number): boolean {
  const lead = text.slice(0, Math.min(end, 400));
  return hasReportLead(lead) && !LOOKS_AHEAD.test(text.slice(0, Math.min(end, 3000)));
}

// A paragraph that tells what was achieved (…,取得了明显成效。住院分娩率达100%…) and says nothing
// of what is to come is a review too, headed or not.
const ACHIEVED_PARAGRAPH =
  /取得了?[^。\n]{0,6}(?:成效|成绩|成果|成就)|(?:主要|工作|显著)成就|(?:成效|成绩|成果)(?:明显|显著|突出)/;
/** Whether a paragraph tells what was achieved (取得了明显成效, 成绩显著) and nothing to come. */
export function isAchievedParagraph(para: string): boolean {
  return ACHIEVED_PARAGRAPH.test(para) && !looksAhead(para);
}

/** Whether a paragraph opens with the time gone by (五年来, 过去一年) and says nothing to come. */
export function isPastTimeParagraph(para: string): boolean {
  return opensWithPastSpan(para) && !looksAhead(para);
}

// The same words, found by one scan of the page: a match never crosses a line break, so each
// lies in the paragraph (line) that holds it.
const ACHIEVED_ANYWHERE = new RegExp(ACHIEVED_PARAGRAPH.source, 'g');

function achievedParagraphs(text: string, end: number): [number, number][] {
  const spans: [number, number][] = [];
  const head = text.slice(0, end);
  ACHIEVED_ANYWHERE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ACHIEVED_ANYWHERE.exec(head)) !== null) {
    const at = head.lastIndexOf('\n', m.index) + 1;
    const next = head.indexOf('\n', m.index);
    const stop = next < 0 ? end : next;
    if (!looksAhead(head.slice(at, stop))) spans.push([at, stop]);
    ACHIEVED_ANYWHERE.lastIndex = stop + 1;
  }
  return spans;
}

/**
 * `[start, end)` of the review sections in `text[0, end)`, in order. `planYear` is the year the
 * page plans; a paragraph opening with a year before `pastBefore` (the first year of the plan's
 * period, else the plan year) reviews.
 */
export function reviewSpans(
  text: string,
  end: number,
  planYear: number | null = null,
  pastBefore: number | null = planYear,
): [number, number][] {
  const spans = [
    ...numberedReviews(text, end),
    ...plainReviews(text, end),
    ...achievedParagraphs(text, end),
    ...leadReviews(text, end, planYear, pastBefore),
    ...doneListReviews(text, end, planYear),
    ...weYearReviews(text, end, planYear),
  ];
  const summary = summarySpan(text, end);
  if (summary) spans.push(summary);
  REPORT_TITLE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = REPORT_TITLE.exec(text)) !== null && m.index < end) {
    const next = PLAN_TITLE.exec(text.slice(m.index + m[0].length, end));
    const stop = next ? m.index + m[0].length + next.index : end;
    spans.push([m.index, stop]);
    REPORT_TITLE.lastIndex = stop;
  }
  return merge(spans);
}

/** Sorted spans, overlapping ones joined. */
function merge(spans: [number, number][]): [number, number][] {
  spans.sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const s of spans) {
    const last = out.at(-1);
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else out.push([s[0], s[1]]);
  }
  return out;
}

function numberedReviews(text: string, end: number): [number, number][] {
  const spans: [number, number][] = [];
  let open: { at: number; kind: number } | null = null;
  for (const h of headings(text, end)) {
    if (open && h.kind === open.kind) {
      spans.push([open.at, h.at]);
      open = null;
    }
    if (!open && isReviewHeading(h.words)) open = { at: h.at, kind: h.kind };
  }
  if (open) spans.push([open.at, end]);
  return spans;
}
