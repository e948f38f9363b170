/**
 * How much of a large grid the first paint draws: the rows and columns a window of this size
 * can show, so a leader sees the whole first screen in colour and the browser builds no cell
 * it would have to scroll to. The sizes follow dashboard.css: the grid's box is the window's
 * height less 260 px, body rows are 33 px, the region column 128 px and an indicator column at
 * least 76 px. The header rows are not subtracted and a partly shown row or column counts, so
 * this errs towards a cell too many, never a gap.
 */
export function firstScreen(width: number, height: number): { rows: number; cols: number } {
  const rows = Math.ceil(Math.max(0, height - 260) / 33);
  const cols = Math.ceil(Math.max(0, width - 128) / 76);
  // A tiny or unknown window (0 × 0 in some embedded views) still gets a useful first screen.
  return { rows: Math.max(rows, 8), cols: Math.max(cols, 8) };
}
