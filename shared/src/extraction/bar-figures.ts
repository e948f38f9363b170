// Units counted by a bar they clear (龙头企业产值超过50亿元的3家, 年收入超过1000万元的企业达到5家,
// 床位超过500张的医院8所): the figure before `的` only says which units are counted, so it is no
// aim of its own; the count after it is the aim, and the bar right before that count is the
// evidence that it is one (a plan lists firms or hospitals by size band with no verb of its own).

// After the bar's unit and suffix: 的, at most a short noun and an aim word, then a count of units.
const BAR_THEN_COUNT =
  /^\s*(?:及?以上)?的[\u4e00-\u9fff]{0,8}?(?:达到|达|有|为)?\s*[\d一二三四五六七八九十两]+\s*(?:家|个|所|座|户|名|项|支|张)/;
// Before a count: a bound word, the bar's figure and unit, 的.
const BAR_BEFORE =
  /(?:超过|高于|不低于|达到?)\s*\d[\d.]*\s*[万亿千百]*[\u4e00-\u9fff]{0,2}(?:及?以上)?的\s*$/;

/** Whether a figure whose clause goes on with `tail` (after its unit) is the bar of a count. */
export function isBarOfCount(tail: string): boolean {
  return tail.includes('的') && BAR_THEN_COUNT.test(tail);
}

/** Whether the words `before` a count end with the bar its units clear. */
export function followsBar(before: string): boolean {
  return before.endsWith('的') && BAR_BEFORE.test(before);
}

// The measure a size band is drawn on, after the units it sorts (龙头企业产值, 医院床位).
const BAND_MEASURE =
  '(?:年?(?:主营业务|营业)?收入|年?产值|营收|年?销售额|产量|资产|税收|床位数?|规模)';
const BAR = '(?:超过|高于|不低于|达到?)\\d[\\d.]*[万亿千百]*[\\u4e00-\\u9fff]{0,2}?';
// A verb of making before the units (培育…企业) is the plan's, not the units' title.
const FIRST_ITEM = new RegExp(
  `^(?:培育|打造|发展|形成|拥有|建成|实现)?([\\u4e00-\\u9fff]{2,12}?)(${BAND_MEASURE})(${BAR})(?:及?以上)?的?数$`,
);
const LATER_ITEM = new RegExp(`^(${BAR})(?:及?以上)?的?数$`);
const NAMED_BAND = new RegExp(`^(${BAND_MEASURE})${BAR}的(.+数)$`);

/**
 * The name of a count of units by a bar they clear, as a chart titles it: the measure and bar, 的,
 * the units (龙头企业产值超过50亿元 → 产值超过50亿元的龙头企业数); a later item of the list
 * (、超过30亿元的5家) takes the measure and units of `prevName`. Else `name` unchanged.
 */
export function barCountName(name: string, prevName: string | null): string {
  const first = FIRST_ITEM.exec(name);
  if (first) return `${first[2]}${first[3]}的${first[1]}数`;
  const later = LATER_ITEM.exec(name);
  const prev = later && prevName ? NAMED_BAND.exec(prevName) : null;
  return prev ? `${prev[1]}${later![1]}的${prev[2]}` : name;
}
