import { describe, expect, it } from 'vitest';
import { projectLinear } from './trend';

describe('projectLinear', () => {
  it.each<[string, [number, number][], number | null]>([
    ['no points', [], null],
    ['one point', [[1, 90]], null],
    [
      'two points',
      [
        [1, 90],
        [2, 92],
      ],
      96,
    ],
    [
      'a flat line',
      [
        [1, 5],
        [3, 5],
      ],
      5,
    ],
    [
      'three points, least squares',
      [
        [1, 84],
        [2, 96],
        [3, 93],
      ],
      100,
    ],
    [
      'a gap in the quarters',
      [
        [1, 80],
        [3, 90],
      ],
      95,
    ],
    [
      'the same quarter twice',
      [
        [2, 80],
        [2, 90],
      ],
      null,
    ],
  ])('%s', (_name, pts, expected) => {
    const got = projectLinear(
      pts.map(([x, y]) => ({ x, y })),
      4,
    );
    if (expected === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(expected, 9);
  });
});
