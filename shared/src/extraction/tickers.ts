// A portal's ticker of headlines (要闻 -甲地捐款7.8亿元 -乙企业裁员200人 -丙项目仅完成37%) runs
// many stories on one line, each opened by a dash: its figures are other stories' news, no aim
// of the page's plan. Such a line has at least three dash-opened items and no sentence or clause
// mark (a plan's own line that uses a dash as a bullet is a sentence, and has them).
const ITEM = /(?:^|[ \t\u3000])-(?=[\u4e00-\u9fff])/g;
const ANY_ITEM = /[ \t\u3000]-[\u4e00-\u9fff]/;
const SENTENCE_MARK = /[，,。；;！？!?]/;

/** `[start, end)` of every ticker line of `text[0, end)`. */
export function tickerLines(text: string, end: number): [number, number][] {
  const spans: [number, number][] = [];
  // Most pages have no dash-opened item at all: one scan says so.
  if (!ANY_ITEM.test(text)) return spans;
  let at = 0;
  while (at < end) {
    const next = text.indexOf('\n', at);
    const stop = next < 0 ? text.length : next;
    const line = text.slice(at, stop);
    if ((line.match(ITEM)?.length ?? 0) >= 3 && !SENTENCE_MARK.test(line)) spans.push([at, stop]);
    at = stop + 1;
  }
  return spans;
}

// A feed of other stories' headlines on one line, parted by runs of spaces (《某游戏》2022年登陆…
// 《某剧集》12月7日推出…): four items at least and no full stop. Its years date those stories.
const FEED_GAP = /[ \t\u3000\u00a0]{3,}/;

/** Whether a line is a feed of headlines parted by runs of spaces (no sentence of the page's). */
export function isHeadlineFeed(line: string): boolean {
  if (line.length < 40 || /[。；;]/.test(line)) return false;
  return line.split(FEED_GAP).filter((item) => item.trim().length >= 6).length >= 4;
}
