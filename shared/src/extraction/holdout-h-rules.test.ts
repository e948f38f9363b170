import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';
import { isGrowthAim } from './growth-aims';

// Rules written from the failure classes of hold-out set H, each tested in wording of its own.

describe('a growth verb aiming at a level', () => {
  it('is recognised before the number it aims at', () => {
    expect(isGrowthAim('平均寿命增长到')).toBe(true);
    expect(isGrowthAim('平均寿命增加至 ')).toBe(true);
    expect(isGrowthAim('平均寿命增长')).toBe(false);
    expect(isGrowthAim('增长到80岁的')).toBe(false);
    expect(isGrowthAim('平均寿命已经稳步增长到')).toBe(false);
    expect(isGrowthAim('平均寿命已增加至')).toBe(false);
  });

  it('makes a life span after 增长到 a target, and its from-value a baseline', () => {
    const r = extractTargets('到2028年,本县人均预期寿命由2022年的76.4岁增长到77.9岁。');
    expect(r.targets).toHaveLength(1);
    expect(r.targets[0]).toMatchObject({ value: 77.9, unit: '岁', year: 2028, comparator: '>=' });
  });

  it('keeps an age before a noun out, whatever verb follows', () => {
    const r = extractTargets('到2028年,本县65岁以上老年人增长至12万人。');
    expect(r.targets.filter((t) => t.unit === '岁')).toHaveLength(0);
  });

  it('leaves growth told as done a statistic', () => {
    const r = extractTargets('到2026年,本县人均预期寿命已逐步增长至77.2岁,居全市前列。');
    expect(r.targets.filter((t) => t.value === 77.2)).toHaveLength(0);
  });

  it('leaves a past year’s growth a statistic', () => {
    const r = extractTargets(
      '2026年全县卫生工作计划。2019年至2024年,全县人均预期寿命从75.1岁增长到76.3岁。',
    );
    expect(r.targets.filter((t) => t.value === 76.3)).toHaveLength(0);
  });
});
