import { describe, expect, it } from 'vitest';
import { trendFixture } from '@targetboard/shared/export/trend-fixture';
import { targetSourceHref, targetsByRegionYear } from './source-links';

describe('the trend table’s links to the plan sentence', () => {
  it('links a target stated in a document to that sentence, a target without one to nothing', () => {
    const reply = trendFixture();
    const chengdu = reply.regions[0]!;
    const stated = {
      ...chengdu.targets[0]!,
      source: { documentId: 12, start: 4, end: 20, quote: '孕产妇死亡率控制在12/10万以下。' },
    };
    expect(targetSourceHref(stated)).toBe(`/documents/12?target=${stated.targetId}`);
    expect(targetSourceHref(chengdu.targets[1]!)).toBe(null);
    const byYear = targetsByRegionYear({
      ...reply,
      regions: [{ ...chengdu, targets: [stated, chengdu.targets[1]!] }],
    });
    expect(byYear.get(`${chengdu.code}|2024`)).toBe(stated);
    expect(byYear.get(`${chengdu.code}|2025`)?.year).toBe(2025);
  });
});
