// Last readings of a page's year, for a page whose text names no year any earlier reading takes
// (round DH):
// - a news page whose only years date its events (2018年1月和2月,…组成督查组…): the year of those
//   dates, when every `YYYY年` in its opening is one such date of one year, inside a sentence. A date is otherwise no
//   plan's year (header.ts' bodyYear), but a story that names no other year was told in it.
// - a reprint whose only date is its source's address (文章来源:http://…/2017/1128/449617.shtml, a news
//   site's path by year and day): that year.
const ANY_YEAR = /(?<!\d)((?:19|20)\d{2})年/g;
const DATE_AFTER = /^(?:\d{1,2}|[一二三四五六七八九十]{1,2})月/;
const SINCE = /^[^。;；\n]{0,50}?以来/;
const ADDRESS_YEAR =
  /(?:来源|出处|原文|网址|链接)[^\n]{0,12}https?:\/\/[^\s/]+(?:\/[^\s/]+)*?\/((?:19|20)\d{2})(?:[-/]?(?:0[1-9]|1[0-2])[-/]?(?:0[1-9]|[12]\d|3[01]))\//;

/** The one year every `YYYY年` in `head` dates a month of, or null. */
export function datedEventsYear(head: string): number | null {
  if (!head.includes('年')) return null;
  let year: number | null = null;
  for (const m of head.matchAll(ANY_YEAR)) {
    const y = Number(m[1]);
    if (!DATE_AFTER.test(head.slice(m.index + m[0].length, m.index + m[0].length + 3))) return null;
    // A line that is only a date (a paper's page date, 2024年11月13日) dates the page's printing,
    // not the events the story tells; such a page is left undated, as before.
    if (!inSentence(head, m.index)) return null;
    // 截至2013年9月底,…: the day a state is told of dates that state, not the story's events.
    if (/(?:截至|截止|至|到)\s*$/.test(head.slice(Math.max(0, m.index - 3), m.index))) return null;
    // 2014年5月30日,我省启动…以来: a date opening a span up to now dates its start only.
    if (SINCE.test(head.slice(m.index + m[0].length, m.index + m[0].length + 60))) return null;
    if (year !== null && y !== year) return null;
    year = y;
  }
  return year;
}

function inSentence(head: string, at: number): boolean {
  const from = head.lastIndexOf('\n', at) + 1;
  const to = head.indexOf('\n', at);
  const line = head.slice(from, to < 0 ? head.length : to);
  return /[,，。]/.test(line) && line.trim().length > 20;
}

/** The year of the dated path of a source line's address (`…/2017/1128/…`), or null. */
export function addressYear(head: string): number | null {
  if (!head.includes('http')) return null;
  const m = ADDRESS_YEAR.exec(head);
  return m ? Number(m[1]) : null;
}
