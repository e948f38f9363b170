import fc from 'fast-check';
import { ConverterFactory } from 'opencc-js/core';
import { from as fromDicts, to as toDicts } from 'opencc-js/preset/t2cn';
import { describe, expect, it } from 'vitest';
import { groupsConverter } from './script-conversion';

// The faster converter must give opencc-js's string for any string: the same dictionaries, and
// the characters that matter most to the walk (words' openings, their later characters, surrogate
// pairs and lone halves, ideographic description sequences) mixed with ones no word holds.
describe('groupsConverter', () => {
  const groups = [...(fromDicts.hk ?? []), ...(toDicts.cn ?? [])];
  const opencc = ConverterFactory(...groups);
  const fast = groupsConverter(groups);

  it('converts a traditional line as opencc-js does', () => {
    for (const line of [
      '衛生健康委員會關於印發醫療機構設置規劃的通知',
      '到2025年，全區醫療衛生服務體系進一步健全，每千人口執業(助理)醫師數達到3.2人。',
      '臺灣、香港與澳門的醫院床位數',
      '',
      'plain ascii, 简体字, 123%',
    ])
      expect(fast(line)).toBe(opencc(line));
  });

  it('steps over surrogate pairs, lone halves and description sequences as opencc-js does', () => {
    for (const s of ['𠀋衛生𠀋', '\ud800衛\udc00生', '⿰氵每衛', '⿲⿰木木木醫', '衛⿰', '⿱'])
      expect(fast(s)).toBe(opencc(s));
  });

  it('gives opencc-js string for random mixtures', () => {
    const keys = groups
      .flat()
      .flatMap((d) =>
        typeof d === 'string' ? d.split('|').map((e) => e.split(' ')[0]!) : d.map(([k]) => k),
      );
    const units = [
      ...new Set(keys.slice(0, 400).join('') + '的一是在人有了医院卫生⿰⿱⿲,，。 \n1'),
      '𠀋',
      '\ud800',
      '\udc00',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...units, ...keys.slice(0, 200)), { maxLength: 30 }),
        (cs) => {
          const s = cs.join('');
          expect(fast(s)).toBe(opencc(s));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
