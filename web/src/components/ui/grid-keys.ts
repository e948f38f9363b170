/** A position in a keyboard grid: row and column, from 0. */
export interface GridPosition {
  row: number;
  col: number;
}

/**
 * Where a key moves the focus in a rows × cols grid (WAI-ARIA grid pattern): arrows one step,
 * Home/End to the row's ends, Ctrl+Home/End to the grid's corners, PageUp/PageDown ten rows.
 * Null for a key the grid does not own, so the page keeps it. Never leaves the grid.
 */
export function moveInGrid(
  key: string,
  ctrl: boolean,
  at: GridPosition,
  size: { rows: number; cols: number },
): GridPosition | null {
  const lastRow = size.rows - 1;
  const lastCol = size.cols - 1;
  const clamp = (row: number, col: number) => ({
    row: Math.max(0, Math.min(lastRow, row)),
    col: Math.max(0, Math.min(lastCol, col)),
  });
  switch (key) {
    case 'ArrowUp':
      return clamp(at.row - 1, at.col);
    case 'ArrowDown':
      return clamp(at.row + 1, at.col);
    case 'ArrowLeft':
      return clamp(at.row, at.col - 1);
    case 'ArrowRight':
      return clamp(at.row, at.col + 1);
    case 'PageUp':
      return clamp(at.row - 10, at.col);
    case 'PageDown':
      return clamp(at.row + 10, at.col);
    case 'Home':
      return ctrl ? clamp(0, 0) : clamp(at.row, 0);
    case 'End':
      return ctrl ? clamp(lastRow, lastCol) : clamp(at.row, lastCol);
    default:
      return null;
  }
}
