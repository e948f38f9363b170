import { describe, expect, it } from 'vitest';
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
    expect(found.map((t) => [t.value, t.indicator])).toEqual([[22000, '收治急诊病人例数']]);
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
