import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set X (pages dense in numeric aims, with
// survey findings, past changes, runs of years and restated aims beside them), each tested in
// wording of its own.

const targets = (text: string) => extractTargets(text).targets;
const values = (text: string) => targets(text).map((t) => t.value);

describe('a study’s findings lead', () => {
  it('reads the figures after 结果显示: as findings, the aims before it as aims', () => {
    const text =
      '为摸清某县儿童营养状况,确保2025年儿童贫血患病率降至10%以下,我们开展了抽样调查。' +
      '结果显示:儿童贫血患病率为14.2%,较五年前下降3个百分点。低体重率为4.1%,其中山区为6.3%。';
    expect(values(text)).toEqual([10]);
  });

  it('stops at a later turn to the future in the same paragraph', () => {
    const text =
      '调查表明,全县高血压患者规范管理率为52.3%。下一步,全县高血压患者规范管理率力争达到65%。';
    expect(values(text)).toEqual([65]);
  });
});

describe('a run of years already kept', () => {
  it('reads 连续八年保持在…以上 as a record', () => {
    const text = '某区免疫规划工作扎实,适龄儿童免疫规划疫苗接种率连续八年保持在95%以上。';
    expect(targets(text)).toEqual([]);
  });

  it('reads both values of 分别连续5年和7年控制在…和…以下 as records', () => {
    const text = '全市两项指标分别连续5年和7年控制在12/10万和5‰以下,处于全省前列。';
    expect(targets(text)).toEqual([]);
  });

  it('keeps an aim to keep such a run (力争连续三年…)', () => {
    const text = '2024年,力争全县儿童免疫规划疫苗接种率连续三年保持在95%以上。';
    expect(values(text)).toEqual([95]);
  });
});

describe('a change told as already made', () => {
  it('reads 已从…提高到… as where things stand', () => {
    const text =
      '记者从全省会议获悉:全省农村自来水普及率已从2005年的41%提高到83.5%。' +
      '会议要求,确保2025年全省农村自来水普及率达到92%。';
    expect(values(text)).toEqual([92]);
  });

  it('does not take the plan year from the sentence that tells it (已从2005年的…)', () => {
    const text =
      '会议通报,全省农村自来水普及率已从2005年的41%提高到83.5%。' +
      '2024年全省农村供水工作会议在省城召开。会议要求,今年全省农村自来水普及率达到88%。';
    const found = targets(text);
    expect(found.map((t) => t.value)).toEqual([88]);
    expect(found[0]!.year).toBe(2024);
  });

  it('does not take the plan year from a change judged by its size (明显下降,由…降至…)', () => {
    const text =
      '2012—2016年项目地区手足口病发病率明显下降,由88.1/10万降至41.7/10万。' +
      '会议提出,到2025年项目地区手足口病发病率降至30/10万以下。';
    const found = targets(text);
    expect(found.map((t) => t.value)).toEqual([30]);
    expect(found[0]!.year).toBe(2025);
  });
});

describe('an aim restated in a dated review', () => {
  const text =
    '截至2019年底,全省孕产妇系统管理率达到了93%,超出原计划90%的目标;' +
    '全省儿童系统管理率为88.5%,超过了85%的年度目标。';

  it('keeps the aims the review names (…N的目标) and drops the figures reached', () => {
    expect(values(text)).toEqual([90, 85]);
  });

  it('gives a restated aim its plain floor, not the 超过 that compares the result with it', () => {
    expect(targets(text).map((t) => t.comparator)).toEqual(['>=', '>=']);
  });

  it('still reads a dated sentence without a named aim as reported', () => {
    expect(targets('截至2019年底,全省儿童系统管理率为88.5%,超出了原计划。')).toEqual([]);
  });
});
