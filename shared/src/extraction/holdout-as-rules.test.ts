import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../regions/gazetteer';
import { SAMPLE_UNITS } from '../regions/gazetteer.fixture';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set AS (a hospital's volumes of service, clinic
// counts in 间, levels of a rating written N级以上, a past year told with 早在, Hong Kong pages and
// national standards), each tested in wording of its own.

const targets = (text: string) => extractTargets(text).targets;

describe('a hospital’s volumes of service', () => {
  const aims = '区中医院2020年的目标:提升服务质量,实现全年门诊接诊31.6万人次,收治急诊病人2.2万例。';

  it('reads visits in 万人次 after the service, with no general verb of doing', () => {
    const found = targets(aims).filter((t) => t.unit === '人次');
    expect(found.map((t) => [t.value, t.indicator])).toEqual([[316000, '门诊接诊人次']]);
  });

  it('reads patients admitted in 万例 (收治…例)', () => {
    const found = targets(aims).filter((t) => t.unit === '例');
    expect(found.map((t) => [t.value, t.indicator])).toEqual([[22000, '收治急诊病人数']]);
  });

  it('titles training in 人次 by 人次 and people in 名 by 人数', () => {
    const names = (unit: string) =>
      targets(`2020年,全区要完成技能培训1200${unit}。`).map((t) => t.indicator);
    expect([names('人次'), names('名')]).toEqual([['技能培训人次'], ['技能培训人数']]);
  });
});

describe('units held by a time to come, counted in 间', () => {
  it('reads a count of pharmacies after 有 with a coming year’s end (traditional)', () => {
    const found = targets('協會的計劃是後年年底有80間社區藥房接入平台。');
    expect(found.map((t) => [t.value, t.unit, t.indicator])).toEqual([
      [80, '间', '社区药房接入平台数'],
    ]);
  });

  it('leaves the present number that a place has alone', () => {
    expect(targets('目前全区有80间社区药房接入平台。')).toEqual([]);
  });

  it('titles rooms or shops to build without the counting word (新建…数)', () => {
    const found = targets('2020年,全区要新建社区药房80间。');
    expect(found.map((t) => [t.value, t.indicator])).toEqual([[80, '新建社区药房数']]);
  });

  it('reads a count that a network is extended to (扩展至N间)', () => {
    const found = targets('2021年底,該網絡擴展至150間藥房。');
    expect(found.map((t) => [t.value, t.unit])).toEqual([[150, '间']]);
  });
});

describe('a graded rating’s level to reach (N级以上)', () => {
  it('reads the level after an aim word and the rating’s name, as an amount in 级', () => {
    const found = targets('到2023年,全省二级医院互联互通标准化成熟度测评达到4级以上。');
    expect(found.map((t) => [t.value, t.unit, t.kind, t.comparator, t.year])).toEqual([
      [4, '级', 'amount', '>=', 2023],
    ]);
  });

  it('reads a level written 及以上 straight after the aim word', () => {
    const found = targets('2023年,县级医院要达到5级及以上。');
    expect(found.map((t) => [t.value, t.unit])).toEqual([[5, '级']]);
  });

  it('leaves a grade that names the units (3级以上医院) alone', () => {
    expect(targets('2023年,全省3级以上医院要开展互认。')).toEqual([]);
  });

  it('leaves a level no aim word reaches for alone', () => {
    expect(targets('2023年,全省医院测评结果普遍在4级以上。')).toEqual([]);
  });

  it('leaves a level that qualifies the units after it alone (达到4级以上的医院)', () => {
    expect(
      targets('2023年,全省要达到4级以上的医院数量翻番。').filter((t) => t.unit === '级'),
    ).toEqual([]);
  });
});

describe('places a page makes plain without a unit the gazetteer finds', () => {
  const gazetteer = buildGazetteer([
    ...SAMPLE_UNITS,
    { code: '421100', name: '黄冈市', level: 2, parentCode: '420000' },
    { code: '421123', name: '罗田县', level: 3, parentCode: '421100' },
  ]);
  const regions = (text: string) =>
    extractTargets(text, { gazetteer }).targets.map((t) => t.region);

  it('gives a county site’s story about the 县 hospital the county (罗田网消息)', () => {
    const page =
      '罗田网消息 记者张三报道:县中医院今年力争实现门诊诊疗20万人次,收治住院病人1.2万例。';
    expect(regions(page)).toEqual(['罗田县', '罗田县']);
  });

  it('does not take the site’s county where the story never writes 县', () => {
    const page = '罗田网消息 记者张三报道:某医院今年力争实现门诊诊疗20万人次,收治住院病人1.2万例。';
    expect(regions(page)).toEqual([null, null]);
  });

  it('reads a Hong Kong page by its Authority and districts (医管局, 新界)', () => {
    const page = '醫管局表示,新界各醫院明年的專科門診預約率要達到80%。';
    expect(regions(page)).toEqual(['香港']);
  });

  it('reads a Macao page by its whole (全澳)', () => {
    expect(regions('全澳長者疫苗接種率明年要達到70%。')).toEqual(['澳门']);
  });

  it('names neither where a page speaks of both', () => {
    expect(regions('香港與澳門的長者疫苗接種率明年都要達到70%。')).toEqual([null]);
  });

  it('makes a standard issued by the State Council office national', () => {
    const page =
      '家庭医生签约考核标准\n到2018年,试点地区家庭医生签约率≥30%。\n国务院办公厅 家庭医生, 标准 120';
    expect(regions(page)).toEqual(['全国']);
  });
});

describe('a notice recalled with 早在', () => {
  const lead = '昨日,省卫生厅印发方案,要求到今年底,二级医院预约诊疗率达到40%。';
  const recalled = '此前,早在2015年,省卫生厅就发文要求当年全省的30家医院开展预约服务。';

  it('reads no aim from the recalled notice, though it says 要求', () => {
    const found = targets(`${lead}\n${recalled}\n方案明确,2018年二级医院复诊预约率达到50%。`);
    expect(found.map((t) => t.value)).toEqual([40, 50]);
  });

  it('does not date the page by the recalled year (a tie with the plan’s year)', () => {
    const found = targets(`${lead}\n${recalled}\n方案明确,2018年二级医院复诊预约率达到50%。`);
    expect(found.map((t) => t.year)).toEqual([2018, 2018]);
  });
});

describe('a long paragraph that uses a word of page metadata (时间)', () => {
  it('dates the page by its year all the same', () => {
    const found = targets(
      '省卫生厅印发方案,要求到今年底,二级医院预约诊疗率达到40%。\n' +
        '方案明确,2018年要缩短患者等候时间,二级医院复诊预约率达到50%,并进一步简化就医流程,' +
        '延长门诊服务的时间,推行检查结果互认,让患者少跑路,多数医院还要开展周末和节假日门诊。',
    );
    expect(found.map((t) => t.year)).toEqual([2018, 2018]);
  });
});

describe('a share a present tally comes to (占…约N%)', () => {
  it('drops the share after a tally to a date', () => {
    const found = targets('至5月底,已有120名孕婦透過新平台預約,佔同期總數約4.6%。');
    expect(found.filter((t) => t.unit === '%')).toEqual([]);
  });

  it('keeps a share stated the same way inside an aim', () => {
    const found = targets('學會的目標是後年有800間診所使用平台,佔全港診所約20%。');
    expect(found.filter((t) => t.unit === '%').map((t) => t.value)).toEqual([20]);
  });
});

describe('a range of units a service is extended to or adds', () => {
  it('is a floor with its upper end (额外2至3个), not a band', () => {
    const found = targets('2024年,該服務將擴展至眼科,及額外2至3個專科。');
    expect(found.map((t) => [t.comparator, t.value, t.valueMax])).toEqual([['>=', 2, 3]]);
  });
});

describe('a money noun after the aim word names the amount', () => {
  it('names a hospital’s income by the noun after 计划完成, not by who plans it', () => {
    const found = targets('2019年,市妇幼保健院计划完成业务收入1.6亿元。');
    expect(found.map((t) => [t.indicator, t.value, t.unit])).toEqual([['业务收入', 1.6, '亿元']]);
  });

  it('keeps a name written before the aim word when no money noun follows it', () => {
    const found = targets('2019年,全市卫生健康投入力争达到1.6亿元。');
    expect(found.map((t) => t.indicator)).toEqual(['卫生健康投入']);
  });
});
