import { describe, expect, it } from 'vitest';
import { compare, distanceOutside, meetSet, type BoundOptions } from './compare';
import type { Comparator } from './vocabulary';

type Row = [Comparator, number, number, BoundOptions, boolean];

// Every comparator at the bound, just inside and just outside, plus float noise at 95.
const rows: Row[] = [
  // >= 以上: the bound meets
  ['>=', 95, 95, {}, true],
  ['>=', 95.01, 95, {}, true],
  ['>=', 94.99, 95, {}, false],
  ['>=', 94.99999999, 95, {}, true],
  ['>=', 94.9999, 95, {}, false],
  // > 超过: the bound does not meet
  ['>', 95, 95, {}, false],
  ['>', 95.01, 95, {}, true],
  ['>', 94.99, 95, {}, false],
  ['>', 95.00000001, 95, {}, false],
  ['>', 95.0001, 95, {}, true],
  // <= 以下/以内: the bound meets
  ['<=', 8, 8, {}, true],
  ['<=', 7.99, 8, {}, true],
  ['<=', 8.01, 8, {}, false],
  ['<=', 8.000000001, 8, {}, true],
  // < 低于: the bound does not meet
  ['<', 8, 8, {}, false],
  ['<', 7.99, 8, {}, true],
  ['<', 8.01, 8, {}, false],
  ['<', 7.999999999, 8, {}, false],
  // = exact, with float slack only
  ['=', 3, 3, {}, true],
  ['=', 3.01, 3, {}, false],
  ['=', 2.99, 3, {}, false],
  ['=', 94.99999999, 95, {}, true],
  // ~ within tolerance, edges included
  ['~', 95, 95, { tolerance: 2 }, true],
  ['~', 93, 95, { tolerance: 2 }, true],
  ['~', 97, 95, { tolerance: 2 }, true],
  ['~', 92.99, 95, { tolerance: 2 }, false],
  ['~', 97.01, 95, { tolerance: 2 }, false],
  ['~', 92.99999999, 95, { tolerance: 2 }, true],
  ['~', 95.5, 95, {}, false],
  // ranges 2-3个: >= meets at the lower end, = anywhere inside, <= up to the upper end
  ['>=', 2, 2, { valueMax: 3 }, true],
  ['>=', 1.99, 2, { valueMax: 3 }, false],
  ['>=', 5, 2, { valueMax: 3 }, true],
  ['=', 2, 2, { valueMax: 3 }, true],
  ['=', 2.5, 2, { valueMax: 3 }, true],
  ['=', 3, 2, { valueMax: 3 }, true],
  ['=', 3.01, 2, { valueMax: 3 }, false],
  ['=', 1.99, 2, { valueMax: 3 }, false],
  ['<=', 3, 2, { valueMax: 3 }, true],
  ['<=', 3.01, 2, { valueMax: 3 }, false],
  ['<', 3, 2, { valueMax: 3 }, false],
  ['~', 1.9, 2, { valueMax: 3, tolerance: 0.1 }, true],
  ['~', 3.11, 2, { valueMax: 3, tolerance: 0.1 }, false],
  // large counts: slack scales with the bound but stays below one unit
  ['>=', 9999, 10000, {}, false],
  ['>=', 9999.999999, 10000, {}, true],
  // zero bound (零增长): slack is absolute 1e-6
  ['<=', 0.000001, 0, {}, true],
  ['<=', 0.00001, 0, {}, false],
];

describe('compare', () => {
  it.each(rows)('%s: %d against %d %o → %s', (comparator, actual, bound, options, expected) => {
    expect(compare(comparator, actual, bound, options)).toBe(expected);
  });

  it.each([NaN, Infinity, -Infinity])('never meets a non-finite figure (%d)', (actual) => {
    expect(compare('>=', actual, 95)).toBe(false);
    expect(compare('<=', actual, 95)).toBe(false);
  });
});

describe('distanceOutside', () => {
  it('is null when the value meets', () => {
    expect(distanceOutside(96, meetSet('>=', 95))).toBeNull();
  });
  it.each<[Comparator, number, number, number, number]>([
    ['>=', 93, 95, 2, 95],
    ['>', 95, 95, 0, 95],
    ['<=', 9, 8, 1, 8],
    ['<', 8, 8, 0, 8],
    ['~', 98, 95, 1, 97],
    ['~', 92, 95, 1, 93],
  ])('%s: %d against %d is %d beyond edge %d', (comparator, actual, bound, distance, edge) => {
    const out = distanceOutside(actual, meetSet(comparator, bound, { tolerance: 2 }));
    expect(out?.distance).toBeCloseTo(distance, 9);
    expect(out?.edge).toBe(edge);
  });
});
