// Rules that read a sentence's paragraph find where it opens the same way: back to the line
// break before it. continuesPresent (context-rules.ts) reads the paragraph's opening (目前,
// 截至2018年底,) and afterDataLead (data-leads.ts) the lead on the line before it (以下数据:).

// How far back a paragraph's start is looked for: a text without line breaks must not be scanned
// back to its start for every figure.
const PARAGRAPH_REACH = 400;

/**
 * Where the paragraph holding offset `at` of `t` opens: just after the last line break before
 * `at`, or 0; null when that is more than 400 characters back.
 */
export function paragraphStart(t: string, at: number): number | null {
  let from = at;
  while (from > 0 && t.charCodeAt(from - 1) !== 10) if (at - --from > PARAGRAPH_REACH) return null;
  return from;
}
