import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

const HEADER = '2026年全县医疗保障工作要点\n';
const read = (body: string) =>
  extractTargets(HEADER + body).targets.map((t) => [t.indicator, t.scope, t.value]);

describe('levels of care listed before one payment share', () => {
  it('gives each value its level when no facility word follows the levels', () => {
    expect(read('乡、县、市住院报销比例分别提高到88%、78%、58%。')).toEqual([
      ['住院费用报销比例', '乡级', 88],
      ['住院费用报销比例', '县级', 78],
      ['住院费用报销比例', '市级', 58],
    ]);
  });

  it('reads 地 in such a list as the prefecture level', () => {
    expect(read('乡、县、地住院报销比例分别提高到82%、72%、62%。')).toEqual([
      ['住院费用报销比例', '乡级', 82],
      ['住院费用报销比例', '县级', 72],
      ['住院费用报销比例', '地级', 62],
    ]);
  });
});

describe('a list of values after a change to a level written with 至 or 为', () => {
  it('reads the values in the order of the grades', () => {
    expect(read('到2027年,一级、二级、三级医院住院报销比例上升为86%、76%、56%。')).toEqual([
      ['住院费用报销比例', '一级医院', 86],
      ['住院费用报销比例', '二级医院', 76],
      ['住院费用报销比例', '三级医院', 56],
    ]);
    expect(read('一级、二级医院门诊报销比例提高至55%、45%。').map((r) => r[1])).toEqual([
      '一级医院',
      '二级医院',
    ]);
  });
});
