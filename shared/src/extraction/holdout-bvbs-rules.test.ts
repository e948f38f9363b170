import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';
import { laterThanBaseline } from './later-than-baseline';

const values = (text: string) => extractTargets(text).targets.map((t) => [t.value, t.unit, t.year]);

describe('a change told from a baseline year and dated to a later one (later-than-baseline.ts)', () => {
  it('keeps a rise with no aim word when a later year follows the baseline year', () => {
    expect(values('二、主要指标\n人均预期寿命:在2018年基础上,2022年增加0.8岁。')).toEqual([
      [0.8, '岁', 2022],
    ]);
  });

  it('needs the dated year to be later than the baseline year', () => {
    expect(laterThanBaseline('床位数在2021年基础上,2021年')).toBe(false);
    expect(laterThanBaseline('床位数在2021年基础上')).toBe(false);
    expect(laterThanBaseline('床位数在2021年的基础上,2024年')).toBe(true);
    expect(laterThanBaseline('床位数在2021年底基础上,2024年')).toBe(true);
  });
});
