import { describe, expect, it } from 'vitest';
import { normalise } from './normalise';

/** The original slice behind a normalised range, by code points. */
function back(src: string, from: number, to: number): string {
  const n = normalise(src);
  const start = n.toCodePoint(n.toOriginalUnit(from));
  const end = n.toCodePoint(n.toOriginalUnit(to - 1)) + 1;
  return [...src].slice(start, end).join('');
}

describe('normalise', () => {
  it('converts traditional to simplified without changing length', () => {
    expect(normalise('醫療衛生機構門診費用').text).toBe('医疗卫生机构门诊费用');
  });

  it('strips inline pinyin after Han characters and maps offsets back', () => {
    const src = '住院補償比達(dá)到80%以上';
    const n = normalise(src);
    expect(n.text).toBe('住院补偿比达到80%以上');
    const at = n.text.indexOf('80%');
    expect(back(src, at - 2, at + 5)).toBe('達(dá)到80%以上');
  });

  it('keeps brackets that are not pinyin', () => {
    expect(normalise('项目(一期)建设').text).toBe('项目(一期)建设');
    expect(normalise('医师(助理)').text).toBe('医师(助理)');
  });

  it('folds full-width forms and spaces', () => {
    expect(normalise('达到９５％，（试行）\u3000').text).toBe('达到95%,(试行) ');
  });

  it('reads ○ and O between Chinese digits as 〇', () => {
    expect(normalise('二○一一年').text).toBe('二〇一一年');
    expect(normalise('二O一二年').text).toBe('二〇一二年');
    expect(normalise('○形').text).toBe('○形');
  });

  it('counts offsets in code points when the original has astral characters', () => {
    const src = '𠀀𠀁覆盖率达到90%';
    const n = normalise(src);
    const at = n.text.indexOf('90%');
    expect(n.toCodePoint(n.toOriginalUnit(at))).toBe(7);
  });
});
