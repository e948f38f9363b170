import { describe, expect, it } from 'vitest';
import { directionOf } from './direction';
import { extractTargets } from './extract-targets';

const aim = (text: string) =>
  extractTargets(text).targets.map((t) => [t.indicator, t.comparator, t.direction, t.value]);

describe('conditions that screening looks for point down', () => {
  it.each(['学龄儿童近视率', '中小学生肥胖率', '成人超重率', '12岁儿童龋患率', '孕妇贫血率'])(
    '%s: lower is better',
    (name) => expect(directionOf(name, false)).toBe('down'),
  );

  it('treats reaching or keeping such a rate as a ceiling, not a floor', () => {
    expect(aim('到2026年，全市中小学生超重率保持在10%。')).toEqual([
      ['中小学生超重率', '<=', 'down', 10],
    ]);
    expect(aim('2027年，全县学龄儿童近视率达到40%。')).toEqual([
      ['学龄儿童近视率', '<=', 'down', 40],
    ]);
  });

  it('leaves the services against them pointing up', () => {
    for (const name of ['近视防控知识知晓率', '贫血筛查率', '肥胖干预覆盖率', '龋齿充填率'])
      expect(directionOf(name, false)).toBe('up');
  });
});
