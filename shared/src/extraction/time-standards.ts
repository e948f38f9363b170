// A time standard guaranteed to a group (保证中小学生在校每天1小时的体育锻炼时间): the duration comes
// before `的…时间` and after a verb of guarantee, so neither the bound words nor the noun that
// follows a duration elsewhere (15分钟健身圈) mark it. Named by who gets it and what the time is for.

const GUARANTEE = /(?:保证|确保|保障)([^,，;；:：。]{0,16})$/;
// The bound may stand between the duration and its noun (每天1小时以上体育活动时间).
const TIME_NOUN = /^(?:及?以上)?的?([\u4e00-\u9fff]{1,8}?时间)/;

/** The name of a guaranteed time standard (`中小学生在校每天体育锻炼时间`), or null. */
export function timeStandardName(before: string, tail: string): string | null {
  const who = GUARANTEE.exec(before);
  const what = who ? TIME_NOUN.exec(tail) : null;
  return who && what ? `${who[1]!.trim()}${what[1]!}` : null;
}

// 步行15分钟即可就医: the time a walk (or a ride) takes to reach a service, told as enough (即可,
// 就能), is a time radius aimed at, as a 15分钟服务圈 is; named by the way and what it reaches.
const WAY_BEFORE = /(步行|骑行|车程)\s*$/;
const ENOUGH_AFTER = /^(?:以内|之内)?(?:即可|就可|就能|便可)(就医|就诊|到达)/;

/** The name of a walking (riding) time to a service (`步行就医时间`), or null. */
export function wayTimeName(before: string, tail: string): string | null {
  const way = before.includes('步') || before.includes('车') ? WAY_BEFORE.exec(before) : null;
  const what = way ? ENOUGH_AFTER.exec(tail) : null;
  return way && what ? `${way[1]!}${what[1]!}时间` : null;
}

// 2小时内到达现场, 1小时内指令直达: the time within which a service must answer (a response time
// limit) is a ceiling aimed at, named by the deed the limit is on. A deed that only may follow
// (15分钟内可到达) is a reach told, not a limit, and is left out.
const WITHIN_DEED =
  /^(?:以|之)?内([\u4e00-\u9fff]{0,4}?(?:响应|直达|到达|到场|赶到|抵达|处置|上报|报告|反馈|办结|回复|出诊|出车))/;

/** The name of a response time limit (`现场响应时间`) from the text right `after` the duration, or null. */
export function responseTimeName(after: string): string | null {
  if (!after.includes('内')) return null;
  const deed = WITHIN_DEED.exec(after)?.[1];
  return deed && !/[可能]/.test(deed) ? `${deed}时间` : null;
}
