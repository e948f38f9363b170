import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set EC (a city's indicator table copied from
// a web page, one cell a line with each row's number on a line of its own), each tested in
// wording of its own.

const rows = (body: string) =>
  extractTargets(`某市卫生健康事业发展规划\n\n${body.split(' ').join('\n\n')}\n`).targets.map(
    (t) => [t.indicator, t.value, t.unit, t.year],
  );
const HEAD = '序号 指标名称 现状值(2021年) 2024年目标值';

describe('a numbered table flattened one cell a line', () => {
  it('ends a row at the next row’s number, not reading it as the target', () => {
    expect(
      rows(`${HEAD} 1 每千人口医疗机构床位数(张) 5.1 5.6 2 孕产妇系统管理率(%) 91 93 3 说明`),
    ).toEqual([
      ['每千人口医疗机构床位数', 5.6, '张', 2024],
      ['孕产妇系统管理率', 93, '%', 2024],
    ]);
  });

  it('reads no figure in a row whose aim is told in words', () => {
    expect(
      rows(`${HEAD} 1 新生儿死亡率(‰) 3.2 逐步下降 2 孕产妇系统管理率(%) 91 93 3 说明`),
    ).toEqual([['孕产妇系统管理率', 93, '%', 2024]]);
  });

  it('keeps a cell equal to the next number when a figure follows it (guard)', () => {
    expect(rows(`${HEAD} 1 村卫生室数(个) 2 3 2 孕产妇系统管理率(%) 91 93 3 说明`)).toEqual([
      ['村卫生室数', 3, '个', 2024],
      ['孕产妇系统管理率', 93, '%', 2024],
    ]);
  });
});

describe('a flattened table’s label that lost its closing bracket', () => {
  it('reads the unit after the open bracket (`…率(%`)', () => {
    expect(rows(`${HEAD} 1 孕产妇系统管理率(% 91 93 2 说明`)).toEqual([
      ['孕产妇系统管理率', 93, '%', 2024],
    ]);
  });
});

describe('a from-to spelling out a change the sentence says was made', () => {
  const news = (s: string) =>
    extractTargets(`2006年某省卫生工作\n${s}`).targets.map((t) => [t.value, t.unit]);

  it('is told done (`进行了调整,由…扩大到…`)', () => {
    expect(
      news('近日,省卫生厅对新农合报销用药范围进行了调整,由500多个品种扩大到700多个品种。'),
    ).toEqual([]);
  });

  it('keeps a change still to make, without 了 (guard)', () => {
    expect(news('今年将对新农合报销用药范围进行调整,由500多个品种扩大到700多个品种。')).toEqual([
      [700, '个'],
    ]);
  });

  it('keeps a from-to that looks ahead after the made change (guard)', () => {
    expect(news('去年对报销范围进行了调整,今年将由500个品种扩大到700个品种。')).toEqual([
      [700, '个'],
    ]);
  });
});

describe('a count of units rebuilt', () => {
  const names = (s: string) =>
    extractTargets(`2019年某县卫生工作要点\n${s}`).targets.map((t) => t.indicator);

  it('is titled by the units, then the rebuilding (`改造…家X` → X改造数)', () => {
    expect(names('今年新改造12家村卫生室。')).toEqual(['村卫生室改造数']);
  });

  it('keeps a rebuilding the units already carry after them (guard)', () => {
    expect(names('今年完成60座农村公厕建设改造。')).toEqual(['农村公厕建设改造数']);
  });
});
