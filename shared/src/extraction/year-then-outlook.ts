// A county's year in review often runs: a lead paragraph opening with the year (2021年,…实现良好开局),
// paragraphs of what was done in it (…占比达到52.16%), then a closing paragraph opening with the
// next year that only says what the office will do (2022年,…将坚持…) and gives no figure. The
// page's own year is then the reviewed one, so no year before the plan's marks the lead; read
// together, the next-year outlook without a figure tells the page is a review with a look ahead, and
// its figures from the lead to the outlook are achievements. A plan staged by year (2021年,…达到
// 80%。2022年,…达到90%) gives figures in its later paragraph too, so it is not read so.
const YEAR_LEAD = /^\s*((?:19|20)\d{2})年(?:度|全年)?[,，]/;
const WILL = /将|要/;

/**
 * Where a review that `para` (at `at`) opens ends: the start of the paragraph opening with a
 * later year that says what will be done and gives no figure; null when `para` opens no such review.
 */
export function reviewBeforeOutlook(
  text: string,
  at: number,
  para: string,
  end: number,
): number | null {
  const m = YEAR_LEAD.exec(para);
  if (!m) return null;
  const year = Number(m[1]);
  let from = at + para.length + 1;
  while (from < end) {
    const next = text.indexOf('\n', from);
    const stop = next < 0 || next > end ? end : next;
    const later = YEAR_LEAD.exec(text.slice(from, stop));
    if (later) {
      const p = text.slice(from, stop);
      const rest = p.slice(later[0].length);
      return Number(later[1]) > year && WILL.test(rest) && !/[0-9０-９%％]/.test(rest)
        ? from
        : null;
    }
    from = stop + 1;
  }
  return null;
}
