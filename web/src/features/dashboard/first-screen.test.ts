import { describe, expect, it } from 'vitest';
import { firstScreen } from './first-screen';

describe('firstScreen', () => {
  it('counts the rows and columns a window shows, a partly shown one included', () => {
    // 720 − 260 = 460 px of rows at 33 px: 13.9 → 14; 1280 − 128 = 1152 px at 76 px: 15.2 → 16.
    expect(firstScreen(1280, 720)).toEqual({ rows: 14, cols: 16 });
    // Exactly 10 rows and 10 columns fit: no extra one.
    expect(firstScreen(128 + 760, 260 + 330)).toEqual({ rows: 10, cols: 10 });
  });

  it('grows with a large monitor, so its first screen has no undrawn part', () => {
    const big = firstScreen(2560, 1440);
    expect(big.rows).toBe(36);
    expect(big.cols).toBe(32);
  });

  it('keeps at least 8 × 8 when the window is tiny or not known', () => {
    expect(firstScreen(0, 0)).toEqual({ rows: 8, cols: 8 });
    expect(firstScreen(320, 300)).toEqual({ rows: 8, cols: 8 });
  });
});
