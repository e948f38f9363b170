// Groups of people listed before one indicator (…中小学生和家庭主妇防治知识知晓率分别达到…): each
// value is the indicator's for one group, so the groups are scopes and the title is what the
// list shares.

// 中、小学生 and 大、中、小学 abbreviate 中学生和小学生: one group, not a list of a 中 and a 小学生.
const SCHOOL_LEVELS = /([大中])、(?=(?:[中小])(?:、[小])?学)/g;

/** The text with abbreviated school levels joined (`中、小学生` → `中小学生`), so a list split keeps them. */
export function joinSchoolLevels(s: string): string {
  return s.replace(SCHOOL_LEVELS, '$1');
}

const GROUP = '(?:中小学生|中学生|小学生|学生|儿童|青少年|孕产妇|孕妇|妇女|主妇|老年人|居民|人群)';
// The first item: a topic the whole list is about, then its group (地方性氟中毒病区 + 中小学生).
const TOPIC_THEN_GROUP = new RegExp(`^([\\u4e00-\\u9fff]{2,12}?)((?:家庭)?${GROUP})$`);
const GROUP_ONLY = new RegExp(`^[\\u4e00-\\u9fff]{0,4}${GROUP}$`);
// The last item: its group, then the indicator (家庭主妇 + 防治知识知晓率).
const GROUP_THEN_RATE = new RegExp(
  `^([\\u4e00-\\u9fff]{0,4}?${GROUP})([\\u4e00-\\u9fff]{2,}(?:率|比例|水平))$`,
);
// Where the topic is found (病区, 高发地区) is no part of what is measured there.
const WHERE = /(?:病区|疫区|地区|区域)$/;

/**
 * For the k-th value of a list `topic+group1、group2…groupN+indicator`: the topic's indicator
 * (where it is found left out) and group k as its scope; null when the list is not of that shape.
 */
export function groupsAfterTopic(
  names: readonly string[],
  index: number,
): { name: string; scope: string } | null {
  if (names.length < 2) return null;
  const first = TOPIC_THEN_GROUP.exec(names[0]!);
  const last = GROUP_THEN_RATE.exec(names[names.length - 1]!);
  if (!first || !last) return null;
  if (!names.slice(1, -1).every((n) => GROUP_ONLY.test(n))) return null;
  const topic = first[1]!.replace(WHERE, '');
  // (城市居民、农村居民…: a topic of a word or two only sorts the groups.)
  if (topic.length < 3) return null;
  const groups = [first[2]!, ...names.slice(1, -1), last[1]!];
  return { name: topic + last[2]!, scope: groups[index]! };
}

// 所生婴儿, 所生儿童: the children born to the group just named (感染孕产妇…, 所生婴儿…用药率).
const BORN_TO = /^所生(?=[\u4e00-\u9fff]{2})/;
const MOTHERS = /^[\u4e00-\u9fff]{0,12}?(?:孕产妇|产妇|孕妇|妇女|母亲)/;

/**
 * A name that opens with 所生 (born to) fragmentary on its own: the mothers the previous
 * target named in the sentence are put before it; null when the previous name opens with no
 * such group.
 */
export function bornToGroup(name: string, prevName: string): string | null {
  if (!BORN_TO.test(name)) return null;
  const mothers = MOTHERS.exec(prevName)?.[0];
  return mothers ? mothers + name : null;
}
