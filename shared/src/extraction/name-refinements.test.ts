import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';
import { sharedByPair } from './name-refinements';

const HEADER = '2026年全区卫生健康工作要点\n';
const named = (body: string) => extractTargets(HEADER + body).targets.map((t) => t.indicator);

describe('two rates that 均 gives one figure are titled as a pair', () => {
  it('joins the pair with 和', () => {
    expect(sharedByPair('出院患者随访率、复诊率', '出院患者随访率、复诊率均达到')).toBe(
      '出院患者随访率和复诊率',
    );
    expect(named('高血压患者随访率、血压控制率均达到85%以上。')).toEqual([
      '高血压患者随访率和血压控制率',
    ]);
  });

  it('keeps the list marks without 均, and for three rates', () => {
    expect(sharedByPair('出院患者随访率、复诊率', '出院患者随访率、复诊率达到')).toBeNull();
    expect(sharedByPair('甲率、乙率、丙率', '甲率、乙率、丙率均达到')).toBeNull();
  });
});
