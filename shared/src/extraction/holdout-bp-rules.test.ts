import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set BP (assessment sheets and responsibility
// letters with points beside each aim, a province's population plan, a village committee's rules),
// each tested in wording of its own.

const values = (text: string) => extractTargets(text).targets.map((t) => t.value);

describe('the scoring rules of an assessment sheet (points-rules.ts)', () => {
  it('reads the aim and not the step its points fall by', () => {
    const text = '一、考核指标\n1.门诊病历书写合格率达95%(8分),每降低1个百分点扣0.5分;';
    expect(values(text)).toEqual([95]);
  });

  it('reads no aim in a change that only says when points are lost', () => {
    const text = '2.随访及时率达90%(6分),下降2个百分点扣1分;漏诊率上升1个百分点扣2分。';
    expect(values(text)).toEqual([90]);
  });

  it('reads no aim in a threshold past which a deduction falls', () => {
    const text = '3.报表差错控制在3%以内记5分,超过0.5个百分点扣1分。';
    expect(values(text)).toEqual([3]);
  });

  it('reads no aim in a per-head penalty written after a comma', () => {
    const text = '四、全年完成入户随访,每漏访1户,扣责任医生绩效工资。';
    expect(values(text)).toEqual([]);
  });

  it('reads no aim in a bonus counted per unit added', () => {
    const text = '新建规范化村卫生室每增加1所加0.5分。';
    expect(values(text)).toEqual([]);
  });

  it('keeps a change aimed at when nothing is deducted', () => {
    const text = '到2025年,全县吸烟率下降2个百分点,签约率提高5个百分点。';
    expect(values(text)).toEqual([2, 5]);
  });

  it('keeps a share taken out of a sum (扣除) as before', () => {
    const text = '到2025年,全市门诊费用增长率控制在5%以内,扣除价格因素后降低1个百分点。';
    expect(values(text)).toContain(5);
  });
});
