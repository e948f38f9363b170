import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';
import { perPerson, withPerHead } from './level-naming';

const HEADER = '2026年全县医疗保障工作要点\n';
const named = (body: string) => extractTargets(HEADER + body).targets.map((t) => t.indicator);

describe('人均 beside the payer of a per-head sum', () => {
  it('puts 人均 before a bare payer', () => {
    expect(withPerHead('职工大病保险财政补助标准')).toBe('职工大病保险人均财政补助标准');
    expect(withPerHead('老年护理保险政府补贴')).toBe('老年护理保险人均政府补贴');
    expect(perPerson('长护险财政补助', '长护险财政补助按每人每年')).toBe('长护险人均财政补助');
  });

  it('puts 人均 after a payer of one level, in the name or in the words it came from', () => {
    expect(withPerHead('长护险省级财政补助标准')).toBe('长护险省级财政人均补助标准');
    expect(withPerHead('县财政补贴')).toBe('县财政人均补贴');
    expect(withPerHead('财政补助标准', '其中各级财政的补助标准为每人每年')).toBe(
      '财政人均补助标准',
    );
  });

  it('titles a subsidy per head and year in a plan', () => {
    expect(named('居民大病保险财政补助标准提高到每人每年90元。')).toEqual([
      '大病保险人均财政补助标准',
    ]);
  });
});
