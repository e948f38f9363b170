import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';
import { changeWord, withoutChangeWord } from './change-words';

// Change names that follow the plan's own verb (issue 14, naming round 12), in wording of our own.
const HEADER = '2027年全县医疗服务工作安排\n';
const names = (body: string) => extractTargets(HEADER + body).targets.map((t) => t.indicator);

describe('a volume that grows by a per cent', () => {
  it('is named for its growth rate', () => {
    expect(names('力争全年出院人次比上年增长7%。')).toEqual(['出院人次增长率']);
  });

  it('is named for a yearly growth rate when it grows each year', () => {
    expect(names('力争中药饮片收入年均增长12%以上。')).toEqual(['中药饮片收入年均增长率']);
  });

  it('keeps a difference for a share that grows by points', () => {
    expect(changeWord('家庭医生签约率', '增长', '提高', false)).toBe('增长幅度');
    expect(changeWord('健康素养水平', '增长', '提高', true)).toBe('年增长幅度');
  });
});

describe('a share raised with 提升', () => {
  it('is named with the verb the plan uses', () => {
    expect(names('到2027年,儿童眼保健覆盖率较2024年提升4个百分点。')).toEqual([
      '儿童眼保健覆盖率提升幅度',
    ]);
  });

  it('leaves a sum raised with 提升, 提高 and the lowering verbs as they were', () => {
    expect(changeWord('门诊诊查费', '提升', '提高', false)).toBe('提高幅度');
    expect(changeWord('签约率', '提高', '提高', false)).toBe('提高幅度');
    expect(changeWord('吸烟率', '降低', '下降', true)).toBe('年下降幅度');
  });
});

describe('a level after a change', () => {
  it('drops the growth words of the change it follows', () => {
    expect(names('力争药品集中采购金额比上年增长9%,达到2.6亿元。')).toEqual([
      '药品集中采购金额增长率',
      '药品集中采购金额',
    ]);
    expect(names('力争门诊预约就诊率较上年增长5个百分点,达到60%。')).toEqual([
      '门诊预约就诊率增长幅度',
      '门诊预约就诊率',
    ]);
  });

  it('keeps a rate that is a name of its own', () => {
    expect(withoutChangeWord('人口自然增长率', '人口自然增长率控制在5‰以内')).toBe(
      '人口自然增长率',
    );
    expect(withoutChangeWord('儿童眼保健覆盖率提升幅度', '提升4个百分点')).toBe('儿童眼保健覆盖率');
  });
});

describe('a sum of money raised against a baseline', () => {
  it('is named for the sum added', () => {
    expect(names('乡村医生补助标准比上年提高50元。')).toEqual(['乡村医生补助标准提高额']);
  });

  it('keeps 幅度 for an age or a share', () => {
    expect(changeWord('人均预期寿命', '提高', '提高', false, '岁')).toBe('提高幅度');
    expect(changeWord('补助标准', '降低', '下降', false, '元')).toBe('下降幅度');
  });
});
