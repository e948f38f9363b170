import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Counts whose verb or frame the extractor did not know, and count names (issue 14, branch
// counts2), each tested in wording of its own.

const targets = (text: string) => extractTargets(text).targets;

describe('people to enrol in an insurance scheme', () => {
  it('reads 参保 right before the figure as a count to reach', () => {
    const [t] = targets('2026年,全县灵活就业人员养老保险参保3.2万人,参保率保持在90%以上。');
    expect(t).toMatchObject({ value: 32000, unit: '人', kind: 'count' });
    expect(t?.indicator).toContain('参保人数');
  });

  it('reads 参合 the same way', () => {
    const [t] = targets('今年新型农村合作医疗参合46万人。');
    expect(t).toMatchObject({ value: 460000, unit: '人', kind: 'count' });
  });
});
