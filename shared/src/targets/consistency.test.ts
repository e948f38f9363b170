import { describe, expect, it } from 'vitest';
import { compareWithParent, findWeakerThanParent } from './consistency';
import type { TargetRule } from './target-rule';

const t = (
  comparator: TargetRule['comparator'],
  value: number | null,
  over: Partial<TargetRule> = {},
): TargetRule => ({
  comparator,
  value,
  unit: '%',
  kind: 'rate',
  direction: 'up',
  year: 2020,
  ...over,
});

describe('findWeakerThanParent', () => {
  it.each<[string, TargetRule, TargetRule, boolean, string]>([
    ['city 70 % under province ≥75 %', t('>=', 70), t('>=', 75), true, 'lower_floor'],
    ['same floor', t('>=', 75), t('>=', 75), false, 'as_strict'],
    ['higher floor', t('>=', 80), t('>=', 75), false, 'as_strict'],
    ['超过75 under 以上75 is as strict', t('>', 75), t('>=', 75), false, 'as_strict'],
    ['以上75 under 超过75 lets 75 through', t('>=', 75), t('>', 75), true, 'lower_floor'],
    ['float noise is not weaker', t('>=', 74.99999999), t('>=', 75), false, 'as_strict'],
    [
      'higher ceiling',
      t('<=', 9, { unit: '1/10万' }),
      t('<=', 8, { unit: '1/10万' }),
      true,
      'higher_ceiling',
    ],
    [
      'lower ceiling',
      t('<', 7, { unit: '1/10万' }),
      t('<=', 8, { unit: '1/10万' }),
      false,
      'as_strict',
    ],
    ['以下8 under 低于8', t('<=', 8), t('<', 8), true, 'higher_ceiling'],
    ['wider band', t('~', 95, { tolerance: 3 }), t('~', 95, { tolerance: 2 }), true, 'looser_band'],
    [
      'narrower band',
      t('~', 95, { tolerance: 1 }),
      t('~', 95, { tolerance: 2 }),
      false,
      'as_strict',
    ],
    [
      'shifted band',
      t('~', 96, { tolerance: 2 }),
      t('~', 95, { tolerance: 2 }),
      true,
      'looser_band',
    ],
    ['band inside a floor', t('~', 90, { tolerance: 2 }), t('>=', 85), false, 'as_strict'],
    ['floor under a ceiling', t('>=', 70), t('<=', 80), true, 'shape_conflict'],
    ['range ≥2-3 under ≥2', t('>=', 2, { valueMax: 3 }), t('>=', 2), false, 'as_strict'],
    ['other year', t('>=', 70, { year: 2021 }), t('>=', 75), false, 'not_comparable'],
    ['other unit', t('>=', 70, { unit: '‰' }), t('>=', 75), false, 'not_comparable'],
    ['reference-only child', t('>=', null), t('>=', 75), false, 'not_comparable'],
    [
      'counts are shares of the parent',
      t('>=', 20, { kind: 'count', unit: '个' }),
      t('>=', 100, { kind: 'count', unit: '个' }),
      false,
      'not_comparable',
    ],
  ])('%s', (_name, child, parent, weaker, code) => {
    const r = findWeakerThanParent(child, parent);
    expect(r.weaker).toBe(weaker);
    expect(r.code).toBe(code);
    // The wordless verdict a grid asks first is the same one.
    expect(compareWithParent(child, parent)).toEqual({ weaker, code });
  });

  it('says why in one sentence', () => {
    const r = findWeakerThanParent(t('>=', 70), t('>=', 75));
    expect(r).toMatchObject({
      child: '≥70%',
      parent: '≥75%',
      text: '下级目标≥70%比上级要求≥75%宽松',
    });
  });
});
