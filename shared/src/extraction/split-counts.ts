// 体检任务分解到12个社区, 将城区划分为20个网格: the number of parts a task or an area is divided
// into says how the work is organised, not a number to reach. 计划为, 规划为 and 部分为 are other
// words, so the verb is read whole.
const SPLIT_INTO =
  /(?:(?:分解|分配|拆分|细化|划分|(?<![计规筹策谋])划)(?:到|至|为|成)|(?<![部充区评积成])分(?:为|成))\s*$/;

/** Whether a count follows a verb that divides something into that many parts. */
export function splitsInto(before: string): boolean {
  return SPLIT_INTO.test(before);
}
