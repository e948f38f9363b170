import { describe, expect, it } from 'vitest';
import { moveInGrid } from './grid-keys';

const size = { rows: 20, cols: 5 };
const at = { row: 3, col: 2 };

describe('moveInGrid', () => {
  it.each([
    ['ArrowUp', false, { row: 2, col: 2 }],
    ['ArrowDown', false, { row: 4, col: 2 }],
    ['ArrowLeft', false, { row: 3, col: 1 }],
    ['ArrowRight', false, { row: 3, col: 3 }],
    ['Home', false, { row: 3, col: 0 }],
    ['End', false, { row: 3, col: 4 }],
    ['Home', true, { row: 0, col: 0 }],
    ['End', true, { row: 19, col: 4 }],
    ['PageDown', false, { row: 13, col: 2 }],
    ['PageUp', false, { row: 0, col: 2 }],
  ] as const)('%s (ctrl %s) moves to %o', (key, ctrl, to) => {
    expect(moveInGrid(key, ctrl, at, size)).toEqual(to);
  });

  it('stops at the edges instead of wrapping', () => {
    expect(moveInGrid('ArrowUp', false, { row: 0, col: 0 }, size)).toEqual({ row: 0, col: 0 });
    expect(moveInGrid('ArrowRight', false, { row: 19, col: 4 }, size)).toEqual({
      row: 19,
      col: 4,
    });
  });

  it('leaves other keys to the page', () => {
    expect(moveInGrid('Tab', false, at, size)).toBeNull();
    expect(moveInGrid('Enter', false, at, size)).toBeNull();
  });
});
