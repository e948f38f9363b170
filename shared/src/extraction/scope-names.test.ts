import { describe, expect, it } from 'vitest';
import { buildIndicatorMatcher, type CatalogueEntry } from './catalogue-names';
import { extractTargets } from './extract-targets';

// Names against the issue 14 conventions: the group or area a figure is measured over goes in
// scope, the chart's title keeps only what is measured. Sentences written for these tests.
const entries: CatalogueEntry[] = [
  // Catalogue words that open with their group, as plans write them.
  { name: '成人超重率', synonyms: ['18岁以上居民超重率'], unit: '%', direction: 'down' },
  { name: '住院分娩率', synonyms: ['农村孕产妇住院分娩率'], unit: '%', direction: 'up' },
  {
    name: '人均健康预期寿命',
    synonyms: ['居民健康预期寿命', '居民平均健康预期寿命'],
    unit: '岁',
    direction: 'up',
  },
  { name: '健康档案建档率', synonyms: ['居民健康档案建档率'], unit: '%', direction: 'up' },
  { name: '心理健康素养水平', synonyms: ['居民心理健康素养水平'], unit: '%', direction: 'up' },
];
const catalogue = buildIndicatorMatcher(entries);
const HEADER = '2026年全县卫生健康工作要点\n';
const named = (body: string, withCatalogue = false) =>
  extractTargets(HEADER + body, withCatalogue ? { catalogue } : {}).targets.map((t) => [
    t.indicator,
    t.scope,
  ]);

describe('a group or area opening a name is its scope', () => {
  it('names a catalogue word that opens with the clause’s group without that group', () => {
    expect(named('18岁以上居民超重率控制在35%以下。', true)).toEqual([['超重率', '18岁以上居民']]);
  });

  it('keeps the group of a catalogue word the clause does not scope', () => {
    expect(named('农村孕产妇住院分娩率稳定在99%以上。', true)).toEqual([
      ['农村孕产妇住院分娩率', null],
    ]);
  });

  it('takes the insured opening a name as its scope', () => {
    expect(named('参合农民门诊费用实际补偿比不低于40%。')).toEqual([
      ['门诊费用实际补偿比', '参合农民'],
    ]);
  });

  it('takes a kind of area opening a name as its scope', () => {
    expect(
      named('城区二级医院预约诊疗率达到60%以上,山区地区院前急救反应时间不超过30分钟。'),
    ).toEqual([
      ['二级医院预约诊疗率', '城区'],
      ['院前急救反应时间', '山区地区'],
    ]);
    expect(named('地级及以上城市细颗粒物未达标城市比例下降10%以上。')[0]![1]).toBe(
      '地级及以上城市',
    );
  });

  it('takes students at school and the unit a coverage is counted by as scope', () => {
    expect(named('在校学生近视防控知识知晓率达到90%。')).toEqual([
      ['近视防控知识知晓率', '在校学生'],
    ]);
    expect(named('以村为单位免疫规划疫苗接种率保持在95%以上。')).toEqual([
      ['免疫规划疫苗接种率', '以村为单位'],
    ]);
  });

  it('leaves names that only start like an area alone', () => {
    expect(named('城镇职工医保参保率达到97%。')).toEqual([['城镇职工医保参保率', null]]);
    expect(named('地区生产总值能耗下降3%。')[0]![1]).toBeNull();
  });

  it('takes an age range before a name that is not of people as its scope', () => {
    expect(named('40—69岁脑卒中筛查率达到50%以上。')).toEqual([['脑卒中筛查率', '40—69岁']]);
    expect(named('60-69岁老年人健康体检率达到70%以上。')).toEqual([
      ['60-69岁老年人健康体检率', null],
    ]);
  });
});

describe('a table row whose label opens with its group', () => {
  it('names the row without the age range and scopes it', () => {
    const body =
      '指标 | 2020年基期 | 2025年目标\n65—74岁老年人健康管理率(%) | 50 | 60\n40—69岁脑卒中筛查率(%) | 30 | 45\n';
    const t = extractTargets('2021年全省慢病防治规划\n' + body).targets;
    expect(t.map((x) => [x.indicator, x.scope, x.value])).toEqual([
      ['65—74岁老年人健康管理率', null, 60],
      ['脑卒中筛查率', '40—69岁', 45],
    ]);
  });
});

describe('the residents a catalogue word is counted over', () => {
  it('leaves them out of the title, as a phrase’s name does', () => {
    expect(named('居民平均健康预期寿命达到70岁。', true)).toEqual([['平均健康预期寿命', null]]);
  });

  it('keeps them before residents’ own health measures', () => {
    expect(named('居民心理健康素养水平达到25%。', true)).toEqual([['居民心理健康素养水平', null]]);
    expect(named('居民健康预期寿命达到70岁。', true)).toEqual([['居民健康预期寿命', null]]);
    expect(named('城乡居民健康档案建档率达到90%。', true)).toEqual([
      ['城乡居民健康档案建档率', null],
    ]);
    expect(named('城乡居民医保住院费用报销比例达到70%。')[0]![0]).toBe(
      '城乡居民医保住院费用报销比例',
    );
  });
});

describe('lead words that are no part of a name', () => {
  it('drops who is on the register, an apposition’s 即 and 保证', () => {
    expect(named('登记在册的肺结核患者规范治疗率达到90%。')).toEqual([
      ['肺结核患者规范治疗率', null],
    ]);
    expect(named('推行直接面视下短程督导化疗,即DOTS治疗覆盖率达到95%。')).toEqual([
      ['DOTS治疗覆盖率', null],
    ]);
    expect(named('保证适龄儿童入学率达到100%。')).toEqual([['适龄儿童入学率', null]]);
  });

  it('keeps 即 where it opens a word of its own', () => {
    expect(named('异地就医即时结算率达到80%。')).toEqual([['异地就医即时结算率', null]]);
  });
});
