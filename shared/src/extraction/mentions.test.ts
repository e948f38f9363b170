import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMentions } from './mentions';
import { GROUP, MENTION, MENTION_SOURCE, mentionMatches } from './mention-pattern';

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

  it('finds the same in a long run of numerals, with and without a counting word after it', () => {
    for (const end of ['个', '元', '万元', '率', '分之三', '成', '']) {
      const s = `共${'三十二百'.repeat(20)}${end}`;
      expect(skipping(s)).toEqual(everyMatch(s));
    }
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

describe('MENTION groups', () => {
  it('names every group it captures, in the order GROUP numbers them', () => {
    // The named pattern with an empty alternative added matches '' and shows every group it has.
    const m = new RegExp(`${MENTION_SOURCE}|`).exec('')!;
    const names = Object.keys(m.groups ?? {});
    expect(names).toHaveLength(m.length - 1);
    expect(names).toEqual(Object.keys(GROUP));
    expect(names.map((n) => GROUP[n as keyof typeof GROUP])).toEqual(names.map((_, i) => i + 1));
  });

  it('reads each part by the same number with the names taken out', () => {
    for (const s of ['五分之一', '1/4', '3%-5%人', '十二所', '率%', '7成']) {
      const m = new RegExp(MENTION_SOURCE).exec(s)!;
      const plain = new RegExp(MENTION.source).exec(s)!;
      expect(plain.groups).toBeUndefined();
      for (const [name, n] of Object.entries(GROUP)) expect(plain[n]).toBe(m.groups![name]);
    }
  });

  it('reads one mention of each alternative by its own group', () => {
    const s = '覆盖率千分之五,占比1/4,床位12张,建成三所,提高到%,力争7成';
    expect(findMentions(s).map((m) => [m.value, m.unit, m.source])).toEqual([
      [5, '‰', 'spelled'],
      [25, '%', 'fraction'],
      [12, '张', 'arabic'],
      [3, '所', 'chinese'],
      [null, '%', 'empty'],
      [70, '%', 'spelled'],
    ]);
  });
});
