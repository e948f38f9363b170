import { columnHeader } from './table-columns';

// How far a task has got is no aim. A yearly list of works put out as a `|` table may carry a
// progress column (`项目 | 责任单位 | 进展比例`): its cells say how much is done so far, while the
// row's own text holds the aims. A completion rate told bare (`完成率107.29%`) reports the share
// of a task done; with an aim word (`完成率达到100%`, `完成率≥95%`) it stays an aim.

// A header cell naming progress: 进展(比例|情况|进度), 完成进度, 完成比例, 完成率, 实际完成.
const PROGRESS_HEAD = /进展|进度|完成(?:比例|率|情况)|实际完成|已完成/;
/**
 * Whether the figure at `at` of `t` (normalised) sits in a `|` table's column whose header names
 * progress (`进展比例`, `完成进度`): the share of the work done so far. Reads up to 4000
 * characters back, one line at a time, to the first line of the run of `|` lines.
 */
export function inProgressColumn(t: string, at: number): boolean {
  const cell = columnHeader(t, at);
  return cell !== null && !/\d/.test(cell) && PROGRESS_HEAD.test(cell);
}

/**
 * Whether a percentage comes straight after `完成率` with no bound or aim word (`…,完成率110%`):
 * a completion rate told is the share of a task done, not a rate to reach.
 */
export function isCompletionTold(before: string): boolean {
  return /(?:完成率|完成比例|完成进度)\s*(?:为|是|:|：)?\s*$/.test(before);
}

// A table flattened a cell to a line (`序号 |`, `实施内容 |`, `最新进度(8月24日) |`, …): the header's
// cells head the run of `… |` lines, and each row's cells follow one a line, its empty cells left
// out, so a cell's column cannot be counted. A header that names a progress column says the table
// reports how far each task has got; a cell there that tells work done or under way (已建成, 基本完成,
// 正在施工, 开放运营) is that column's, and its figures (新增床位近100张) are progress, not the row's aim,
// which the aim cell before it states with no such words.
const CELL_LINE = /^[^|\n]*\|\s*$/;
// Besides PROGRESS_HEAD's words, a column of how the work stands (推进情况, 实施情况).
const DONE_SO_FAR = /(?:推进|实施|落实|办理)情况/;
const CELL_HEADER_REACH = 12;
const WORK_DONE =
  /已(?:经)?[\u4e00-\u9fff]{0,2}?(?:建成|完成|开工|竣工|开放|运营|投入|启动|到位|交付)|基本(?:完成|建成|竣工)|正在(?:施工|建设|装修|推进|实施|协商)|开放运营|在建/;

// The last answer of `nextBarOrBreak`: no bar or line break stands in [from, found) of text.
let memo = { text: '', from: 0, found: 0 };

/**
 * The first `|` or line break at or after `at` of `t`, or `t.length`. Figures are read in order,
 * so the answer for the figure before is kept and reused while `at` lies before it: a long line
 * with no bar is scanned once, not once a figure.
 */
function nextBarOrBreak(t: string, at: number): number {
  if (memo.text === t && at >= memo.from && at <= memo.found) return memo.found;
  let i = at;
  for (let c = t.charCodeAt(i); i < t.length && c !== 0x7c && c !== 0x0a; c = t.charCodeAt(++i));
  memo = { text: t, from: at, found: i };
  return i;
}

/**
 * Whether the figure at `at` of `t` (normalised) sits in a cell of a table flattened a cell to a
 * line whose header names a progress column, in a cell telling work done or under way. Reads up to
 * 4000 characters back.
 */
export function inProgressCell(t: string, at: number): boolean {
  // Cheap first: the figure's line ends in a bar (a cell's), then it is one cell with work done.
  // A cell line holds one bar, so the first bar from the figure on must end the line (spaces,
  // tabs and \r after it only). Found from the figure, not from the line's end: a page that is one
  // long line (a table pasted as text) would otherwise be read to its end for every figure.
  if (at >= t.length || t.charCodeAt(at) === 0x0a) {
    // (No figure stands on a line break or past the text; read as the line ending there.)
    const end = Math.min(at, t.length);
    return t.charCodeAt(end - 1) === 0x7c && inProgressCellLine(t, at, end);
  }
  const bar = nextBarOrBreak(t, at);
  if (bar === t.length || t.charCodeAt(bar) !== 0x7c) return false;
  let end = bar + 1;
  for (let c = t.charCodeAt(end); c === 0x20 || c === 0x0d || c === 0x09; c = t.charCodeAt(end))
    end++;
  if (end < t.length && t.charCodeAt(end) !== 0x0a) return false;
  // The rest reads the line and the lines above it only, so its answer holds for every figure of
  // the line.
  if (cellMemo.text === t && cellMemo.end === end) return cellMemo.answer;
  const answer = inProgressCellLine(t, at, end);
  cellMemo = { text: t, end, answer };
  return answer;
}

// The last line `inProgressCellLine` read, by its end, and its answer.
let cellMemo = { text: '', end: -1, answer: false };

/** `inProgressCell` past its first test: the line `t` holds from `at` to `end` ends in a bar. */
function inProgressCellLine(t: string, at: number, end: number): boolean {
  const start = t.lastIndexOf('\n', at - 1) + 1;
  const cell = t.slice(start, end);
  if (!CELL_LINE.test(cell) || !WORK_DONE.test(cell)) return false;
  const floor = Math.max(0, start - 4000);
  const lines: string[] = [];
  let head = start;
  while (head > floor) {
    const prevStart = t.lastIndexOf('\n', head - 2) + 1;
    const prev = t.slice(prevStart, head - 1);
    if (!CELL_LINE.test(prev)) break;
    lines.push(prev);
    head = prevStart;
    if (prevStart === 0) break;
  }
  // The header is the run's first cells.
  return lines.slice(-CELL_HEADER_REACH).some((l) => {
    const c = l
      .replace(/\|\s*$/, '')
      .replace(/[(（][^)）]*[)）]/g, '')
      .trim();
    return c.length <= 12 && !/\d/.test(c) && (PROGRESS_HEAD.test(c) || DONE_SO_FAR.test(c));
  });
}
