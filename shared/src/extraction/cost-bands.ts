// 住院费用超过6万元报销比例提高到80%, 10万元以上提高到90%, 5万元以上的部分,报销75%: in an insurance
// scheme a sum of money right before a payment share (报销/补偿/支付/赔付) or right before a share
// aimed at bounds the band of costs the share is paid on: a condition, not an aim. A sum set as a
// level (最高支付限额提高到15万元,报销比例…) names its level and is kept, and so is one closed by a
// comma with no band word (以上/以下/部分) before the share.

const PAID = String.raw`(?:报销|补偿|支付|赔付)`;
// A share word straight after the sum, after a cost word in the clause (超过6万元报销比例…).
const SHARE_AFTER = new RegExp(String.raw`^\s*(?:的)?${PAID}`);
const COST_BEFORE =
  /(?:费用|花费|医药费|医疗费|住院费|自付)[^,，;；。]{0,8}(?:超过|超出|高于|达到|满|在)\s*$/;
// A band word after the sum, then a payment share or a share aimed at (以上提高到90%).
const BAND_AFTER = new RegExp(
  String.raw`^\s*(?:及|或)?以[上下](?:的)?(?:部分)?[,，]?\s*(?:${PAID}|(?:提高|提升|调整|增加)?(?:到|至|为)?\s*\d+(?:\.\d+)?\s*%)`,
);
// The clause names a level the sum sets (限额, 封顶线, 补助标准): the sum is that level.
const LEVEL_BEFORE = /限额|封顶|标准|补助|筹资|缴费|基金|投入/;

/**
 * Whether a sum of money (`unit`) with the clause `before` it and the text `after` it bounds a band
 * of costs a payment share is for.
 */
export function boundsCostBand(unit: string, before: string, after: string): boolean {
  if (unit !== '元' && unit !== '万元') return false;
  if (!/[报补支赔以]/.test(after.slice(0, 4))) return false; // cheap gate: the words below
  if (LEVEL_BEFORE.test(before)) return false;
  return (SHARE_AFTER.test(after) && COST_BEFORE.test(before)) || BAND_AFTER.test(after);
}

// The clause of a share a cost band opens (一次性住院费用超过6万元报销比例提高到, 10万元以上提高到): the
// band, then a payment share's name or only the aim verb.
const BAND_LEAD = new RegExp(
  String.raw`^([^,，;；。]*?\d+(?:\.\d+)?\s*万?元(?:(?:及|或)?以[上下])?(?:的部分|部分)?)[,，]?\s*(?=${PAID}|(?:提高|提升|调整|增加|达到)?(?:到|至|为)?\s*$)`,
);

/**
 * The cost band opening the clause `before` a payment share (`一次性住院费用超过6万元`, `10万元以上`),
 * which is the share's scope, or null.
 */
export function costBandLead(before: string): string | null {
  if (!before.includes('元')) return null; // cheap gate
  const band = BAND_LEAD.exec(before)?.[1];
  if (band === undefined || LEVEL_BEFORE.test(band)) return null;
  const rest = before.slice(band.length);
  const banded = /(?:以[上下]|部分)$/.test(band);
  if (
    !banded &&
    !(COST_BEFORE.test(band.replace(/\d+(?:\.\d+)?\s*万?元$/, '')) && SHARE_AFTER.test(rest))
  )
    return null;
  return band.trim();
}
