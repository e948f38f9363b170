import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set AK (a rate's bound that opens a condition
// with 时, a count after 每 that a density is per, a total told 至今, a range of things to build, a
// sex ratio after a clause of how it tends, a deadline with its month, a quota of work in 任务数, an
// estimate opened by 据推算, a heading run into a count's name by spaces), each tested in wording
// of its own.

const targets = (text: string) => extractTargets(text).targets;
const values = (text: string) => targets(text).map((t) => t.value);

describe("a rate's bound that closes a clause of 时", () => {
  it('says when the rest applies, and sets no aim itself', () => {
    const text = '各地结核病报告发病率在30/10万以下时,密切接触者筛查率应达到95%。';
    expect(values(text)).toEqual([95]);
  });

  it('leaves a bound that goes on to the next aim alone', () => {
    expect(values('到2025年,全省结核病报告发病率在30/10万以下,筛查率达到95%。')).toEqual([30, 95]);
  });
});

describe('a count right after 每', () => {
  it('is what a density is per, not a figure to reach', () => {
    const text = '该区力争五年内达到每5万人配置100台体外除颤器的目标。';
    expect(values(text)).toEqual([100]);
  });
});

describe('a total told with 至今', () => {
  it('is what stands today, not an aim', () => {
    expect(values('自2019年起全区逐步布设急救箱,至今布设数量超过了500个。')).toEqual([]);
  });

  it('leaves 至今年底 a deadline ahead', () => {
    expect(values('从即日起至今年底,全区新建急救站点12个。')).toEqual([12]);
  });
});

describe('a range of things to build', () => {
  it('is a floor to reach after 建 and 建立, as after 建设', () => {
    for (const text of ['十四五期间,全市将建3至4所区域医疗中心。', '全市将建立2~3个康复医联体。'])
      expect(targets(text).map((t) => t.comparator)).toEqual(['>=']);
  });
});

describe('a sex ratio at birth', () => {
  it('is read after 降低到', () => {
    expect(values('到2025年,全县出生人口性别比降低到109以下。')).toEqual([109]);
  });

  it('is read after a short clause of how it tends', () => {
    const found = targets('到2025年,全县出生人口性别比逐步趋于正常,降低至109以下。');
    expect(found.map((t) => [t.value, t.unit, t.comparator])).toEqual([[109, '男/100女', '<=']]);
  });
});

describe('a deadline written with its month', () => {
  it('gives the year of the target (2023年9月底前)', () => {
    const text = '市卫健委下发通知,要求各社区卫生服务中心2023年9月底前至少配备1名康复治疗师。';
    expect(targets(text).map((t) => t.year)).toEqual([2023]);
  });

  it('leaves a dated day a date', () => {
    const text = '2019年9月20日,全区召开部署会。到2022年,全区家庭医生签约率达到60%。';
    expect(targets(text).map((t) => t.year)).toEqual([2022]);
  });
});

describe('a quota of work in 任务数', () => {
  it('is a count to reach', () => {
    expect(values('本年度随访任务数3200人,复查任务数800人。')).toEqual([3200, 800]);
  });
});

describe('an estimate opened by 据推算 or 据统计', () => {
  it('tells how things stand, not an aim, on a page that aims ahead', () => {
    const text =
      '近日,县卫健委印发《老年健康促进方案》。据推算,全县约有3万名失能老人,85岁以上老人失能发生率约为25%。方案要求,到2030年,全县老年人健康管理率达到72%。';
    expect(values(text)).toEqual([72]);
  });

  it('still aims when the clause after it looks ahead', () => {
    expect(values('据测算,到2030年,全市老年人健康管理率达到75%。')).toEqual([75]);
  });
});

describe('a heading run into its first item by spaces', () => {
  it('is no part of the counted name (a lost line break)', () => {
    const text = '  (三)工作量  年度随访任务数4500人,入户宣教任务数900人。';
    expect(targets(text).map((t) => t.indicator)).toEqual(['年度随访任务数', '入户宣教任务数']);
  });
});
