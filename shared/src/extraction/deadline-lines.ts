// A duty table of a plan (任务分解): each numbered item states its aim, then lines of who leads,
// who helps and by when (牵头领导:…, 配合单位:…, 完成时限:2017年底达91%). A figure in the deadline
// line is the item's own indicator for that date, not a measure named 完成时限 (names round 16).
import type { Previous } from './mention-names';

const DEADLINE_LINE = /^\s*(?:完成时限|完成时间|时间节点|时限要求|时限)\s*[:：]/;
// The item's other lines: a short label and a colon (牵头单位:区环保局).
const LABEL_LINE = /^\s*[\u4e00-\u9fff]{2,8}\s*[:：][^\n]*$/;
// How far above the deadline line the item's aim may stand.
const REACH = 400;

/**
 * The indicator of the item above when the figure at `at` stands in a deadline line of a duty
 * table, the lines between it and the item's target `prev` all labels; else null.
 */
export function deadlineName(t: string, at: number, prev: Previous | null): string | null {
  if (!prev || !prev.target.indicator) return null;
  // The line must start after the item's target: its break is looked for back to there only (a
  // search back through a page without line breaks cost the whole text before every figure).
  const from = Math.max(0, prev.end - 1);
  const lineStart = from + t.slice(from, at).lastIndexOf('\n') + 1;
  if (lineStart === from || !DEADLINE_LINE.test(t.slice(lineStart, at))) return null;
  if (prev.end > lineStart || lineStart - prev.end > REACH) return null;
  // The rest of the item's line, then whole label lines up to this one.
  const prevLineEnd = t.indexOf('\n', prev.end);
  if (prevLineEnd < 0 || prevLineEnd >= lineStart) return null;
  const between = t.slice(prevLineEnd + 1, lineStart - 1);
  const lines = between === '' ? [] : between.split('\n');
  return lines.every((l) => l.trim() === '' || LABEL_LINE.test(l)) ? prev.target.indicator : null;
}
