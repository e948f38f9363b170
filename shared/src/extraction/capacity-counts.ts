// A hospital's or a building's capacity told as what the works will bring (round DT): beds and
// rooms a project plans, adds or offers, as news of hospital building writes them. Each reading is
// asked by figure-gates.ts `countAimed`, and each is gated on a literal before its pattern runs.

// 扩建后可增加135床, 新院建成后可增加300张床位: 可增加 after works in the same sentence is what
// the works will add (their capacity), not an option a body may take up (各地可增加1至2个试点,
// asides.ts isOptionalCount).
const WORKS = /扩建|新建|改建|迁建|重建|兴建|建成|完工|落成|启用/;

/** Whether `sentenceBefore` (the sentence up to a count) ends in 可增加 after words of works. */
export function isWorksAddition(sentenceBefore: string): boolean {
  return /可增加\s*$/.test(sentenceBefore) && WORKS.test(sentenceBefore);
}

// 可提供四十床病床, 规划设置四百五十床: beds written in Chinese numerals are a capacity as beds in
// Arabic figures are; no description counts beds (一张网, 三张清单 count no beds), so a verb of
// doing is cue enough for them, where other spelled counts (提供三项服务) need a verb of making.
const BEDS_AFTER = /^\s*[\u4e00-\u9fff]{0,6}?(?:病床|床位)/;

/** Whether a count in `unit`, followed by `tail`, counts beds. */
export function isBedCount(unit: string, tail: string): boolean {
  return unit === '床' || ((unit === '张' || unit === '间') && BEDS_AFTER.test(tail));
}

// 将规划设置450床…,达到…等级,并设置35个专科: a verb joined by 并 (并且, 同时) to a clause of the
// same sentence that a word of the future (将, 拟, 预计, 计划, 规划) led shares that future: what
// it sets up is to be set up as well. Only verbs of setting up and offering.
const SHARED_FUTURE =
  /(?:将|拟|预计|计划|规划)[^。;；!?！？]{0,80}?[,，、]\s*(?:并且?|同时)(?:将)?(?:设置|开设|设立|配置|配备|增设|提供)\s*$/;

/** Whether `sentenceBefore` ends in a verb of setting up that 并 joins to a future clause. */
export function sharesFuture(sentenceBefore: string): boolean {
  return (
    (sentenceBefore.includes('并') || sentenceBefore.includes('同时')) &&
    SHARED_FUTURE.test(sentenceBefore)
  );
}

// 规划加护病床30床, 规划床位1200张, 规划手术室12间: 规划 as the verb, right before the beds or rooms
// it plans and their count, sets how many there are to be (a hospital's plan of its capacity).
// Not 本规划, 该规划, 总规划 (the plan as a document), and not a verb after it (规划还设定了100多个
// 目标: what the plan holds): the words between are a noun of beds or rooms.
const PLANNED_ITEM =
  /(?<![本该此总])规划(?![还也又共中将已的提明设])[\u4e00-\u9fff]{0,6}(?:床|床位|病房|室|房)\s*$/;

/** Whether `before` (the clause up to a count) is 规划 and the planned thing. */
export function isPlannedItem(before: string): boolean {
  return before.includes('规划') && PLANNED_ITEM.test(before);
}

// 人口数不到48万人, 床位不足300张: a count told as short of a figure (不到, 不足, 不满) is what stands
// — a shortfall a page gives as the reason for its plan; a plan caps a count with 不超过, 控制在…以内
// or 以下, never with 不到. Rates are left alone (不足1%).
const SHORT_OF = /(?:不到|不足|不满)\s*$/;

/** Whether `before` (the clause up to a count) ends in a word of falling short. */
export function isShortfall(before: string): boolean {
  return before.includes('不') && SHORT_OF.test(before);
}

// 医学中心设立人口数须在100万以上, 设置…服务人口应达5万以上: the population a unit needs before it
// may be set up is a rule's threshold (the condition of siting), not a count to reach.
const SITING_THRESHOLD =
  /(?:设立|设置|成立)[\u4e00-\u9fff]{0,6}?(?:人口|人数)[\u4e00-\u9fff]{0,2}?(?:必须|须|应|需|要)(?:在|达到?)?\s*$/;

/** Whether `before` ends in the population a unit must have to be set up. */
export function isSitingThreshold(before: string): boolean {
  return (before.includes('设') || before.includes('成立')) && SITING_THRESHOLD.test(before);
}
