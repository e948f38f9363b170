import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set AY (a list of years sharing one 到, a
// year named the year of the work, counts told without an aim word, …), each tested in wording
// of its own.

const targets = (text: string) => extractTargets(text).targets;

// A dated story that speaks of 今年 is read for the year it was published in (2024 here), so the
// years its body names before that are baselines unless something marks them as aims.
const story = (body: string) =>
  `来源: 本站 时间:2024-03-10 09:12:00\n\n条例将于今年7月提请审议。${body}`;

describe('years of an aim on a story dated later', () => {
  it('gives every year of a list after 到 its own value, not only the first and last', () => {
    const page = story(
      '据介绍,到2019年、2021年和2028年,县城公共场所禁烟覆盖率分别达到40%、60%和90%。',
    );
    expect(targets(page).map((t) => [t.value, t.year])).toEqual([
      [40, 2019],
      [60, 2021],
      [90, 2028],
    ]);
  });

  it('dates the tasks after a year called the year of the work with that year', () => {
    const page = story(
      '市卫健委介绍,2021年是行动的起步之年,主要任务是:推进立法;无烟学校覆盖率达到90%。',
    );
    expect(targets(page).map((t) => [t.value, t.year])).toEqual([[90, 2021]]);
  });
});

describe('places where a unit is to be set up', () => {
  it('counts the places picked out as fit for the work', () => {
    const found = targets('全县在其他具备条件的5个乡镇建立家庭医生工作室。');
    expect(found.map((t) => [t.value, t.indicator])).toEqual([[5, '建立家庭医生工作室的乡镇数']]);
  });

  it('reads 设置 and 组建 as setting up, as 建立 is', () => {
    expect(targets('今年要在12个村设置健康小屋。').map((t) => t.value)).toEqual([12]);
    expect(targets('明年在20个社区组建志愿服务队。').map((t) => t.value)).toEqual([20]);
  });

  it('relays a decision told in a news story as a plan', () => {
    const story =
      '本报讯 日前,全区首个健康驿站在城东街道启用。\n据了解,该区决定在6个社区建立健康驿站,方便群众就近测量血压。';
    expect(targets(story).map((t) => t.value)).toEqual([6]);
  });
});

describe('material a plan hands out', () => {
  it('counts booklets to hand out, in 本, when a plan word leads the verb', () => {
    const found = targets('区健康教育所计划发放控烟手册3000本。');
    expect(found.map((t) => [t.value, t.unit, t.kind, t.indicator])).toEqual([
      [3000, '本', 'count', '发放控烟手册数'],
    ]);
  });

  it('leaves what was handed out alone', () => {
    expect(targets('上月社区发放控烟手册3000本。')).toEqual([]);
  });
});

describe('the body that plans the work', () => {
  it('is no part of the name after its plan word', () => {
    const found = targets('市疾控中心计划新建哨点医院6家。');
    expect(found.map((t) => t.indicator)).toEqual(['新建哨点医院数']);
  });

  it('leaves what the plan is about in the name', () => {
    const found = targets('护理专业今年计划招生80人。');
    expect(found.map((t) => t.indicator)[0]).toContain('护理专业');
  });
});

describe('a share of units there are to be', () => {
  it('is named for the units and what they do, without 的 after the figure', () => {
    const found = targets('全县至少有60%医院开展日间手术。');
    expect(found.map((t) => t.indicator)).toEqual(['开展日间手术的医院比例']);
  });
});

describe('one verb leading a list of counts', () => {
  it('is dropped from the first item when its mates are named without it', () => {
    const found = targets(
      '到2025年,全区将创建市级示范食堂30个,市级示范餐厅40个,市级示范超市15个。',
    );
    expect(found.map((t) => t.indicator)).toEqual([
      '市级示范食堂数',
      '市级示范餐厅数',
      '市级示范超市数',
    ]);
  });

  it('stays on a count that stands alone', () => {
    expect(targets('到2025年,全区将创建市级示范食堂30个。')[0]!.indicator).toContain('创建');
  });
});
