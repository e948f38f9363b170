import { describe, expect, it } from 'vitest';
import { spreadLabels } from './chart-scale';

describe('spreadLabels', () => {
  it('moves labels at the same end apart by the gap, keeping their order', () => {
    expect(
      spreadLabels([
        { x: 900, y: 100 },
        { x: 900, y: 104 },
        { x: 900, y: 101 },
      ]),
    ).toEqual([100, 130, 115]);
  });

  it('leaves labels alone that are far apart vertically or horizontally', () => {
    expect(
      spreadLabels([
        { x: 900, y: 100 },
        { x: 900, y: 140 },
      ]),
    ).toEqual([100, 140]);
    expect(
      spreadLabels([
        { x: 700, y: 100 },
        { x: 900, y: 102 },
      ]),
    ).toEqual([100, 102]);
  });

  it('never leaves two near labels closer than the gap', () => {
    const labels = Array.from({ length: 12 }, (_, i) => ({
      x: 900 + (i % 3) * 30,
      y: (i * 7) % 20,
    }));
    const ys = spreadLabels(labels);
    for (let a = 0; a < labels.length; a++)
      for (let b = a + 1; b < labels.length; b++)
        if (Math.abs(labels[a]!.x - labels[b]!.x) < 80)
          expect(Math.abs(ys[a]! - ys[b]!)).toBeGreaterThanOrEqual(15);
  });
});
