// 共计 before a figure usually sums what was done (共计救治5000人), but in a sentence that says what
// will be done (…将推动…计划,…再推广至一般家庭,共计10万家庭受惠) it sums what the plan is to reach:
// the total is the plan's, not a tally. Only 共计 right before the figure, only after a 将 earlier
// in the sentence, and not where a deed done (了) stands between.
const TOTAL_BEFORE = /共计\s*$/;
const WILL_THEN = /将(?![^。]*了)/;

/** The clause without a trailing 共计 when the sentence before it looks ahead with 将. */
export function withoutPlannedTotal(aimClause: string, sentenceBefore: string): string {
  if (!aimClause.includes('共计') || !TOTAL_BEFORE.test(aimClause)) return aimClause;
  const head = sentenceBefore.slice(0, Math.max(0, sentenceBefore.length - aimClause.length));
  return WILL_THEN.test(head) ? aimClause.replace(TOTAL_BEFORE, '') : aimClause;
}
