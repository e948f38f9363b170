import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from the misses left across the spent sets (seeds, dev and the hold-outs up to
// AX), grouped by class; each tested in wording of its own.

const targets = (text: string) => extractTargets(text).targets;

describe('a count of none aimed at', () => {
  it('reads a number of units brought to zero', () => {
    const [t] = targets('到2028年,全省血吸虫病未达消除标准的乡镇数为0。');
    expect(t).toMatchObject({ value: 0, unit: '个', kind: 'count', year: 2028 });
  });

  it('reads deaths brought to zero as cases', () => {
    const [t] = targets('2026年目标:全区因职业中毒导致的死亡为0。');
    expect(t).toMatchObject({ value: 0, unit: '例', kind: 'count' });
  });

  it('points it down, as nothing lies below zero', () => {
    const all = targets('到2030年,全省新发生的三级伤残比为0,学校内未达标的厕所数为0。');
    expect(all.map((t) => [t.value, t.kind, t.direction])).toEqual([
      [0, 'rate', 'down'],
      [0, 'count', 'down'],
    ]);
  });
});

describe('a sentence that opens by citing its survey', () => {
  it('reports what was measured, not an aim', () => {
    const text =
      '依据2019年第四次全省口腔健康流行病学调查结果,5岁儿童乳牙患龋率为70.9%。规划提出,到2030年将乳牙患龋率控制在60%以内。';
    expect(targets(text).map((t) => t.value)).toEqual([60]);
  });

  it('reads a figure after a year’s monitoring data as measured', () => {
    const text =
      '全市慢性病防治工作简报\n据2023年监测数据,全市高血压患者规范管理率达到65%。下一步,到2025年规范管理率要达到70%。';
    expect(targets(text).map((t) => t.value)).toEqual([70]);
  });
});

describe('a floor of one hour spelled 一', () => {
  it('is read as a time standard after a floor word', () => {
    const [t] = targets('到2027年,全市学生每天户外活动时间不少于一小时。');
    expect(t).toMatchObject({ value: 1, unit: '小时', comparator: '>=', year: 2027 });
  });

  it('is read with 个 between as well', () => {
    const [t] = targets('到2027年,保证全体学生每天运动至少一个小时。');
    expect(t).toMatchObject({ value: 1, unit: '小时' });
  });
});

describe('等 after a time standard', () => {
  it('closes a list of aims, it is no noun the time sizes', () => {
    const [t] = targets('到2026年,全县院前急救平均反应时间不超过12分钟等。');
    expect(t).toMatchObject({ value: 12, unit: '分钟', comparator: '<=' });
  });
});
