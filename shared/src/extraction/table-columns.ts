// A `|` table flattened to text keeps a figure's column only as its place in the line; the header
// line above says what the column holds (a baseline, a year, progress so far). The header is found
// by walking up the run of `|` lines above the figure's own.

// How far above the figure a table's header may stand (rows of a long list included).
const HEADER_REACH = 4000;
const ROW_REACH = 600;

/** Whether a `|` stands in the `reach` characters before `at`. */
function barWithin(t: string, at: number, reach: number): boolean {
  // A native search of the slice: a loop over the characters cost several times as much, and every
  // figure asks this (three readings read a figure's column).
  return at > 0 && t.slice(Math.max(0, at - reach), at).includes('|');
}

/** The start of the line holding `at` if it starts at `floor` or after (the text's start counts), else -1. */
function lineStartWithin(t: string, at: number, floor: number): number {
  const i = at > floor ? t.slice(floor, at).lastIndexOf('\n') : -1;
  if (i >= 0) return floor + i + 1;
  return floor === 0 ? 0 : -1;
}

/** The cells of a `|` line, trimmed, without the empty ends a flattened table leaves. */
export function barCells(line: string): string[] {
  const out = line.split('|').map((c) => c.trim());
  if (out[0] === '') out.shift();
  if (out[out.length - 1] === '') out.pop();
  return out;
}

/**
 * The header cell over the column of the figure at `at` of `t` (normalised), or null when the
 * figure is in no `|` line (no bar in the 120 characters before it), in the first column, or
 * under no header line. Reads up to 4000 characters back, one line at a time.
 */
export function columnHeader(t: string, at: number): string | null {
  // Most figures stand in prose: no bar in the 120 characters before them (a cell is shorter).
  if (!barWithin(t, at, 120)) return null;
  // A row's cells before the figure fit in ROW_REACH characters; a longer line is no table's.
  const lineStart = lineStartWithin(t, at, Math.max(0, at - ROW_REACH));
  if (lineStart < 0) return null;
  const own = t.slice(lineStart, at);
  if (!own.includes('|')) return null;
  const column = barCells(`${own}0`).length - 1;
  if (column < 1) return null;
  const stop = Math.max(0, lineStart - HEADER_REACH);
  let head = lineStart;
  // Walk up while the lines above are rows of the same table.
  while (head > stop) {
    const prevStart = lineStartWithin(t, head - 1, stop);
    if (prevStart < 0) break;
    const prev = t.slice(prevStart, head - 1);
    if (!prev.includes('|')) break;
    head = prevStart;
    if (prevStart === 0) break;
  }
  if (head === lineStart) return null;
  const end = t.indexOf('\n', head);
  return barCells(t.slice(head, end < 0 ? t.length : end))[column] ?? null;
}

// 基线 | 2020年 | 2025年: a column of the level a plan starts from (基线, 基期, 现状, 2015年基线值).
const BASELINE_HEAD =
  /^(?:(?:19|20)\d{2}年?)?(?:基线|基期|基准|现状|现值|基数)(?:值|水平|年)?(?:[(（].*[)）])?$/;
// 2020年, 2025年目标值: a column of one year's aim.
const YEAR_HEAD = /^((?:19|20)\d{2})\s*年?(?:底|末)?(?:目标值?|预期值?|规划值|值)?$/;

/** Whether the figure at `at` sits in a `|` table's baseline column. */
export function inBaselineColumn(t: string, at: number): boolean {
  const head = columnHeader(t, at);
  return head !== null && BASELINE_HEAD.test(head);
}

/** The year of the `|` table's column the figure at `at` sits in, or null. */
export function columnYear(t: string, at: number): number | null {
  const head = columnHeader(t, at);
  const y = head === null ? null : YEAR_HEAD.exec(head);
  return y ? Number(y[1]) : null;
}
