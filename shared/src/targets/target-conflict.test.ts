import { describe, expect, it } from 'vitest';
import { targetConflict } from './target-conflict';

describe('targetConflict', () => {
  it.each([
    [{ unit: '%' }, '%', 0, null],
    [{ unit: '倍' }, '万元', 0, 'unit'],
    [{ unit: '1/10万' }, '1/10万', 1, 'twin'],
    [{ unit: '倍' }, '万元', 2, 'twin'],
    [{ unit: ' 人' }, '人', 0, null],
  ] as const)('%o in %s with %i twins → %s', (target, unit, twins, expected) => {
    expect(targetConflict(target, unit, twins)).toBe(expected);
  });
});
