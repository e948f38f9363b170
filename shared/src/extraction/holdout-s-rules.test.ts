import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set S, each tested in wording of its own.

const targets = (text: string) => extractTargets(text).targets;

describe('a title that opens with level words', () => {
  it('names no place: 乡镇 or 县区 is a kind of unit, and the page’s own 全镇 binds', () => {
    const text =
      '乡镇妇幼卫生工作安排\n一、目标\n全镇住院分娩率达到98%以上,孕产妇系统管理率达到90%以上。';
    expect(targets(text).map((t) => t.region)).toEqual(['全镇', '全镇']);
    const county = '县区疾控工作计划\n全县适龄儿童免疫接种率达到95%以上。';
    expect(targets(county).map((t) => t.region)).toEqual(['全县']);
  });
});

describe('news that relays a bulletin named by its title', () => {
  it('reads `《…公报》显示` as a report: levels told with 达到…以上 are reached, not aimed at', () => {
    const text =
      '省卫健委近日发布的《2018年全省妇幼健康事业发展公报》显示,全省孕产妇系统管理率达到92%以上,' +
      '新生儿访视率达到95%以上。省卫健委表示,到2020年全省孕产妇死亡率将控制在10/10万以下。';
    expect(targets(text).map((t) => t.value)).toEqual([10]);
  });
});

describe('a headline that tells a year’s aims met', () => {
  it('reads `…全面完成YYYY年度…目标` as a report of the year', () => {
    const text =
      '某县妇幼保健院全面完成2019年度妇幼健康目标\n2019-12-28\n' +
      '今年以来,全县孕产妇系统管理率达96.2%,新增产科床位12张,培训助产人员80名。';
    expect(targets(text)).toEqual([]);
  });

  it('keeps a plan that strives to meet its aims (为全面完成…目标)', () => {
    const text = '为全面完成今年卫生健康目标,现作如下部署。\n一、全县儿童健康管理率90%以上。';
    expect(targets(text).map((t) => t.value)).toEqual([90]);
  });
});

describe('a sampling plan’s batches and an area written with ㎡', () => {
  it('reads N万批次 right after a verb of sampling as a count, not the kinds a plan covers', () => {
    const found = targets(
      '2022年市场监管工作要点:全年抽检食品1.5万批次,其中农产品抽检3000批次。抽检范围涵盖20个食品大类。',
    );
    expect(found.map((t) => [t.value, t.unit, t.kind])).toEqual([
      [15000, '批次', 'count'],
      [3000, '批次', 'count'],
    ]);
  });

  it('reads 2.5㎡ after an aim word as square metres', () => {
    const found = targets('到2025年,全市人均公园绿地面积达到15㎡,人均体育场地面积不低于2.5㎡。');
    expect(found.map((t) => [t.value, t.unit, t.kind])).toEqual([
      [15, '平方米', 'amount'],
      [2.5, '平方米', 'amount'],
    ]);
  });
});

describe('so many units that must reach a standard', () => {
  it('reads 要(有)N个…达到…标准 as a count aimed at; the group’s size before it and 已有N个 are the present', () => {
    const text =
      '到2030年,全省42个病区县中要有30个达到消除标准;已有8个达到控制标准的县要巩固成果。';
    expect(targets(text).map((t) => [t.value, t.unit, t.kind])).toEqual([[30, '个', 'count']]);
  });
});

describe('a breakdown of a reported figure', () => {
  it('reads a sentence opening 其中 after a year-end figure as reported too', () => {
    const text =
      '某省卫生人才发展规划(2021-2025年)\n2020年底,全省执业医师12万人。\n' +
      '其中,取得全科医生培训合格证的达到30%以上。到2025年,全省执业医师达到15万人。';
    expect(targets(text).map((t) => t.value)).toEqual([150000]);
  });

  it('keeps a breakdown of an aim', () => {
    const text = '到2025年,全省执业医师达到15万人。其中,全科医生占比达到20%以上。';
    expect(targets(text).map((t) => t.value)).toEqual([150000, 20]);
  });
});

describe('a list of shares of units', () => {
  it('names each share for its own units and the predicate the list shares', () => {
    const found = targets(
      '到2025年,力争使85%以上的乡镇卫生院、70%以上的村卫生室能够开展中医适宜技术。',
    );
    expect(found.map((t) => [t.indicator, t.value])).toEqual([
      ['能开展中医适宜技术的乡镇卫生院比例', 85],
      ['能开展中医适宜技术的村卫生室比例', 70],
    ]);
  });
});

describe('a five-year plan’s end as the baseline of a change', () => {
  it('keeps 较“十四五”期末 and 比十四五末 out of the change’s name', () => {
    const found = targets(
      '到2030年,全省结核病患者数较“十四五”期末下降20%,新报告病例数比十四五末减少10%。',
    );
    expect(found.map((t) => t.indicator)).toEqual(['结核病患者数下降幅度', '新报告病例数减少幅度']);
  });
});

describe('a headline’s counts set apart by spaces', () => {
  it('keeps the next item’s words and count out of a count’s name', () => {
    const found = targets('明年全区将新建社区卫生服务站20个 村卫生室35个');
    expect(found.map((t) => [t.indicator, t.value])).toEqual([
      ['新建社区卫生服务站数', 20],
      ['村卫生室数', 35],
    ]);
  });
});

describe('a per-head amount written after its name', () => {
  it('reads `…经费人均6元` as the per-head sum, with no stray 人 in the name', () => {
    const found = targets('全年乡镇财政投入妇幼保健经费人均6元以上。');
    expect(found.map((t) => [t.indicator, t.value, t.unit])).toEqual([
      ['乡镇财政投入妇幼保健人均经费', 6, '元'],
    ]);
  });
});

describe('a length a plan builds', () => {
  it('reads N公里 in a clause that builds it, and leaves a bare distance out', () => {
    const found = targets(
      '2024年全县新建社区健身中心3个、健身步道25公里。乡镇卫生院距离县城30公里。',
    );
    expect(found.map((t) => [t.value, t.unit, t.kind])).toEqual([
      [3, '个', 'count'],
      [25, '公里', 'amount'],
    ]);
  });
});
