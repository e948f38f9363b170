// What stands now, told in reporting prose (issue 14, set AW): a feature or a progress note
// writes the present and the tally up to a day with words a plan does not aim with.

// A clause of time alone that counts up to now (2016年至今, 自2018年迄今) or up to a day
// (至2020年11月22日止, 到6月30日为止): what follows is a tally, like 截至 and 以来. A plan's
// deadline (至2025年止) names no day, so only a dated day is read as a cut-off.
const TALLY_CLAUSE =
  /^(?:(?:自|从)?(?:19|20)\d{2}年[^,，]{0,6}?(?:至今|迄今)|[至到](?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:为)?止)$/;

/** Whether a clause (no spaces) is a span of time counted up to now or to a dated day. */
export function isTallyClause(clause: string): boolean {
  return TALLY_CLAUSE.test(clause);
}

// 当前/目前/如今 opening a clause tells the present, and the clauses after it in the sentence go on
// telling it (当前…就诊率超过90%,…占比长期保持2/3以上), until a word looks ahead. Not 当前 as
// the time for work (当前和今后, 当前阶段, 当前要…).
const PRESENT_OPEN = /^(?:目前|当前|如今)(?![和及与、]|阶段|时期|[要应需须])/;

// 全市目前设有…, 该院当前拥有…: the word of the present may follow the clause's subject (a place, a
// body: up to six characters) as well as open the clause; it tells the present all the same.
const PRESENT_AFTER_SUBJECT =
  /^[\u4e00-\u9fff]{1,6}?(?:目前|当前|如今)(?![和及与、]|阶段|时期|[要应需须])/;

/** Whether a clause earlier in a sentence (no spaces) opens with a word of the present, or with its subject and one. */
export function opensPresent(clause: string): boolean {
  return (
    PRESENT_OPEN.test(clause) ||
    ((clause.includes('目前') || clause.includes('当前') || clause.includes('如今')) &&
      PRESENT_AFTER_SUBJECT.test(clause))
  );
}

// 目前已通过…,未来可提供40床: a later clause that opens with the time to come (未来, 将来, 建成后,
// 完工后) turns the sentence from what stands to what the works will give, as 今后 and 将 do
// (report-boundary.ts LOOKS_FORWARD, which has no 未来: 面向未来 names no time of an aim).
const FUTURE_CLAUSE = /(?:^|[,，])(?:未来|将来|(?:建成|完工|落成|竣工)后)(?![的和与])/;

/** Whether one of `later` (clauses joined by commas) opens with a word of the time to come. */
export function opensFuture(later: string): boolean {
  return (
    (later.includes('未来') ||
      later.includes('将来') ||
      later.includes('成后') ||
      later.includes('工后')) &&
    FUTURE_CLAUSE.test(later)
  );
}

// A sentence inside a paragraph opening with 目前/当前 (`…凸显。目前,农民已能…。基层每年管理的…`):
// the sentences after it go on telling where things stand, as after a paragraph's opening 目前.
const PRESENT_SENTENCE = /[。！？!?]\s*(?:目前|当前|现在|截至目前|截止目前)[,，]/g;

/**
 * Where, in a paragraph's text before a sentence, the last sentence opening with a word of the
 * present starts (its length when none, so the slice from it is empty): `paraBefore` is at most a bounded paragraph reach.
 */
export function lastPresentSentence(paraBefore: string): number {
  let at = paraBefore.length;
  if (!paraBefore.includes('目前') && !paraBefore.includes('当前') && !paraBefore.includes('现在'))
    return at;
  for (const m of paraBefore.matchAll(PRESENT_SENTENCE)) at = m.index + 1;
  return at;
}
