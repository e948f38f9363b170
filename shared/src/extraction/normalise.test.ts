import fc from 'fast-check';
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
    expect(normalise('二○一一').text).toBe('二〇一一');
    expect(normalise('第二O一二号').text).toBe('第二〇一二号');
    expect(normalise('○形').text).toBe('○形');
  });

  it('writes a year spelled digit by digit (二○一一年) in digits, keeping the length', () => {
    expect(normalise('二○一一年').text).toBe('2011年');
    expect(normalise('二O一二年').text).toBe('2012年');
    expect(normalise('一九九八年').text).toBe('1998年');
    expect(normalise('二十二年').text).toBe('二十二年');
  });

  it('counts offsets in code points when the original has astral characters', () => {
    const src = '𠀀𠀁覆盖率达到90%';
    const n = normalise(src);
    const at = n.text.indexOf('90%');
    expect(n.toCodePoint(n.toOriginalUnit(at))).toBe(7);
  });

  // The folds run as one pass over the text; this is the chain of whole-text replaces they
  // stand for, in its order (widths, then 0 inside an Arabic figure, then 〇 between digits, then radicals), written out plainly;
  // after them a year spelled digit by digit before 年 (二〇二二年) is written in digits.
  const byReplaces = (s: string) =>
    s
      .replace(/[\uff01-\uff5e]/g, (c, at: number, all: string) =>
        c === '，' && /[0-9]/.test(all[at - 1] ?? '') && /[0-9]/.test(all[at + 1] ?? '')
          ? c
          : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
      )
      .replace(/[\u3000\u00a0]/g, ' ')
      .replace(/[\ufe50-\ufe6b]/g, (c) => {
        const n = c.normalize('NFKC');
        return n.length === 1 ? n : c;
      })
      .replace(/[○O]/g, (c, at: number, all: string) =>
        /^[0-9○O\u4e00-\u9fff]/.test(all.slice(at + 1)) &&
        /(?<![0-9○OA-Za-z])[0-9][0-9○O]*$/.test(all.slice(0, at))
          ? '0'
          : c,
      )
      .replace(
        /[○Oo](?<=[〇零一二两三四五六七八九十][○Oo])(?=[〇零一二两三四五六七八九十○Oo]|(?<=[〇零一二三四五六七八九○Oo]{3}[○Oo])年)/g,
        '〇',
      )
      .replace(/[\u2e80-\u2fdf\uf900-\ufaff]/g, (c) => {
        const n = c.normalize('NFKC');
        return n.length === 1 ? n : c;
      })
      .replace(
        /(?<![〇零一二两三四五六七八九十百千万亿])(?:一九|二[〇零])[〇零一二三四五六七八九]{2}(?=年)/g,
        (y) =>
          [...y].map((d) => String('〇一二三四五六七八九'.indexOf(d === '零' ? '〇' : d))).join(''),
      );

  it('folds in one pass exactly as the chain of replaces would', () => {
    // Digits, zero look-alikes in both widths, spaces, full-width marks, radicals (⼀ and 六
    // are digits only after the 〇 rule has looked), and text with none of them; no traditional
    // characters and no line breaks, so simplification and joined lines stay out of it.
    const alphabet = [...'二○一〇OoＯｏ0９Ａ，（）％﹪﹔﹑﹒\u3000\u00a0 ⼀⽣\uf9d1率年'];
    const chars = fc.constantFrom(...alphabet);
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }), (cs) => {
        const s = cs.join('');
        expect(normalise(s).text).toBe(byReplaces(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps every length: each radical or compatibility ideograph folds to one unit', () => {
    let s = '';
    for (let c = 0x2e80; c <= 0x2fdf; c++) s += String.fromCharCode(c);
    for (let c = 0xf900; c <= 0xfaff; c++) s += String.fromCharCode(c);
    const n = normalise(s);
    expect(n.text.length).toBe(s.length);
    expect(n.text).not.toBe(s);
  });
});
