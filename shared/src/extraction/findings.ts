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

/** Where each findings lead of the text ends, in order (found once per text). */
export function findingsLeadEnds(text: string): number[] {
  if (!/表明|显示|发现|据/.test(text)) return [];
  const ends = [...text.matchAll(FINDINGS_LEAD)].map((m) => m.index + m[0].length);
  for (const m of text.matchAll(CITED_SURVEY))
    if (opensSentence(text, m.index)) ends.push(m.index + m[0].length);
  return ends.sort((a, b) => a - b);
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
