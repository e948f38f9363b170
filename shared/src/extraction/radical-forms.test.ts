import { describe, expect, it } from 'vitest';
import { INDICATOR_CATALOGUE } from '../indicators/catalogue';
import { buildIndicatorMatcher } from './catalogue-names';
import { extractTargets } from './extract-targets';
import { normalise } from './normalise';
import { RADICAL_FORMS } from './radical-forms';

const catalogue = buildIndicatorMatcher(INDICATOR_CATALOGUE);

describe('radicals a PDF font put for ideographs', () => {
  it('reads the radicals supplement as the ideographs, keeping length', () => {
    const text = '城乡居⺠医保⼈均补助标准不低于700元;⻓期护理保险参保⼈数增加';
    const n = normalise(text).text;
    expect(n).toBe('城乡居民医保人均补助标准不低于700元;长期护理保险参保人数增加');
    expect(n.length).toBe(text.length);
  });

  it('names a target the same whichever code points the PDF gave', () => {
    const name = (s: string) =>
      extractTargets(`2026年全县卫生健康工作要点\n${s}`, { catalogue }).targets[0]?.indicator;
    const plain = name('城乡居民医保人均财政补助标准不低于700元。');
    expect(plain).toContain('居民');
    expect(name('城乡居⺠医保⼈均财政补助标准不低于700元。')).toBe(plain);
  });

  it('maps only radicals-supplement characters, each to one unified ideograph', () => {
    expect(RADICAL_FORMS.size).toBeGreaterThan(90);
    for (const [radical, ideograph] of RADICAL_FORMS) {
      expect(radical.codePointAt(0)).toBeGreaterThanOrEqual(0x2e80);
      expect(radical.codePointAt(0)).toBeLessThanOrEqual(0x2eff);
      expect(ideograph).toMatch(/^[\u3400-\u4dbf\u4e00-\u9fff]$/);
      // Where Unicode gives a compatibility mapping, the table agrees with it.
      const nfkc = radical.normalize('NFKC');
      if (nfkc !== radical) expect(nfkc).toBe(ideograph);
    }
  });
});
