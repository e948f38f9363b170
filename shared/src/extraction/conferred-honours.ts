// Figures of a news story that tell what is already done, read from words two kinds of story use.

// 决定命名甲市等12个城市为第一批示范城市: a count of places a notice names or confers a title on,
// its list already written out and cut with 等, counts places the notice names (done by the notice
// itself), not a count to reach. A plan that aims at honours does not know their names yet
// (创建10个示范村). The clause runs from the verb of naming to 等 right before the count, and 为
// (the title conferred) follows the count within its clause.
const NAMED_LIST = /(?:命名|授予|认定|评定|评选|确定)[^,，。;；:：]{2,40}等$/;
const NAMED_AS = /^[^,，。;；:：]{0,20}?为/;

/** Whether a count (`clauseBefore` up to it, `tail` after its unit) counts places named as a title. */
export function isConferredCount(clauseBefore: string, tail: string): boolean {
  return (
    clauseBefore.endsWith('等') &&
    tail.includes('为') &&
    NAMED_LIST.test(clauseBefore) &&
    NAMED_AS.test(tail)
  );
}

// 新启用的某某中心由政府投资2亿元, 新落成的…设有100张床位: a sentence whose subject is a facility
// told as newly opened (新/刚/已 + 启用, 落成, 建成, 开业, 投用) describes what is already built and
// spent; its figures are the present, unless the sentence looks ahead (将, 计划…: read by the caller).
const OPENED_SUBJECT =
  /^[^,，。;；:：]{0,6}?(?:新|刚|刚刚|已|已经)(?:启用|落成|建成|开业|投用|投入使用|开放)(?:的|后)/;

/** Whether the sentence (from its start) opens with a facility told as newly opened. */
export function opensWithOpenedFacility(sentenceBefore: string): boolean {
  return OPENED_SUBJECT.test(sentenceBefore);
}
