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

// 发病率高于100/10万的省份,年递降率不低于4.4%: a bare yearly fall names no measure. The measure the
// scope picks its places by is the one falling, and the topic is the one the target just before
// measured (肺结核死亡率 → 肺结核).
const BARE_FALL = /^(?:年均?)?(?:递降|递减|下降|降低)率$/;
const MEASURE = /^[\u4e00-\u9fff]{0,6}?(?:发病|患病|死亡|病死|感染|发生)率/;
const TOPIC = /^([\u4e00-\u9fff]{2,8}?)(?:发病|患病|死亡|病死|感染|发生)率/;

/** `年递降率` scoped `发病率高于…的省份` after `肺结核死亡率` → `肺结核发病率年递降率`; else `name`. */
export function fallOfMeasure(name: string, scope: string, before: string): string {
  if (!BARE_FALL.test(name)) return name;
  const measure = MEASURE.exec(scope)?.[0];
  if (!measure) return name;
  const topic = measure.length === 3 ? (TOPIC.exec(before)?.[1] ?? '') : '';
  return topic + measure + name;
}
