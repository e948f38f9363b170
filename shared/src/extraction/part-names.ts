import type { Previous } from './mention-names';

// 专业人员增加到120万人,其中疾病预防控制机构25万人: a part of a count that names only the kind of
// institution it sits in counts what the whole counts there. The whole's name (公共卫生机构专业人员数)
// gives the counted noun after its own institution word; the part's institution takes its place.
const INSTITUTION = '(?:机构|医院|中心|单位|卫生院)';
const PART = new RegExp(`^\\s*其中\\s*[:：]?\\s*([\\u4e00-\\u9fff]{2,16}?${INSTITUTION})\\s*$`);
const WHOLE_NOUN = new RegExp(`${INSTITUTION}([\\u4e00-\\u9fff]{2,8}数)$`);

/**
 * The name of a count that is a `其中` part named by its institution alone, from the count read just
 * before in the sentence (`samePrev`), or null.
 */
export function institutionPartName(
  clauseBefore: string,
  unit: string,
  samePrev: Previous | null,
): string | null {
  // (Most clauses hold no 其中: they end here.)
  if (samePrev === null || !clauseBefore.includes('其中')) return null;
  const whole = samePrev.target;
  if (whole.kind !== 'count' || whole.unit !== unit) return null;
  const part = PART.exec(clauseBefore);
  const noun = part ? WHOLE_NOUN.exec(whole.indicator) : null;
  return part && noun ? part[1]! + noun[1]! : null;
}
