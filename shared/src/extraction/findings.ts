import { LOOKS_FORWARD } from './report-boundary';
// A study's findings: an abstract or a survey report that opens its results with 结果表明: /
// 调查显示, tells what was measured, and every figure after that lead in its paragraph is a
// finding, not an aim, until the text turns to the future again (确保…, 到2020年…, 力争…: the
// LOOKS_FORWARD words of report-boundary.ts).

const FINDINGS_LEAD = /(?:结果|调查|监测|统计|数据)(?:表明|显示|发现)\s*[:：,，]/g;
// A sentence may also open by citing the survey it reports (依据2005年第三次…调查结果, / 据统计,):
// what follows in that sentence was measured, as after 调查显示. The scan looks for 据 alone (a
// literal the engine finds fast) and then checks that 据, 根据 or 依据 opens the sentence.
const CITED_SURVEY =
  /据[^,，。；;！？\n]{0,30}?(?:调查|监测|普查|统计)(?:结果|数据|资料)?\s*[,，]/g;
const SENTENCE_OPEN = /[。！？；;\n]\s{0,2}[根依]?$/;

/** Whether 据 at `at` (or the 根据/依据 it ends) opens the text or a sentence. */
function opensSentence(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 4), at);
  return SENTENCE_OPEN.test(before) || (at <= 4 && /^\s{0,2}[根依]?$/.test(before));
}

// A count cited at the head of any clause, with or without a comma after it (…系统,经统计去年的报告量
// 达…件, / 据统计全年…): 经统计 and 据统计 say the clause and what follows on its line were counted,
// as 据统计, at a sentence's head does. 调查 needs its comma: a survey named by its kind
// (根据调查摸底,全区需完成…户) is the ground of what is to be done, not a count of what was.
const COUNTED_LEAD =
  /[经据](?:统计|普查)(?:结果|数据)?(?:显示|表明)?\s*[,，:：]?|[经据]调查(?:结果|数据)?(?:显示|表明)?\s*[,，:：]/g;
const CLAUSE_OPEN = /[,，。！？；;:：\n]\s{0,2}[根依]?$/;

// The reports of many bodies a bulletin cites as its source (根据各省报告, 据12个地市上报数据, 据40家哨点医院报告,
// 根据各级疾控机构报告(下同),): what follows on the line was reported, and a figure inside the lead
// counts the bodies that reported, not an aim.
const REPORTERS_LEAD =
  /据(?:各|\d+[个家所])[^,，。；;！？\n]{0,30}?(?:报告|上报|报送)(?:的?(?:数据|资料|情况))?\s*(?:[(（][^()（）\d]{0,6}[)）])?\s*[,，:：]/g;

/** Whether the lead at `at` (its 据 or 经, or the 根据/依据 it ends) opens a clause of `text`. */
function opensClause(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 4), at);
  return CLAUSE_OPEN.test(before) || (at <= 4 && /^\s{0,2}[根依]?$/.test(before));
}

/**
 * Where each findings lead of the text ends, in order (found once per text); `reporters` are the
 * text's reporters' leads (reportersLeads), which the caller also needs, so they are read once.
 */
export function findingsLeadEnds(
  text: string,
  reporters: [number, number][] = reportersLeads(text),
): number[] {
  if (!/表明|显示|发现|据|经/.test(text)) return [];
  const ends = [...text.matchAll(FINDINGS_LEAD)].map((m) => m.index + m[0].length);
  for (const m of text.matchAll(CITED_SURVEY))
    if (opensSentence(text, m.index)) ends.push(m.index + m[0].length);
  if (text.includes('统计') || text.includes('调查') || text.includes('普查'))
    for (const m of text.matchAll(COUNTED_LEAD))
      if (opensClause(text, m.index)) ends.push(m.index + m[0].length);
  for (const [, end] of reporters) ends.push(end);
  return ends.sort((a, b) => a - b);
}

/** The spans of the reporters' leads (`根据各省报告,`) that open a clause of the text, in order. */
export function reportersLeads(text: string): [number, number][] {
  if (!text.includes('报') || !text.includes('据')) return [];
  const spans: [number, number][] = [];
  for (const m of text.matchAll(REPORTERS_LEAD))
    if (opensClause(text, m.index)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** Whether the figure at `at` stands inside a reporters' lead (`根据31个省报告,`): the source's size. */
export function insideReportersLead(at: number, spans: [number, number][]): boolean {
  return spans.some(([a, b]) => a <= at && at < b);
}

/**
 * Whether a findings lead (`结果表明:`) earlier in the figure's paragraph governs the figure at
 * `at`: the last lead before it (`ends`, from findingsLeadEnds) is on the same line, and nothing
 * between the lead and the figure looks ahead.
 */
export function findingsLead(text: string, at: number, ends: number[]): boolean {
  let last = -1;
  for (const end of ends) {
    if (end > at) break;
    last = end;
  }
  if (last < 0) return false;
  const between = text.slice(last, at);
  return !between.includes('\n') && !LOOKS_FORWARD.test(between);
}
