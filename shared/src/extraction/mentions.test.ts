import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMentions, MENTION, mentionMatches } from './mentions';

// The pattern run as a plain global scan: what the skipping scan must find, match for match.
const everyMatch = (s: string) =>
  [...s.matchAll(new RegExp(MENTION.source, 'g'))].map((m) => [m.index, m[0]]);
const skipping = (s: string) => [...mentionMatches(s)].map((m) => [m.index, m[0]]);

describe('mentionMatches', () => {
  it('finds what a scan trying the pattern at every character finds', () => {
    // Openers of every alternative (digits, Chinese numerals, minus signs, %, ‰), the words
    // after them (units, 分之, range words) and characters that open nothing.
    const alphabet = [
      ...'0123456789.,/-−%‰ 一二三四五六七八九十百千万两零〇点分之个人岁元所家至到~余多率为达第A',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }), (cs) => {
        const s = cs.join('');
        expect(skipping(s)).toEqual(everyMatch(s));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads ranges opened by either minus sign, a spelled rate and a spelled count', () => {
    const s = '人口增长率控制在−2‰至2‰之间,物价涨幅-1%至3%,死亡率百分之十以下,新建两所医院,达到%';
    expect(skipping(s)).toEqual(everyMatch(s));
    expect(findMentions(s).map((m) => [m.value, m.valueMax, m.unit])).toEqual([
      [-2, 2, '‰'],
      [-1, 3, '%'],
      [10, null, '%'],
      [2, null, '所'],
      [null, null, '%'],
    ]);
  });
});
