import type { Mention } from './mentions';

// A rate per 100,000 (or per million) may be written as people counted per that many people, its
// base before the number (结核病发生率降到每十万人口34人, 死亡率为每百万人口卅人): after a rate's name
// the count is the rate's value, in 1/10万 (1/100万), not a number of people to reach. Without a 率
// before it the same words are a density (每十万人口精神科医师4名), a count, left alone.

const BASE =
  /率[^,，。；;:：\n\d]{0,10}?每\s*(?:一?十|10|(一?百|100))\s*万\s*(?:常住人口|人口|人|活产儿?|出生人口)?\s*(?:中|里|有)?\s*$/;
const PEOPLE = /^(?:人|例|名)$/;

/** Reads a count of people after a rate's name and its base (`…率…每十万人口34人`) as that rate, its span from 每. */
export function perBaseCount(text: string, mention: Mention): void {
  if (mention.kind !== 'count' || !PEOPLE.test(mention.unit)) return;
  // The 每 is looked for in the 12 characters before the number only (a search back through the
  // whole text for one cost as much as the text before the figure).
  let at = mention.start;
  while (at >= 0 && at >= mention.start - 12 && text.charCodeAt(at) !== 0x6bcf) at--; // 每
  if (at < 0 || mention.start - at > 12) return;
  const m = BASE.exec(text.slice(Math.max(0, at - 14), mention.start));
  if (!m) return;
  // The base is part of the figure (as 10万分之 is): the words before it are the name and the bound.
  mention.start = at;
  mention.unit = m[1] === undefined ? '1/10万' : '1/100万';
  mention.kind = 'rate';
}
