import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out sets CT (specific-disease projects: screening
// and check quotas, planned workloads, shares of counties) and CS (occupational health, emergency
// rescue), each tested in wording of its own.

const values = (text: string) => extractTargets(text).targets.map((t) => t.value);

describe('a progress meeting’s news that closes with its yearly aims (report-kind.ts)', () => {
  const lead = '5月8日,记者从全县老年人健康体检工作进展通报会上获悉,全县已有3200名老人完成体检。';
  it('keeps the aims told from now on (今后每年, 今后三年)', () => {
    expect(
      values(`${lead}全县今后每年为65岁以上老人免费体检,使老年人健康管理率达到70%以上。`),
    ).toEqual([70]);
    expect(values(`${lead}今后三年,全县高血压患者规范管理率达到65%。`)).toEqual([65]);
  });
  it('still reads the meeting’s own figures as reached', () => {
    expect(values(`${lead}体检覆盖率达62%。`)).toEqual([]);
  });
});

describe('a sum of work the page says it intends to do (拟)', () => {
  it('keeps 拟共完成 as a quota, not a tally of work done', () => {
    expect(values('市卫生局印发方案,全市拟共完成8000名孕妇的免费产前筛查。')).toEqual([8000]);
  });
  it('still reads a 共完成 without 拟 as work done', () => {
    expect(values('市卫生局印发方案,全市共完成8000名孕妇的免费产前筛查。')).toEqual([]);
  });
  it('leaves 拟定 (a plan drafted) no word of intent', () => {
    expect(values('该县拟定了方案,全县共完成8000名孕妇的免费产前筛查。')).toEqual([]);
  });
});

describe('a count that sizes a plan or a quota (figure-gates.ts)', () => {
  it('keeps 三千人的…计划, and 800例的…任务 with a verb of no making', () => {
    expect(values('全区今年将启动三千人的肺癌低剂量螺旋CT筛查计划。')).toEqual([3000]);
    expect(values('县医院今年将承接800例的白内障复明手术任务。')).toEqual([800]);
  });
  it('still reads a count that only describes', () => {
    expect(values('全区将启动三千人的肺癌低剂量螺旋CT筛查。')).toEqual([]);
    expect(values('县医院今年将承接800例白内障复明手术。')).toEqual([]);
  });
});

describe('a rate’s bound that says which places a share counts (criteria.ts)', () => {
  it('reads the share, not the bound after its places', () => {
    expect(values('到2025年,全市95%以上的乡镇碘缺乏病患病率低于5%。')).toEqual([95]);
    expect(values('到2030年,90%的县(区)学生近视率不高于50%。')).toEqual([90]);
  });
  it('keeps a bound whose clause has no share before it', () => {
    expect(values('到2025年,全市乡镇碘缺乏病患病率低于5%。')).toEqual([5]);
  });
});

describe('what a thing usually costs or comes to (told-facts.ts)', () => {
  it('reads no aim from 一般在…左右 or 通常为…上下', () => {
    expect(values('据介绍,做一次胃镜检查的费用一般在每人400元左右。')).toEqual([]);
    expect(values('该病的住院天数通常为12天上下。')).toEqual([]);
  });
  it('keeps a level a plan holds about a figure', () => {
    expect(values('今年全县人口自然增长率控制在6‰左右。')).toEqual([6]);
  });
});

describe('a span of years gone by written with 年间 or after what has run (report-boundary.ts)', () => {
  it('reads the figures after 三年间 and 工程实施4年间 as reached', () => {
    expect(values('三年间全市完成孕前优生健康检查5万余人。')).toEqual([]);
    expect(
      values('在各方支持下,助听工程实施4年间惠及了全省12个市,为3000名听障儿童验配助听器。'),
    ).toEqual([]);
  });
  it('keeps a span the clause then aims from (实施3年间将…)', () => {
    expect(values('助听工程实施3年间将为3000名听障儿童验配助听器。')).toEqual([3000]);
  });
});

describe('a five-year plan’s span still running when the page is written (context-rules.ts)', () => {
  const page = (span: string) =>
    `国家中医药管理局近日印发《中医药人才发展规划》。\n2022-06-10 来源:中国中医药报\n规划提出,${span},在全国建设30个左右国家中医药传承创新中心。`;
  it('keeps an aim set for the period under way', () => {
    expect(values(page('“十四五”期间'))).toEqual([30]);
  });
  it('still reads a period that has ended as time gone by', () => {
    expect(values(page('“十三五”期间'))).toEqual([]);
  });
});

describe('a census or survey named as the source of a figure (context-rules.ts)', () => {
  it('reads the figures after 根据…普查数据 and 据…监测结果显示 as statistics', () => {
    expect(
      values('专家介绍,根据第三次全国残疾人抽样调查数据,听力残疾人占残疾人总数的24.2%。'),
    ).toEqual([]);
    expect(values('据本省慢性病监测结果显示,全省成人高血压患病率为27.5%。')).toEqual([]);
  });
  it('keeps an aim the sentence sets after the source', () => {
    expect(
      values('根据第七次全国人口普查数据,到2025年全市每千名老年人养老床位数达到40张。'),
    ).toEqual([40]);
  });
});
