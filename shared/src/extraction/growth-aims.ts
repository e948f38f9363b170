// Growth verbs that aim at a level: `人均预期寿命增长到80岁`, `…增加至79岁`. A life span or time
// standard (岁, 分钟) is read only right after an aim word, so that `60岁以上老年人` stays an age;
// 增长到/增长至 and 增加至 name the level a plan aims at just as 提高到 does, and the checks
// that drop a from-to in a past year's sentence still apply after them. Growth told as done
// (`已悄然增长至73岁`, `已经增加到…`) reports a figure reached.
const GROWTH_TO = /(?:增长|增加)(?:到|至)\s*$/;
const DONE_GROWTH = /已(?:经)?[\u4e00-\u9fff]{0,3}(?:增长|增加)(?:到|至)\s*$/;

/** Whether the text before a number ends with a growth verb aiming at a level. */
export function isGrowthAim(before: string): boolean {
  return GROWTH_TO.test(before) && !DONE_GROWTH.test(before);
}

// A life span written right after its name with no verb (`全市人均期望寿命80岁` in a list of
// aims) is an implied 达到, as any bare figure of a plan is; an age before a noun is kept out
// by the caller's check of what follows.
// Any 寿命 name: 人均预期寿命, 期望寿命, 健康寿命, and a headline's short 人均寿命/平均寿命.
const LIFE_SPAN_NAME = /寿命\s*$/;

/** Whether the text before a number in 岁 ends with the name of a life span. */
export function isNamedLifeSpan(before: string): boolean {
  return LIFE_SPAN_NAME.test(before);
}
