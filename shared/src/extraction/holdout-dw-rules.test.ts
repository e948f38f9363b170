import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set DW (health-supervision plans and their
// sampling shares, a statistics page of supervision results, a Taiwan note of a council's first
// results, a province's 爱国卫生 aims in traditional script), each tested in wording of its own.

const targets = (text: string) => extractTargets(text).targets;
const values = (text: string) => targets(text).map((t) => [t.value, t.unit]);

describe('a count cited at the head of a clause (经统计, 据统计) with no comma after it', () => {
  it('tells counted figures, up to the end of its line', () => {
    expect(
      values('为掌握职业病底数,本市建立了报告制度,经统计全市的报告数达1,500例,其中尘肺病共420例。'),
    ).toEqual([]);
  });

  it('leaves an aim the same line looks ahead to (guard)', () => {
    expect(values('经统计,全市现有床位3000张,到2025年要新增床位500张。')).toEqual([[500, '张']]);
  });

  it('reads a survey named by its kind as the ground of work to do, not a count (调查摸底)', () => {
    expect(values('根据调查摸底,全镇需完成1200户农户卫生厕所改造,新建公共厕所12座。')).toEqual([
      [1200, '户'],
      [12, '座'],
    ]);
  });
});

describe('the reports of many bodies a bulletin cites as its source (根据各地报告,)', () => {
  it('tells reported figures after it on its line', () => {
    expect(values('根据各地报告,全省设置监测点120个,对8类食品抽检3000份。')).toEqual([]);
    expect(values('根据18个开展哨点监测的地市报告,2022年,全省监测门诊病例3200例。')).toEqual([]);
  });

  it('counts, inside it, the bodies that reported: no aim', () => {
    expect(values('根据9个区及开发建设管委会报告,全市流感样病例占比为4.1%。')).toEqual([]);
  });

  it('leaves a line that turns to this year or the plan (guard)', () => {
    expect(values('根据12个区县疾控机构上报的数据,今年全市完成监测3000份。')).toEqual([
      [3000, '份'],
    ]);
  });
});

describe('a quality bettered by a share of its base year (比2020年改善30%)', () => {
  it('is a change aimed at, named for its own verb', () => {
    const found = targets('到2025年,全市环境空气质量比2020年改善30%左右。');
    expect(found.map((t) => [t.value, t.unit, t.comparator, t.indicator])).toEqual([
      [30, '%', '~', '环境空气质量改善幅度'],
    ]);
  });
});

describe('clinic sessions counted in 诊', () => {
  it('is a count to reach', () => {
    expect(values('到2026年,每周专家门诊开设量将达到60诊以上。')).toEqual([[60, '诊']]);
  });

  it('leaves 诊 opening a word of its own (guard)', () => {
    expect(values('到2026年,全县新建3诊所,设置5诊室。').map(([, u]) => u)).not.toContain('诊');
  });
});

describe('Taiwan’s council of labour affairs (劳委会) as it was named before 2014', () => {
  it('marks a page of 我国 as Taiwan’s', () => {
    const { document } = extractTargets('劳委会表示,我国职业病门诊明年将增加到120诊以上。');
    expect([document.region, document.regionCode]).toEqual(['台湾', '710000']);
  });
});
