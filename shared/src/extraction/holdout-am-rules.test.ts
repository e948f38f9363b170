import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set AM (parts of the country written whole
// before one indicator, names that stand in the clause before a comma and 分别, the rest of a list
// of values taken for units, years of work already spent before a result, a year that dates what
// has happened), each tested in wording of its own.

const targets = (text: string) => extractTargets(text).targets;

describe('parts of the country written whole before one indicator', () => {
  it('names the indicator once and makes each part its scope (东部、中部、西部地区…分别)', () => {
    const found = targets('到2020年,东部、中部、西部地区乡镇卫生院达标率分别达到95%、90%、85%。');
    expect(found.map((t) => [t.indicator, t.scope, t.value])).toEqual([
      ['乡镇卫生院达标率', '东部地区', 95],
      ['乡镇卫生院达标率', '中部地区', 90],
      ['乡镇卫生院达标率', '西部地区', 85],
    ]);
  });

  it('reads parts written with 地区 each (东部地区、西部地区…)', () => {
    const found = targets('东部地区、西部地区农村改厕率分别达到90%和70%。');
    expect(found.map((t) => [t.indicator, t.scope])).toEqual([
      ['农村改厕率', '东部地区'],
      ['农村改厕率', '西部地区'],
    ]);
  });
});

describe('names in the clause before a comma and 分别', () => {
  it('pairs the names with the values after the comma', () => {
    const found = targets('到2025年,全区孕产妇系统管理率和儿童健康管理率,分别达到92%和90%。');
    expect(found.map((t) => [t.indicator, t.value])).toEqual([
      ['孕产妇系统管理率', 92],
      ['儿童健康管理率', 90],
    ]);
  });

  it('starts the list after the time that leads it, not at a heading run into it', () => {
    const found = targets(
      '(三)签约与履约服务 至2018年家庭医生签约率和续约率,分别达到45%和70%以上。',
    );
    expect(found.map((t) => t.indicator)).toEqual(['家庭医生签约率', '续约率']);
  });

  it('never names a figure by the values that follow it', () => {
    const found = targets('工作目标:分别达到80%和60%以上。');
    expect(found.every((t) => !/\d/.test(t.indicator))).toBe(true);
  });
});

describe('years of work already spent before a result', () => {
  it('makes the result an achievement when a deed done with 了 follows (经过…探索,建成了…)', () => {
    const text = '该县经过五年的探索,建成了县乡村一体的服务网络,基层就诊率达到70%。';
    expect(targets(text)).toEqual([]);
  });

  it('leaves an aim the sentence turns to afterwards (力争到…)', () => {
    const text = '经过三年努力,建成了区域医疗中心,力争到2025年县域内就诊率达到90%。';
    expect(targets(text).map((t) => [t.value, t.year])).toEqual([[90, 2025]]);
  });

  it('leaves a plan that only says how long the work will take', () => {
    const text = '经过三年的建设,全县乡镇卫生院标准化率达到100%。';
    expect(targets(text).map((t) => t.value)).toEqual([100]);
  });
});

describe('a year that dates what has happened', () => {
  it('is no year of the page (2016-2018年间发生过…)', () => {
    const page = '本年全县将对2016-2018年间发生过麻疹病例的村开展查漏补种,补种率达到95%。';
    const result = extractTargets(page);
    expect(result.document.year).toBeNull();
    expect(result.targets.map((t) => t.year)).toEqual([null]);
  });

  it('leaves the year the page plans for', () => {
    const page = '2019年全县将对2016-2018年间发生过麻疹病例的村开展查漏补种,补种率达到95%。';
    expect(targets(page).map((t) => t.year)).toEqual([2019]);
  });
});
