import { describe, expect, it } from 'vitest';
import {
  comparatorSymbol,
  comparatorWords,
  formatNumber,
  formatTarget,
  type TargetRuleText,
  withUnit,
} from './format-target';
import { COMPARATORS } from './vocabulary';

type Rule = Omit<TargetRuleText, 'valueMax' | 'tolerance'> &
  Partial<Pick<TargetRuleText, 'valueMax' | 'tolerance'>>;

describe('formatTarget', () => {
  it.each<[Rule, string, string]>([
    [{ comparator: '>=', value: 95, unit: '%' }, '≥95%', '≥95%'],
    [{ comparator: '>', value: 95, unit: '%' }, '>95%', '>95%'],
    [{ comparator: '<=', value: 8, unit: '1/10万' }, '≤8/10万', '≤8/10万'],
    [{ comparator: '<', value: 7, unit: '‰' }, '<7‰', '<7‰'],
    [{ comparator: '=', value: 3, unit: '个' }, '=3个', '=3个'],
    [{ comparator: '>=', value: 0.5, unit: '' }, '≥0.5', '≥0.5'],
    [{ comparator: '=', value: 2, valueMax: 3, unit: '个' }, '2–3个', '2–3个'],
    [{ comparator: '>=', value: 2, valueMax: 3, unit: '个' }, '≥2个（2–3个）', '≥2个 (2–3个)'],
    [{ comparator: '<=', value: 2, valueMax: 3, unit: '个' }, '≤3个（2–3个）', '≤3个 (2–3个)'],
    [{ comparator: '~', value: 95, unit: '%' }, '约95%（93–97%）', '≈95% (93–97%)'],
    [
      { comparator: '~', value: 33.333, unit: '%', tolerance: 1 },
      '约33.33%（32.33–34.33%）',
      '≈33.33% (32.33–34.33%)',
    ],
    [
      { comparator: '~', value: 90, valueMax: 95, unit: '%', tolerance: 1 },
      '约90–95%（89–96%）',
      '≈90–95% (89–96%)',
    ],
    [{ comparator: '>=', value: null, unit: '%' }, '（未给出数值）', '(no value given)'],
  ])('%o → %s | %s', (rule, zh, en) => {
    expect(formatTarget(rule, 'zh')).toBe(zh);
    expect(formatTarget(rule, 'en')).toBe(en);
  });

  it('has a sign and words for every comparator in both languages', () => {
    for (const c of COMPARATORS)
      for (const lang of ['zh', 'en'] as const) {
        expect(comparatorSymbol(c, lang)).not.toBe('');
        expect(comparatorWords(c, lang)).not.toBe('');
      }
    expect(comparatorSymbol('~', 'zh')).toBe('约');
    expect(comparatorSymbol('~', 'en')).toBe('≈');
    expect(comparatorWords('>=', 'zh')).toBe('不低于');
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
