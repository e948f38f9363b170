// A page whose converter turned every 年 into a dash (《…规划(2015—2020-)》, 到2020-,, 近-来) writes no
// `YYYY年` at all but several years closed by a dash that no digit follows: there the dash is the
// lost 年, and reading it back lets the title's span and each milestone date the page's aims. A
// page that writes 年 anywhere keeps its dashes (2019-07-30 and 2015-2020 have digits after them).

const WRITTEN_YEAR = /(?:19|20)\d{2}\s*年/;
const DASHED_YEAR = /(?<![\d.])((?:19|20)\d{2})-(?![\d-])/g;

/** `text` with each dash that stands for a lost 年 read as 年, lengths kept; else `text` itself. */
export function restoreLostYearMarks(text: string): string {
  if (!text.includes('-') || WRITTEN_YEAR.test(text)) return text;
  const at: number[] = [];
  for (const m of text.matchAll(DASHED_YEAR)) at.push(m.index + 4);
  if (at.length < 2) return text;
  const chars = text.split('');
  for (const i of at) chars[i] = '年';
  return chars.join('');
}
