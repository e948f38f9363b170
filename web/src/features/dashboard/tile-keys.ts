/** A tile's place in a tile map: row and column, from 0, with gaps where no tile is. */
export interface TilePlace {
  row: number;
  col: number;
}

/**
 * Which tile an arrow key moves to in a map with gaps (roving tabindex, like the grid's
 * `moveInGrid`): the nearest tile in that direction on the same row (or column), else the one
 * on the nearest row (column) beyond. Home/End go to the row's first and last tile, Ctrl+Home/End
 * to the first and last tile of the map. Null for a key the map does not own; the index of
 * `from` itself when nothing lies that way, so the focus stays put.
 */
export function moveAmongTiles(
  key: string,
  ctrl: boolean,
  from: number,
  tiles: readonly TilePlace[],
): number | null {
  const at = tiles[from];
  if (!at) return null;
  const order = (a: TilePlace, b: TilePlace) => a.row - b.row || a.col - b.col;
  const indexed = tiles.map((t, i) => ({ ...t, i }));
  const pick = (
    candidates: typeof indexed,
    along: (t: TilePlace) => number,
    across: (t: TilePlace) => number,
  ) => {
    const best = candidates.sort((a, b) => across(a) - across(b) || along(a) - along(b))[0];
    return best ? best.i : from;
  };
  switch (key) {
    case 'ArrowRight':
      return pick(
        indexed.filter((t) => t.col > at.col),
        (t) => t.col - at.col,
        (t) => Math.abs(t.row - at.row),
      );
    case 'ArrowLeft':
      return pick(
        indexed.filter((t) => t.col < at.col),
        (t) => at.col - t.col,
        (t) => Math.abs(t.row - at.row),
      );
    case 'ArrowDown':
      return pick(
        indexed.filter((t) => t.row > at.row),
        (t) => t.row - at.row,
        (t) => Math.abs(t.col - at.col),
      );
    case 'ArrowUp':
      return pick(
        indexed.filter((t) => t.row < at.row),
        (t) => at.row - t.row,
        (t) => Math.abs(t.col - at.col),
      );
    case 'Home':
    case 'End': {
      const pool = ctrl ? indexed : indexed.filter((t) => t.row === at.row);
      const sorted = pool.sort(order);
      return (key === 'Home' ? sorted[0] : sorted.at(-1))!.i;
    }
    default:
      return null;
  }
}
