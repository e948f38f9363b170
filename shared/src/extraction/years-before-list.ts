// 按2025年、2026年、2027年三年推进。各县分别完成不少于50%、30%、20%的…: a sentence may list the
// years of a schedule and the next one the values for them with 分别, naming no year of its own.
// The k-th value then takes the k-th year, when the two lists are as long.

// How far back the years are looked for (characters), within the paragraph: the schedule is told
// just before its values.
const LOOK_BACK = 120;
const YEAR_LIST = /((?:19|20)\d{2})年?(?:\s*[、和及与]\s*(?:19|20)\d{2}年?)+/g;
const WRITTEN_YEAR = /(?:19|20)\d{2}\s*年/;
// The values of the list after the figure (`%、30%和20%`): each a join and a number.
const VALUES_AFTER =
  /^\s*[%‰]?(?:\s*(?:及以上|以上|以下|左右)?\s*[、和与及]\s*\d+(?:\.\d+)?\s*[%‰]?)*/;
const JOIN = /[、和与]|及(?!以[上下内])/g;

/**
 * The year of the value ending the lead (`…分别完成不少于50%、30`) from the words just before the
 * sentence starting at `sentenceStart` (in its paragraph), when the lead names no year and they
 * list exactly as many years as the 分别 list has values; else null.
 */
export function yearBeforeList(
  text: string,
  sentenceStart: number,
  lead: string,
  after: string,
): number | null {
  const at = lead.lastIndexOf('分别');
  if (at < 0 || sentenceStart <= 0 || WRITTEN_YEAR.test(lead)) return null;
  // the paragraph's words just before the sentence, bounded
  const before = text.slice(Math.max(0, sentenceStart - LOOK_BACK), sentenceStart);
  const open = before.lastIndexOf('\n') + 1;
  let years: number[] = [];
  for (const m of before.slice(open).matchAll(YEAR_LIST))
    years = [...m[0].matchAll(/(?:19|20)\d{2}/g)].map(Number);
  if (years.length < 2) return null;
  const k = (lead.slice(at).match(JOIN) ?? []).length;
  const rest = ((VALUES_AFTER.exec(after)?.[0] ?? '').match(/\d+(?:\.\d+)?/g) ?? []).length;
  return k + 1 + rest === years.length ? years[k]! : null;
}
