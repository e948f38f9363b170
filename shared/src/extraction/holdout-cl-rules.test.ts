import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set CL (cities', counties' and towns' yearly
// 人口和计划生育 aims), each tested in wording of its own.

const targets = (text: string) => extractTargets(text).targets;

describe('计划生育 after a lead of last year', () => {
  it('goes on with last year’s report past a family-planning rate', () => {
    const found = targets(
      '本县今年力争出生率控制在13‰以内。上年全县出生5210人,计划生育率93.46%,落实节育手术3270例。',
    );
    expect(found.map((t) => t.value)).toEqual([13]);
  });
});

describe('work divided into stages', () => {
  it('reads no count from the number of stages a drive is split into', () => {
    const found = targets(
      '二、工作目标 整治行动分两个阶段进行,第一阶段为期20天,确保查处率达到95%。',
    );
    expect(found.map((t) => t.value)).toEqual([95]);
  });
});

describe('a benefit enjoyed under a policy in force', () => {
  it('reads no aim from sums that households enjoy', () => {
    const found = targets(
      '今年全镇出生政策符合率达到92%以上。计生独女户享受2000元养老补贴,子女读大学可享受800元/人。',
    );
    expect(found.map((t) => t.value)).toEqual([92]);
  });
  it('keeps a benefit the plan aims to raise', () => {
    const found = targets('今年独生子女户享受的奖励扶助金提高到每人每年960元。');
    expect(found.map((t) => t.value)).toContainEqual(960);
  });
});

describe('a stock told with 现有 goes on in the clauses after it', () => {
  it('reads no count from the groups listed after 现有', () => {
    const found = targets(
      '全乡现有独生子女户3100余户,“三查”对象900余人。今年力争三查率达到95%以上。',
    );
    expect(found.map((t) => t.value)).toEqual([95]);
  });
});

describe('a responsibility book signed with the units below', () => {
  it('binds the units that sign it', () => {
    const found = targets(
      '为完成20xx年度卫生工作任务,市政府与各县区签订以下目标责任书。一、孕产妇系统管理率达到92%以上。',
    );
    expect(found.map((t) => t.region)).toEqual(['各县区']);
  });
});

describe('a town’s plan that names its county’s whole once', () => {
  it('keeps the town’s own word for itself', () => {
    const found = targets(
      '为推动我乡卫生事业发展,经乡党委研究,制定本方案。今年新农合参合率达到98%以上。参合费用按全县统一标准收缴。',
    );
    expect(found.map((t) => t.region)).toEqual(['我乡']);
  });
});

describe('a wire lead written with its day', () => {
  it('lets the dateline above it date the story', () => {
    const found = targets(
      '本市今年住院分娩率要达到98%以上\n\n2011年04月06日 08:10 东江晨刊\n\n东方在线讯4月5日,记者从市卫生局获悉,今年全市孕产妇住院分娩率要达到98%以上。',
    );
    expect(found.map((t) => t.year)).toEqual([2011, 2011]);
  });
});

describe('a grade of standard to attain', () => {
  it('reads no reference level from 达到省乙级标准', () => {
    const found = targets(
      '今年全县孕产妇住院分娩率达到98%以上,全县妇幼保健信息系统建设达到省乙级标准,群众满意率达到90%以上。',
    );
    expect(found.map((t) => t.value)).toEqual([98, 90]);
  });
});
