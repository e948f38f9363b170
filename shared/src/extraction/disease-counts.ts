// 将22种大病纳入保障范围, 对30种疾病实行按病种付费: the number of diseases a scheme is to take in or
// pay for in a new way is its breadth to reach, told with a verb after the diseases (实行, 实施,
// 纳入) where a count of units has its verb before. Diseases a patient has (患有省定9种大病的) are the
// condition of a rule, not a count: the verb must follow the diseases within their clause. Read
// only for a count in 种 (round DH).
const COVERED_DISEASES =
  /^\s*([\u4e00-\u9fff]{0,4}?(?:大病|重大疾病|疾病|病种|慢性病|慢病|重症))[^,，。;；:：]{0,6}?(实行|实施|纳入|列入|开展)([^,，。;；:：]{0,12})/;

/** Whether a count of `unit` whose clause goes on with `tail` is diseases a scheme is to cover. */
export function isDiseasesCovered(unit: string, before: string, tail: string): boolean {
  return unit === '种' && !HAD.test(before) && COVERED_DISEASES.test(tail);
}

/**
 * The name of such a count: what the scheme does to the diseases, then the diseases and 病种数
 * (实行单病种付费 → 单病种付费大病病种数; 纳入大病保障 → 纳入大病保障…病种数): the verb of carrying out
 * (实行, 实施, 开展) says nothing of its own and is dropped; 纳入/列入 name the act and stay.
 */
export function diseaseCountName(tail: string): string | null {
  const m = COVERED_DISEASES.exec(tail);
  if (!m) return null;
  const act = /^[纳列]入$/.test(m[2]!) ? m[2]! + m[3]! : m[3]!;
  const diseases = m[1]!.replace(/病种$/, '');
  return act ? `${act}${diseases}病种数` : null;
}

// 对患有省定9种大病和县定28种大病的贫困患者: the diseases people have are who a rule is for; their
// number is no breadth to reach, however the sentence goes on.
const HAD = /患有[^,，。;；:：]{0,16}$/;
const DISEASE_AFTER = /^\s*[\u4e00-\u9fff]{0,4}?(?:病|疾病|病种)/;

/** Whether a count in 种 right before `tail` counts the diseases people have (患有…). */
export function isDiseasesHad(unit: string, before: string, tail: string): boolean {
  return unit === '种' && before.includes('患有') && HAD.test(before) && DISEASE_AFTER.test(tail);
}
