import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../regions/gazetteer';
import { SAMPLE_UNITS } from '../regions/gazetteer.fixture';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set AH (a small-form semicolon that did not
// end a clause, a section of where things stand read as aims, a count of the bodies that issue a
// plan, a rate's bound that sorts the places a clause then counts, a page dated in words, a
// baseline of an earlier list item, and regions: a site's channel in the breadcrumb, a place
// among others in a list, a clause with the nation as its subject), each tested in wording of its
// own.

const targets = (text: string) => extractTargets(text).targets;
const gazetteer = buildGazetteer(SAMPLE_UNITS);
const regions = (text: string) =>
  extractTargets(text, { gazetteer }).targets.map((t) => [t.region, t.value]);

describe('a small-form semicolon (﹔)', () => {
  it('ends a clause as a full-width one does', () => {
    const found = targets('到2027年,全市婴儿死亡率控制在4‰以下﹔孕产妇死亡率控制在9/10万以下。');
    expect(found.map((t) => [t.indicator, t.value])).toEqual([
      ['婴儿死亡率', 4],
      ['孕产妇死亡率', 9],
    ]);
  });
});

describe('a heading of where things stand', () => {
  const page = (heading: string) =>
    [
      '某市全民健身三年行动',
      heading,
      '经常参加锻炼人数比例31.2%',
      '国民体质达标率88.5%',
      '行动目标',
      '到2026年',
      '经常参加锻炼人数比例达到40%',
    ].join('\n\n');

  it('makes the figures under it the present, up to the heading of the aims', () => {
    expect(targets(page('全民健身现状')).map((t) => t.value)).toEqual([40]);
  });

  it('leaves figures under another heading alone', () => {
    expect(targets(page('全民健身一览')).map((t) => t.value)).toContain(88.5);
  });
});

describe('a count of the bodies that issue a plan', () => {
  it('is not a target', () => {
    const found = targets(
      '近日,市卫健委等9个部门联合印发健康促进实施方案,到2025年建成社区健康驿站30个。',
    );
    expect(found.map((t) => t.value)).toEqual([30]);
  });
});

describe("a rate's bound that sorts out the places a clause counts", () => {
  it('is the line between places, and the count of them the aim', () => {
    const found = targets('到2027年,全省结核病发病率大于50/10万的县区比例降至10%以下。');
    expect(found.map((t) => [t.value, t.unit])).toEqual([[10, '%']]);
  });
});

describe('a page dated in words with its source', () => {
  const page = (dateline: string) =>
    `卫生快讯\n\n${dateline} | 来源:某某日报\n\n2018年,全市麻疹发病率降至0.5/10万以下。今年,全市适龄儿童麻疹疫苗接种率要保持在95%以上。`;

  it('reads a year before its date as the past', () => {
    expect(targets(page('2019年03月02日 10:20')).map((t) => t.value)).toEqual([95]);
  });
});

describe('a baseline inside an earlier item of a list', () => {
  it('stays with that item: the item after it is an aim', () => {
    const found = targets(
      '方案要求,努力实现2022年全区家庭医生签约人数较2021年增加10%、重点人群签约率达到75%以上的目标。',
    );
    expect(found.map((t) => t.value)).toEqual([10, 75]);
  });
});

describe("a site's channel in the breadcrumb", () => {
  it('names where the publisher sits, not the story', () => {
    const page =
      '某某网>>湖北频道>>健康\n\n手足口病防控工作推进会召开\n\n记者从会上获悉,我国手足口病疫情总体平稳。到2026年,重症病例病死率控制在1%以下。';
    expect(regions(page)).toEqual([['全国', 1]]);
  });
});

describe('a place among others in a list', () => {
  it('is not the page’s own place', () => {
    const page =
      '首页>健康>要闻\n\n我国包虫病疫情持续下降\n\n本报讯 我国包虫病疫情持续下降。病例主要分布在四川、重庆、湖北等省份。专家一行日前来到湖北省某医院看望患者。到2030年,流行县人群患病率要控制在1%以下。';
    expect(regions(page)).toEqual([['全国', 1]]);
  });
});

describe('a clause that opens with the nation', () => {
  const page = (clause: string) =>
    `武汉两家医院入选国家名单\n\n据悉,国家将支持优质资源下沉。到2027年,${clause}至少500家医院要达到标准。`;

  it('binds the nation on a city paper’s page', () => {
    expect(regions(page('全国'))).toEqual([['全国', 500]]);
  });

  it('leaves the page’s place where the clause names none', () => {
    expect(regions(page(''))).toEqual([['武汉市', 500]]);
  });
});

describe('names listed before one bound and values after it, without 分别', () => {
  it('pair in order, a change named after the last rate going to each', () => {
    const found = targets('到2027年,男性吸烟率、青少年饮酒率年均降幅达到3%、4%。');
    expect(found.map((t) => [t.indicator, t.value])).toEqual([
      ['男性吸烟率年均降幅', 3],
      ['青少年饮酒率年均降幅', 4],
    ]);
  });

  it('leave one value after a list of names as one joint target', () => {
    const found = targets('到2027年,门诊、住院次均费用增长率控制在5%以内。');
    expect(found.map((t) => t.indicator)).toEqual(['门诊、住院次均费用增长率']);
  });
});

describe('a group of places alone after a target', () => {
  it('is the scope of the indicator carried on', () => {
    const found = targets('到2026年,各县健康步道覆盖率达到60%、两区达到80%。');
    expect(found.map((t) => [t.indicator, t.scope, t.value])).toEqual([
      ['健康步道覆盖率', null, 60],
      ['健康步道覆盖率', '两区', 80],
    ]);
  });
});

describe('a rate aimed at none, written as a bare 0', () => {
  it('is a target of 0 %', () => {
    const found = targets('到2028年,全省本地疟疾感染病例发生率为0,输入病例规范治疗比例达到100%。');
    expect(found.map((t) => [t.value, t.unit])).toEqual([
      [0, '%'],
      [100, '%'],
    ]);
  });

  it('is no target where a past year is told', () => {
    const found = targets('2020年以来,全省本地疟疾感染病例发生率为0。');
    expect(found).toEqual([]);
  });
});

describe('a count after 加大对/加强对', () => {
  it('is what already is, whose work is stepped up', () => {
    const found = targets('今年,省卫健委将加强对45个重点县的技术指导,全省随访管理率达到90%以上。');
    expect(found.map((t) => t.value)).toEqual([90]);
  });

  it('leaves 对 with the things to work on a count to do', () => {
    const found = targets('今年,省卫健委将对45个重点县开展技术指导。');
    expect(found.map((t) => t.value)).toEqual([45]);
  });
});
