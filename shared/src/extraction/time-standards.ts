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
