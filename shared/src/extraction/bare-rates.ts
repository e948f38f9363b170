// A list of a service's measures names its subject once: `高血压和糖尿病登记建档率达70%,规范化管理率
// 达80%,控制率30%`, `孕产妇基本保健覆盖率达95%,其中系统管理率达90%`. A later item that is only the
// act measured and 率 titles no chart; it takes the subject the item before it in the sentence
// measured (the people, disease or thing before that item's own acts).

// The acts (and their manner) a service's rate measures: what stands between its subject and 率.
const ACT =
  '(?:登记|建档|建册|建证|规范化|规范|系统|基本|保健|健康|管理|体检|筛查|干预|指导|随访|有效|服用|发放|动态|更新|覆盖|控制|知晓|治疗|检测|接种|档案|访视|普查|普治|早诊|早治|发现|报告)';
// 成功治疗率: an outcome word before the act (治疗成功率 is the act's own outcome, named already).
const BARE = new RegExp(`^(?:成功)?${ACT}{1,3}率$`);
const ACTS_THEN_RATE = new RegExp(`${ACT}+率$`);
const PATIENTS = /^[\u4e00-\u9fff]{1,8}?(?:患者|病人)/;

/**
 * `规范化管理率` after `高血压和糖尿病登记建档率` → `高血压和糖尿病规范化管理率`; null when `name` has
 * a subject of its own or the name before it has none to give.
 */
export function rateOfSameSubject(name: string, before: string): string | null {
  if (!BARE.test(name)) return null;
  const acts = ACTS_THEN_RATE.exec(before);
  // 肺结核患者病原学阳性比例提高到50%,成功治疗率…: the patients a share before it was of.
  if (!acts) return PATIENTS.exec(before)?.[0].concat(name) ?? null;
  const subject = before.slice(0, acts.index);
  // A subject of two characters or more that is words, not a figure or a list's fragment.
  if (!/^[\u4e00-\u9fff][\u4e00-\u9fff()（）、和及与]*[\u4e00-\u9fff)）]$/.test(subject))
    return null;
  return subject + name;
}
