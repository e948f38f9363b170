import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set V (annual plans and the news of the
// meetings that set them), each tested in wording of its own.

const extracted = (text: string) => extractTargets(text);
const targets = (text: string) => extracted(text).targets;

describe('a story signed under its date', () => {
  const story =
    '全区启动儿童接种宣传周\n\n2019-05-10 09:12:40\n作者:某某\n责任编辑:某某\n\n' +
    '区卫健局介绍,2018年,全区共接种免疫规划疫苗12万剂次,各苗接种率均在96%以上。\n\n' +
    '今年,全区适龄儿童麻疹疫苗接种率要达到98%以上。';

  it('takes the year of its date when the body writes only earlier years', () => {
    expect(extracted(story).document.year).toBe(2019);
  });

  it('so a sentence that opens with last year reports it, and this year’s aim stays', () => {
    expect(targets(story).map((t) => [t.value, t.year])).toEqual([[98, 2019]]);
  });

  it('leaves a date with no byline under it to the body', () => {
    const bare = story.replace('作者:某某\n责任编辑:某某\n', '');
    expect(extracted(bare).document.year).toBe(2018);
  });
});

describe('a meeting that reviews one year and plans the next', () => {
  const news =
    '某县召开卫生工作会议\n' +
    '会议回顾总结了2020年全县卫生工作,安排部署2021年重点任务。会议充分肯定了2020年全县卫生' +
    '系统取得的成绩。今年,全县孕产妇系统管理率要达到92%以上。';

  it('plans the year it deploys, not the year it sums up', () => {
    expect(targets(news).map((t) => t.year)).toEqual([2021]);
  });

  it('does not count the year it sums up or praises for the plan’s', () => {
    const lead =
      '某市部署今年卫生工作\n' +
      '日前召开的全市卫生工作会议全面总结2019年工作,谋划部署2020年工作。副市长肯定了2019年' +
      '全市卫生工作的成绩,要求今年全市产前筛查率达到85%以上。';
    expect(targets(lead).map((t) => t.year)).toEqual([2020]);
  });
});

describe('a list head above one aim a line', () => {
  const plan =
    '2023年某市卫生事业发展意见\n\n一、总体目标\n\n' +
    '到2026年,全市卫生服务能力明显增强。主要目标如下:\n\n' +
    '基层服务更加便捷,基层就诊率达到65%以上。\n\n' +
    '慢病管理更加规范,高血压患者规范管理率达到70%以上。';

  it('gives the items below it the head’s year', () => {
    expect(targets(plan).map((t) => [t.value, t.year])).toEqual([
      [65, 2026],
      [70, 2026],
    ]);
  });

  it('does not reach back across a heading', () => {
    const cut = plan.replace('基层服务更加便捷', '二、主要任务\n\n基层服务更加便捷');
    expect(targets(cut).map((t) => t.year)).toEqual([2023, 2023]);
  });
});

describe('the place of a page that names itself only by its level', () => {
  it('reads a placeholder place after a site tag before the title', () => {
    const text =
      'PDF 2022年某区卫生健康工作要点\n\n今年,家庭医生签约服务覆盖率达到45%以上,' +
      '每千人口执业医师数达到或超过全市平均水平。';
    expect(targets(text).map((t) => t.region)).toContain('某区');
  });

  it('does not take the whole a figure is measured against for the page', () => {
    const text =
      '卫生健康工作要点\n\n人均预期寿命高于全省平均水平,婴儿死亡率低于全省平均水平。' +
      '全县卫生系统要抓好落实。今年,孕产妇住院分娩率达到99%。';
    expect(targets(text).find((t) => t.value === 99)?.region).toBe('全县');
  });
});

describe('a meeting’s headcount', () => {
  it('is no count to reach', () => {
    const text =
      '某县召开2021年卫生健康工作会议,各乡镇卫生院院长、局机关干部约120人参加会议。' +
      '今年全县新建标准化村卫生室15所。';
    expect(targets(text).map((t) => t.value)).toEqual([15]);
  });
});

describe('a share written before the units, with no 的', () => {
  it('names the units and what they can do, not the figure of the clause before', () => {
    const text =
      '2020年卫生工作要点\n今年,家庭医生签约率达到40%,95%以上社区卫生服务站能够提供康复服务。';
    expect(targets(text).map((t) => [t.value, t.indicator])).toEqual([
      [40, '家庭医生签约率'],
      [95, '能提供康复服务的社区卫生服务站比例'],
    ]);
  });

  it('reads units that reach a standard the same way', () => {
    const text =
      '2020年卫生工作要点\n今年,家庭医生签约率达到40%,90%以上乡镇卫生院达到服务能力基本标准。';
    expect(targets(text).map((t) => t.indicator)).toEqual([
      '家庭医生签约率',
      '乡镇卫生院达到服务能力基本标准比例',
    ]);
  });
});
