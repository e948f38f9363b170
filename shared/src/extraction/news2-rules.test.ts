import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from the present or past figures that news items and reports across the spent
// sets were read as aims (issue 14, branch news2); each tested in wording of its own.

const targets = (text: string) => extractTargets(text).targets;

describe('a paragraph opening with the day its figures stand at', () => {
  it('goes on telling that day’s figures in its later sentences', () => {
    const text =
      '本报讯 记者从市卫健委获悉:\n截至2021年6月底,全市共有养老机构210家。认知障碍照护床位超过3000张,家庭养老床位不少于500张,供需矛盾依然突出。\n会议要求,到2025年全市护理型床位占比达到60%。';
    expect(targets(text).map((t) => t.value)).toEqual([60]);
  });

  it('does not take a deadline after the plan’s year for such a day', () => {
    const text =
      '全市养老服务体系建设方案(2021-2023年)\n截至2025年底,全市养老机构护理型床位占比达到55%。认知障碍照护床位不少于3000张。';
    expect(targets(text).map((t) => t.value)).toContain(3000);
  });
});

describe('a clause naming the end of a span before the plan', () => {
  it('places the figures after it in the past', () => {
    const text =
      '2022年全省卫生健康工作要点\n经过40多年的综合防治,至2018年,全省血吸虫病病人下降至312例,占法定报告传染病的0.02%。2022年,全省血吸虫病病人数控制在200例以内。';
    expect(targets(text).map((t) => t.value)).toEqual([200]);
  });

  it('leaves a milestone written with 到 an aim', () => {
    const text =
      '“健康江州2030”规划纲要\n到2020年,全省血吸虫病病人数控制在200例以内。到2030年,全省血吸虫病病人数控制在50例以内。';
    expect(targets(text).map((t) => t.value)).toEqual([200, 50]);
  });
});

describe('a paragraph a lead introduces as data', () => {
  it('tells statistics, whatever its verbs', () => {
    const text =
      '市卫健委主任在发布会上介绍,全市居民健康水平稳步提升,请看以下数据:\n全市婴儿死亡率预计比上一轮降低1.2个千分点,达到3.1‰。\n2025年,全市婴儿死亡率控制在3‰以下。';
    expect(targets(text).map((t) => t.value)).toEqual([3]);
  });

  it('leaves a paragraph after it that looks ahead an aim', () => {
    const text =
      '市卫健委主任在发布会上介绍了全市下一阶段的工作,请看以下数据:\n到2030年,全市婴儿死亡率控制在3‰以下。';
    expect(targets(text).map((t) => t.value)).toEqual([3]);
  });
});

describe('a heading that reports how key work has gone', () => {
  it('opens a review, 重点 only qualifying the work', () => {
    const text =
      '全县卫生健康工作半年汇报\n一、重点项目工作推进情况\n全县乡镇卫生院改造项目顺利推进,落实资金860万元,占年度计划的62%。\n二、下半年工作安排\n年底前全县乡镇卫生院改造完成率达到100%。';
    expect(targets(text).map((t) => t.value)).toEqual([100]);
  });
});

describe('a sentence that judges how things stand', () => {
  it('tells the present with its figures', () => {
    const text =
      '全省慢性病防控实施方案\n我省居民口腔健康状况不容乐观,龋齿患者约3200万人。到2027年,全省12岁儿童龋患率控制在30%以内。';
    expect(targets(text).map((t) => t.value)).toEqual([30]);
  });

  it('leaves an aim the same sentence looks ahead to', () => {
    const text =
      '全省慢性病防控实施方案\n防控形势依然严峻,到2027年全省12岁儿童龋患率要控制在30%以内。';
    expect(targets(text).map((t) => t.value)).toEqual([30]);
  });
});
