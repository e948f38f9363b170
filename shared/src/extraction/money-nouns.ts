// 计划完成医疗收入2.58亿元, 实现门诊收入3000万元: an aim word (完成, 实现) between a plan's subject and
// the sum puts the thing measured after it; a money noun there (收入, 产值, 总额…) is the amount's
// name, and the words before the aim word (医院计划) are who aims, not what is measured.
const MONEY_NOUN =
  /^[\u4e00-\u9fff]{0,10}(?:收入|产值|总额|营业额|投资额?|经费|收益|增加值|利润|税收)$/;

/** The money noun an aim word leaves before an amount (`医疗收入`), or null. */
export function moneyNamedAfterAim(opened: string): string | null {
  const s = opened.trim();
  return MONEY_NOUN.test(s) ? s : null;
}
