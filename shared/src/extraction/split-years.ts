// One figure after 分别 and two lists that pair up before it (`1988年和1990年…以省、县为单位分别达到85%`):
// each year with its unit of measure in turn is a target of its own at that figure, as a list of
// values after 分别 pairs with the years (mention-years.ts). Only a lone figure is read here: a
// list of figures after 分别 is that pairing's.

const SPLIT_END = /分别(?:达到?|为|是|在|不低于|超过)?\s*$/;
const TWO_YEARS = /((?:19|20)\d{2})年?(?:和|、|与|及|至)((?:19|20)\d{2})年/g;
const TWO_UNITS = /以([\u4e00-\u9fff]{1,4})[、和及]([\u4e00-\u9fff]{1,4})为单位/;
const MORE_VALUES = /^[^,，。;；]{0,8}?[、和]\s*\d/;

/** Whether the 6 characters before a figure end with 分别 and a bound: the cheap test first. */
export function mayBeSplit(before: string): boolean {
  return SPLIT_END.test(before);
}

/**
 * The years and scopes a lone figure after 分别 is for, in pairs, from its sentence up to the
 * figure (`sentenceBefore`) and the characters after it; null unless two years are listed.
 */
export function splitYears(
  sentenceBefore: string,
  after: string,
): { years: number[]; scopes: (string | null)[] } | null {
  if (!SPLIT_END.test(sentenceBefore) || MORE_VALUES.test(after)) return null;
  let years: RegExpExecArray | null = null;
  for (const m of sentenceBefore.matchAll(TWO_YEARS)) years = m;
  if (!years) return null;
  const units = TWO_UNITS.exec(sentenceBefore);
  return {
    years: [Number(years[1]), Number(years[2])],
    scopes: units ? [`以${units[1]}为单位`, `以${units[2]}为单位`] : [null, null],
  };
}
