import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../regions/gazetteer';
import { SAMPLE_UNITS } from '../regions/gazetteer.fixture';
import { buildIndicatorMatcher } from './catalogue-names';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set AX (a bare list of a year's indicators
// with last year's values in brackets, …), each tested in wording of its own.

const targets = (text: string) => extractTargets(text).targets;

describe('last year’s value in a bracket after an aim', () => {
  const list =
    '1.新生儿访视率≥92%(2021:88%)\n2.儿童龋齿充填率≥40%(2021年:35%)\n3.学校卫生监督覆盖率≥98%(新增)';

  it('is the baseline, not a target', () => {
    expect(targets(list).map((t) => t.value)).toEqual([92, 40, 98]);
  });

  it('dates the list the year after it, not its own year', () => {
    expect(targets(list).map((t) => t.year)).toEqual([2022, 2022, 2022]);
    expect(extractTargets(list).document.year).toBe(2022);
  });

  it('leaves a milestone opening a bracket alone (no colon after its year)', () => {
    const plan = '2024年计划:产前筛查率达到80%以上(2025年达到85%)。';
    expect(targets(plan).map((t) => [t.value, t.year])).toEqual([
      [80, 2024],
      [85, 2025],
    ]);
  });
});

describe('a bare count in a numbered list of aims', () => {
  const list = (third: string) =>
    `年度考核指标\n1.产前筛查率≥85%\n2.新生儿听力筛查率≥95%\n3.${third}\n4.孕产妇系统管理率≥90%`;

  it('is a floor to reach when the list’s other lines carry bound signs', () => {
    const found = targets(list('结核病患者随访人数3.5万人'));
    expect(found.map((t) => [t.value, t.unit, t.comparator])).toContainEqual([35000, '人', '>=']);
  });

  it('is no target in a list of results without bound signs', () => {
    const report =
      '年度考核结果\n1.产前筛查率86%\n2.新生儿听力筛查率96%\n3.结核病患者随访人数3.5万人';
    expect(targets(report).filter((t) => t.unit === '人')).toEqual([]);
  });
});

describe('an item number before a short name', () => {
  it('is no split decimal point: the item’s aim is read', () => {
    const list = '年度考核指标\n1.产前筛查率≥85%\n2.听力筛查率≥95%';
    expect(targets(list).map((t) => [t.indicator, t.value])).toEqual([
      ['产前筛查率', 85],
      ['听力筛查率', 95],
    ]);
  });
});

describe('城乡 is no page’s area where it qualifies a kind of unit or a gap', () => {
  it('gives no region for a list that speaks of 城乡社区 and the gap between town and country', () => {
    const list =
      '年度考核指标\n1.城乡社区重点人群健康管理率≥70%\n2.城乡基层医疗机构达标率≥80%\n3.城乡居民健康水平差距逐步缩小';
    expect(targets(list).map((t) => t.region)).toEqual([null, null]);
  });

  it('still takes 城乡 as the area a page covers twice', () => {
    const plan = '推进城乡一体化服务,实现城乡全覆盖。孕前筛查覆盖率达到85%以上。';
    expect(targets(plan).map((t) => t.region)).toEqual(['城乡']);
  });
});

describe('a round-up of dated items from several places', () => {
  const gazetteer = buildGazetteer(SAMPLE_UNITS);
  const regions = (text: string) =>
    extractTargets(text, { gazetteer }).targets.map((t) => [t.value, t.region]);

  it('gives each item’s figures the place its item opens with', () => {
    const page =
      '3月2日,湖北省召开全省妇幼健康工作会议,部署全年工作。3月9日,四川省卫生健康委召开发布会,' +
      '介绍今年重点工作:全省孕产妇系统管理率达到92%以上,新建20个儿童早期发展基地。';
    expect(regions(page)).toEqual([
      [92, '四川省'],
      [20, '四川省'],
    ]);
  });

  it('keeps one place’s story whole', () => {
    const page =
      '3月2日,湖北省召开全省妇幼健康工作会议。3月9日,湖北省卫生健康委印发方案,全省孕产妇系统管理率达到92%以上。';
    expect(regions(page)).toEqual([[92, '湖北省']]);
  });
});

describe('names on an indicator list', () => {
  const gazetteer = buildGazetteer(SAMPLE_UNITS);
  const names = (text: string) =>
    extractTargets(text, { gazetteer }).targets.map((t) => t.indicator);

  it('drop a heading run into the first item, and its item number', () => {
    const plan =
      '某镇2021年方案。一、工作目标1、新生儿访视覆盖率达到95%以上。2、产后访视率90%以上。';
    expect(names(plan)).toEqual(['新生儿访视覆盖率', '产后访视率']);
  });

  it('keep 市民 whole when the place before it is cut off', () => {
    expect(names('武汉市民体育锻炼参与率达到40%以上。')).toEqual(['市民体育锻炼参与率']);
  });
});

describe('a catalogue word opening with 患者', () => {
  it('keeps the sick it is of, however long their kind', () => {
    const catalogue = buildIndicatorMatcher([
      { name: '患者满意度', synonyms: [], unit: '%', direction: 'up' },
    ]);
    const list = '年度考核指标\n1.矽肺病康复患者满意度≥80%\n2.门诊患者满意度≥90%';
    expect(extractTargets(list, { catalogue }).targets.map((t) => t.indicator)).toEqual([
      '矽肺病康复患者满意度',
      '门诊患者满意度',
    ]);
  });
});

describe('a share of the volume of units a scheme covers', () => {
  it('is that volume’s coverage, the units its scope', () => {
    const found = targets('2025年,按病种付费覆盖全市公立医院85%的出院病例。');
    expect(found.map((t) => [t.indicator, t.scope, t.value])).toEqual([
      ['出院病例覆盖率', '公立医院', 85],
    ]);
  });
});
