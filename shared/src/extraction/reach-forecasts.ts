// 预计惠及7万人, 该中心将服务居民1.2万人, 预计将有3000名老人参与: the people a programme is
// expected to reach — a count of people with a verb of reaching them (惠及, 覆盖, 服务 before it;
// 参与, 参加, 受益, 获益 after the people counted) in a sentence that looks ahead (预计, 有望; 将 in the count's own clause) —
// is the programme's reach to aim at, a count to reach as a quota is. A clause that tells the reach
// made (已惠及, 累计服务, 共有…参与, 截至…) or the present (目前, 现有) is a tally; a forecast of a state
// (预计人口达到…) has no verb of reaching people and is left to its own readings.

const PEOPLE_UNIT = /^(?:万|亿)?(?:人|名|人次)$/;
const AHEAD = /预计|预期|有望|可望/;
// 将 tells the future only as a modal before the reach (将惠及, 将还会有); 将21个乡镇分成… is the
// object marker, and a count after it is no forecast.
const WILL_REACH = /将[^,，;；]{0,4}?(?:有|惠及|覆盖|服务|惠民|帮扶)[^,，;；]*$/;
// The verb reaches people right before the count, across their name (服务居民12000人).
const REACH_BEFORE = /(?:惠及|覆盖|服务|惠民|帮扶|受惠)[\u4e00-\u9fff“”"]{0,8}$/;
// The people counted take part or benefit (3000名社区老人参与, 5万人受益).
const REACH_AFTER = /^(?:[余多])?[\u4e00-\u9fff“”"]{0,8}?(?:参与|参加|受益|受惠|获益)/;
const TOLD_DONE = /已|(?<!为)了(?!解)|累计|共计|总计|截[至止]|目前|现有|以来|去年|上年/;

/**
 * Whether a count of people, `unit`, with `sentenceBefore` the sentence up to it, `clauseBefore` its
 * clause up to it and `after` the words after it, is the reach a programme is expected to have.
 */
export function forecastsReach(
  sentenceBefore: string,
  clauseBefore: string,
  after: string,
  unit: string,
): boolean {
  if (!PEOPLE_UNIT.test(unit)) return false;
  if (!AHEAD.test(sentenceBefore) && !WILL_REACH.test(clauseBefore)) return false;
  if (!REACH_BEFORE.test(clauseBefore) && !REACH_AFTER.test(after)) return false;
  return !TOLD_DONE.test(clauseBefore);
}
