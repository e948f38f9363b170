import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';
import { buildIndicatorMatcher } from './catalogue-names';

// Names on plans never seen (issue 14, names round 15, branch hnames), in wording of our own.
const HEADER = '2029年全市卫生健康工作要点\n';
const names = (body: string) => extractTargets(HEADER + body).targets.map((t) => t.indicator);
const literacy = buildIndicatorMatcher([
  { name: '居民健康素养水平', synonyms: ['健康素养水平'], unit: '%', direction: 'up' },
]);

describe("a spinner's stand-in after the residents", () => {
  it('keeps the residents of their own literacy', () => {
    expect(names('本市居民身体健康素养水平力争提升到31%。')).toEqual(['居民健康素养水平']);
  });

  it('keeps them before a catalogue word the stand-in straddles', () => {
    const t = extractTargets(`${HEADER}全市居民身体健康素养水平力争提升到31%。`, {
      catalogue: literacy,
    }).targets;
    expect(t.map((x) => [x.indicator, x.indicatorSource])).toEqual([
      ['居民健康素养水平', 'catalogue'],
    ]);
  });
});
