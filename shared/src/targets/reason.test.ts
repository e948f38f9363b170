import { describe, expect, it } from 'vitest';
import { formatNumber, formatRule, withUnit } from './reason';
import type { TargetRule } from './target-rule';

type RuleFields = Pick<TargetRule, 'comparator' | 'value' | 'valueMax' | 'unit' | 'tolerance'>;

describe('formatRule', () => {
  it.each<[RuleFields, string]>([
    [{ comparator: '>=', value: 95, unit: '%' }, '≥95%'],
    [{ comparator: '>', value: 95, unit: '%' }, '>95%'],
    [{ comparator: '<=', value: 8, unit: '1/10万' }, '≤8/10万'],
    [{ comparator: '<', value: 7, unit: '‰' }, '<7‰'],
    [{ comparator: '=', value: 3, unit: '个' }, '=3个'],
    [{ comparator: '=', value: 2, valueMax: 3, unit: '个' }, '2–3个'],
    [{ comparator: '>=', value: 2, valueMax: 3, unit: '个' }, '≥2个（2–3个）'],
    [{ comparator: '<=', value: 2, valueMax: 3, unit: '个' }, '≤3个（2–3个）'],
    [{ comparator: '~', value: 95, unit: '%' }, '约95%（93–97%）'],
    [{ comparator: '~', value: 33.333, unit: '%', tolerance: 1 }, '约33.33%（32.33–34.33%）'],
    [{ comparator: '>=', value: null, unit: '%' }, '（未给出数值）'],
  ])('%o → %s', (rule, text) => {
    expect(formatRule(rule)).toBe(text);
  });
});

describe('numbers', () => {
  it.each<[number, string]>([
    [95, '95'],
    [33.3333, '33.33'],
    [94.99999999, '95'],
    [0.005, '0.01'],
  ])('formatNumber(%d) → %s', (n, text) => {
    expect(formatNumber(n)).toBe(text);
  });
  it('writes per-100k units as a Chinese reader does', () => {
    expect(withUnit(8, '1/10万')).toBe('8/10万');
    expect(withUnit(6, '万元')).toBe('6万元');
  });
});
