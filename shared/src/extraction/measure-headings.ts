// An item whose heading is the measure itself (names round hnames3, `names-19.test.ts`):
// `(一)生活垃圾无害化处理率。2012年底,城市达到76%以上;农村每年提高4%以上。` The heading, closed by
// 。 or a colon, names every figure of the item; the clauses after it only give scopes and years,
// so a figure there whose own words name nothing takes the heading.

const ITEM_MARK =
  /^\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．])\s*/;
const MEASURE_HEAD = /^([\u4e00-\u9fff]{2,20}?(?:率|比例|比重|水平|覆盖面|数|量))[。:：]/;
// A name with nothing of its own: empty, or only a change's words and the close of a bracket
// begun before it (`下同)年提高幅度`).
const CHANGE_ONLY = /(?:年均|每年|年)?(?:提高|提升|下降|降低|增长|减少)?(?:幅度|率)?$/;

/** Whether `name` names nothing but a change (or nothing at all). */
export function namesNothing(name: string): boolean {
  return !/[\u4e00-\u9fff]{2}/.test(name.replace(CHANGE_ONLY, '').replace(/^[^(（]*?[)）]/, ''));
}

/** The measure an item's heading line names, when the figure at `at` stands in that item. */
export function headingMeasure(t: string, at: number): string | null {
  const from = Math.max(0, at - 160);
  // The line's start, looked for no further back than `from` (a line starting before it is no
  // item's heading here): a page of one long line is not read back to its start for every figure.
  let line = at;
  while (line > from && t.charCodeAt(line - 1) !== 0x0a) line--;
  if (line === from && from > 0 && t.charCodeAt(from - 1) !== 0x0a) return null;
  const mark = ITEM_MARK.exec(t.slice(line, line + 8));
  if (!mark) return null;
  return MEASURE_HEAD.exec(t.slice(line + mark[0].length, at))?.[1] ?? null;
}
