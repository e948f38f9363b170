// How far a task has got is no aim. A yearly list of works put out as a `|` table may carry a
// progress column (`项目 | 责任单位 | 进展比例`): its cells say how much is done so far, while the
// row's own text holds the aims. A completion rate told bare (`完成率107.29%`) reports the share
// of a task done; with an aim word (`完成率达到100%`, `完成率≥95%`) it stays an aim.

// A header cell naming progress: 进展(比例|情况|进度), 完成进度, 完成比例, 完成率, 实际完成.
const PROGRESS_HEAD = /进展|进度|完成(?:比例|率|情况)|实际完成|已完成/;
// How far above the figure a table's header may stand (rows of a long list included).
const HEADER_REACH = 4000;

/** The cells of a `|` line, trimmed, without the empty ends a flattened table leaves. */
function cells(line: string): string[] {
  const out = line.split('|').map((c) => c.trim());
  if (out[0] === '') out.shift();
  if (out[out.length - 1] === '') out.pop();
  return out;
}

/**
 * Whether the figure at `at` of `t` (normalised) sits in a `|` table's column whose header names
 * progress (`进展比例`, `完成进度`): the share of the work done so far. Reads up to 4000
 * characters back, one line at a time, to the first line of the run of `|` lines.
 */
export function inProgressColumn(t: string, at: number): boolean {
  const lineStart = t.lastIndexOf('\n', at - 1) + 1;
  // (A first line has no header above it: nothing of it is read.)
  if (lineStart === 0) return false;
  const own = t.slice(lineStart, at);
  if (!own.includes('|')) return false;
  const stop = Math.max(0, lineStart - HEADER_REACH);
  let head = lineStart;
  // Walk up while the lines above are rows of the same table.
  while (head > stop) {
    const prevStart = t.lastIndexOf('\n', head - 2) + 1;
    const prev = t.slice(prevStart, head - 1);
    if (!prev.includes('|')) break;
    head = prevStart;
    if (prevStart === 0) break;
  }
  if (head === lineStart) return false;
  // (The figure's column, counted only once the line above is known to be a row.)
  const column = cells(`${own}0`).length - 1;
  if (column < 1) return false;
  const end = t.indexOf('\n', head);
  const header = cells(t.slice(head, end < 0 ? t.length : end));
  const cell = header[column];
  return cell !== undefined && !/\d/.test(cell) && PROGRESS_HEAD.test(cell);
}

/**
 * Whether a percentage comes straight after `完成率` with no bound or aim word (`…,完成率110%`):
 * a completion rate told is the share of a task done, not a rate to reach.
 */
export function isCompletionTold(before: string): boolean {
  return /(?:完成率|完成比例|完成进度)\s*(?:为|是|:|：)?\s*$/.test(before);
}
