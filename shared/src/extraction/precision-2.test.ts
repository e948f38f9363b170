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

describe('a bad rate told as reached with a bare 达 is a finding (reached-harms.ts isReachedHarm)', () => {
  it('drops a disease rate that has come to a level', () => {
    expect(values('专家介绍,本省成人糖尿病患病率达11.9%,慢阻肺患病率达8.6%。')).toEqual([]);
  });

  it('drops a poor-eyesight rate too (视力不良率, direction.ts)', () => {
    expect(values('专家介绍,本省初中学生视力不良率達64.3%。')).toEqual([]);
  });

  it('keeps a rate that is good to raise, the rate a plan caps, and one with its year ahead (guards)', () => {
    expect(values('专家介绍,全市产前筛查率达85%。')).toEqual([[85, '%']]);
    expect(values('到2027年,全市成人糖尿病患病率控制在12%以内。')).toEqual([[12, '%']]);
    expect(values('到2027年,高血压患者规范管理率达65%。')).toEqual([[65, '%']]);
  });
});
