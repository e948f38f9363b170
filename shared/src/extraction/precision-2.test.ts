import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Precision round 2: false positives gathered across every hold-out set, each class tested in
// wording of its own.

const values = (text: string) => extractTargets(text).targets.map((t) => [t.value, t.unit]);

describe('units designated with 了 (确定了, 认定了, 遴选了) are a choice made (context-rules.ts ACHIEVED)', () => {
  it('drops every count the designation names', () => {
    expect(
      values('今年区卫健局牵头部署,全区共确定了12家定点医院和8家随访机构,保障项目顺利开展。'),
    ).toEqual([]);
    expect(values('经过专家评审,省里认定了26个示范社区。')).toEqual([]);
  });

  it("keeps a plan's own designation to make, written without 了 (guard)", () => {
    expect(values('2026年底前,全区确定12家定点医院。')).toEqual([[12, '家']]);
  });
});
