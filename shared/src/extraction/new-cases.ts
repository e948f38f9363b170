// How many people fall ill (平均每天新增41名病患, 全年新发300例患者, 出现5名感染者) is how a disease
// spreads, told by news and reviews: no plan aims to add patients. A plan bounds them instead
// (新发病例控制在50例以下), and a count of patients served names its service (救治300名患者), so only
// a count with no bound, right after a verb of falling ill and right before the sick it counts, is
// left out.

const FALLING_ILL = /(?:新增|新发|新报告|发生|出现|确诊|发现)[^,，。;；:：\n\d]{0,2}$/;
const THE_SICK =
  /^(?:新发)?(?:病患|病人|患者|病例|感染者|确诊病例|死亡病例)(?![\u4e00-\u9fff]{0,6}(?:床位|病床|病房|机构))/;

/** Whether a count is a tally of new cases (`新增41名病患`): `before` ends at the number, `tail` follows its unit. */
export function isNewCaseTally(before: string, tail: string): boolean {
  return FALLING_ILL.test(before) && THE_SICK.test(tail);
}
