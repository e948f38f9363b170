import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

const values = (text: string) => extractTargets(text).targets.map((t) => t.value);

describe('what a plan reports rather than sets', () => {
  it('skips the figures of a review of the past year up to the next heading', () => {
    const text = [
      '2021年全县卫生健康工作要点',
      '一、2020年工作回顾',
      '全年新农合参合率达98.2%,新建村卫生室36所。',
      '(一)疾病防控',
      '儿童免疫规划疫苗接种率为96%。',
      '二、2021年工作目标',
      '新农合参合率稳定在98%以上。',
    ].join('\n');
    expect(values(text)).toEqual([98]);
  });

  it('does not treat a heading that also looks ahead as a review', () => {
    const text = '2021年全县工作计划\n一、工作总结与目标任务\n孕产妇系统管理率达到92%。';
    expect(values(text)).toEqual([92]);
  });

  it('drops counts of dimensions or areas of work', () => {
    expect(values('2021年全县工作计划\n从环境、服务、文化等4个维度推进健康村镇建设。')).toEqual([]);
  });
});

describe('bounds and directions plans write tersely', () => {
  const first = (body: string) => extractTargets(`2021年全县工作计划\n${body}`).targets[0]!;

  it('reads 低N% without 于 as below', () => {
    const t = first('乙肝表面抗原阳性率低1%。');
    expect([t.comparator, t.value]).toEqual(['<', 1]);
  });

  it('points failure rates down', () => {
    const t = first('传染病未及时报告率达到1%。');
    expect([t.direction, t.comparator]).toEqual(['down', '<=']);
  });

  it('keeps a time standard but not a service radius', () => {
    const ts = extractTargets(
      '2021年全县工作计划\n学生每天校内体育活动不少于60分钟,打造15分钟健身圈。',
    ).targets;
    expect(ts.map((t) => [t.value, t.unit, t.comparator])).toEqual([[60, '分钟', '>=']]);
  });
});

describe('a page that prints last year’s report before this year’s plan', () => {
  it('skips the report from its title line to the plan’s title line', () => {
    const text = [
      '关于印发年度总结和工作要点的通知',
      '2025年全县卫生健康工作总结',
      '一、基本公共卫生',
      '全年节约药品采购费用0.8亿元,门诊人次增长4.2%。',
      '2026年全县卫生健康工作要点',
      '一、公共卫生',
      '高血压患者规范管理率达到65%以上。',
    ].join('\n');
    expect(values(text)).toEqual([65]);
  });
});

describe('fund balances', () => {
  it('keeps a ceiling on an accumulated balance, named without its bound or modality words', () => {
    const t = extractTargets(
      '2021年全县医保工作计划\n医保基金累计结余原则上不超过当年基金收入的30%。',
    ).targets;
    expect(t.map((x) => [x.indicator, x.value, x.comparator])).toEqual([
      ['医保基金累计结余占当年基金收入比例', 30, '<='],
    ]);
  });

  it('still reads 累计 before a verb as an achieved total', () => {
    expect(values('2021年全县工作计划\n去年底全县累计建成村卫生室120所。')).toEqual([]);
  });
});

describe('pages that only report', () => {
  const texts = (body: string) => extractTargets(body).targets.map((t) => t.value);

  it('takes nothing from news of a review meeting or of a past year’s announced figures', () => {
    expect(
      texts(
        '前天,全县召开基本公共卫生服务2024年度考核总结会。\n会上通报,全县高血压患者规范管理率为72.4%,较上年提高3个百分点,老年人健康管理率达到了68%。',
      ),
    ).toEqual([]);
    expect(
      texts(
        '市卫健委近日公布2024年全市居民健康素养监测结果。全市居民健康素养水平达到31.2%,比2019年高出9个百分点。',
      ),
    ).toEqual([]);
  });

  it('still reads targets when the meeting also sets next year’s work', () => {
    expect(
      texts(
        '全县召开卫生健康工作总结会,部署2025年重点任务。会议要求,2025年全县高血压患者规范管理率达到75%以上。',
      ),
    ).toEqual([75]);
  });

  it('reads a verb of doing with 了 as done, 达到了 still as an aim', () => {
    expect(values('2021年全县工作计划\n上半年已完成村医轮训,新建了卫生室15所。')).toEqual([]);
    expect(values('2021年全县工作计划\n儿童健康管理率要达到了90%以上。')).toEqual([90]);
  });

  it('takes a number after a reference as the target, not a value-less reference', () => {
    const t = extractTargets(
      '2021年全市工作计划\n低出生体重发生率低于全省平均水平1个百分点。',
    ).targets;
    expect(t.map((x) => [x.value, x.unit])).toEqual([[1, '个百分点']]);
  });
});

describe('a paragraph that tells what was achieved', () => {
  it('is a review when it says nothing of what is to come', () => {
    expect(
      values(
        '某县妇幼卫生\n全县妇幼工作取得显著成效,孕产妇系统管理率达96%,儿童保健覆盖率达93%。\n全县孕产妇系统管理率要达到97%。',
      ),
    ).toEqual([97]);
  });

  it('is no review when it goes on to an aim', () => {
    expect(values('某县\n去年工作取得了明显成效,今年全县儿童保健覆盖率要达到95%。')).toEqual([95]);
  });
});
