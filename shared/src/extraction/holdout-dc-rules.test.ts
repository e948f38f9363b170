import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../regions/gazetteer';
import { SAMPLE_UNITS, unit } from '../regions/gazetteer.fixture';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out sets DC and CZ (新农合 and residents' insurance
// funding: subsidies, contributions, shares and ceilings, county news and national notices), each
// tested in wording of its own.

const values = (text: string) => extractTargets(text).targets.map((t) => t.value);
const read = (text: string) =>
  extractTargets(text).targets.map((t) => ({
    value: t.value,
    indicator: t.indicator,
    comparator: t.comparator,
  }));

describe('a question and its answer is no late news (report-kind.ts)', () => {
  it('reads the standard an answer gives for the year asked about', () => {
    const page =
      '某县2022年居民医保缴费标准是多少?\n发布时间:2023-03-02\n问:2022年居民医保个人缴费标准是多少?\n答:2022年,全省居民医保个人缴费标准达到每人每年350元。';
    expect(values(page)).toEqual([350]);
  });
  it('still reads late news with no question as the past year’s figures', () => {
    const page =
      '某县居民医保工作综述\n发布时间:2023-03-02\n2022年,全省居民医保个人缴费标准达到每人每年350元。';
    expect(values(page)).toEqual([]);
  });
});

describe('the year a baseline is dated by (context-rules.ts, change.ts, object-changes.ts)', () => {
  it('keeps a rise counted from an earlier year’s level in a later year’s sentence', () => {
    expect(
      values(
        '2024年工作安排。个人缴费在2023年人均不低于380元的基础上提高20元,达到人均不低于400元。',
      ),
    ).toEqual([20, 400]);
  });
  it('reads 新增 after a standard and its baseline as the standard’s raise', () => {
    const got = read(
      '2024年,全县居民医保人均财政补助标准在2023年的基础上新增30元;个人缴费标准同步新增20元。',
    );
    expect(got.map((g) => g.value)).toEqual([30, 20]);
    expect(got[0]!.indicator).toBe('居民医保人均财政补助标准提高额');
    expect(got[1]!.indicator).toMatch(/个人缴费标准提高额$/);
  });
  it('leaves the baseline out of the name of a level raised from it', () => {
    expect(read('2024年,全市医疗救助标准在2023年人均90元的基础上提高到120元。')[0]).toMatchObject({
      value: 120,
      indicator: '医疗救助标准',
    });
  });
});

describe('an insurance scheme’s sums titled with its short form (insurance-schemes.ts)', () => {
  it('shortens a scheme written out in full before its sum', () => {
    expect(
      read('2024年,城镇居民基本医疗保险人均财政补助标准提高到每人每年500元。')[0]!.indicator,
    ).toBe('城镇居民医保人均财政补助标准');
  });
  it('titles a subsidy to two schemes by both, short, then who pays', () => {
    expect(
      read(
        '2011年,各级财政对城乡居民基本医疗保险和新型农村合作医疗的补助标准提高到每人每年200元。',
      )[0]!.indicator,
    ).toBe('城乡居民医保和新农合人均财政补助标准');
  });
  it('titles the raise of a subsidy as the subsidy, and drops the notice’s 决定', () => {
    expect(read('国家下发通知,决定各级财政对居民医保人均补助标准提高50元。')[0]!.indicator).toBe(
      '居民医保人均财政补助标准提高额',
    );
  });
});

describe('a level raised to with 为 (comparators.ts, level-naming.ts)', () => {
  it('reads 上升为 as an aim and leaves its verb out of the name', () => {
    expect(read('2012年,门诊费用报销比例上升为40%。')[0]).toMatchObject({
      value: 40,
      comparator: '>=',
      indicator: '门诊费用报销比例',
    });
  });
});

describe('a county made a district, written by its old name (gazetteer.ts)', () => {
  it('finds the district under stem + 县', () => {
    const g = buildGazetteer([
      ...SAMPLE_UNITS,
      unit('630000', '青海省', 1, '000000'),
      unit('630200', '海东市', 2, '630000'),
      unit('630203', '平安区', 3, '630200'),
    ]);
    expect(g.lookup('平安县')?.unit.name).toBe('平安区');
  });
});

describe('a national page published by the State Council’s portal or a funding ministry (unnamed-places.ts)', () => {
  it('binds the nation', () => {
    const g = buildGazetteer(SAMPLE_UNITS);
    const page =
      '门诊统筹扩大\n据新华社北京3月2日电 中国政府网2日发布《年度医改重点工作安排》,今年门诊统筹基金人均达到60元。';
    expect(extractTargets(page, { gazetteer: g }).targets[0]?.region).toBe('全国');
  });
});

describe('how many reforms a plan pushes on, and the base a payer’s share is of (context-rules.ts, not-aim-reads.ts)', () => {
  it('drops the count of reforms a plan advances together', () => {
    expect(
      values(
        '2012年工作安排要求有关部门确保统筹推进四项重点改革,确保基本医疗保障制度覆盖城乡居民。',
      ),
    ).toEqual([]);
  });
  it('drops the sums a central share is counted on', () => {
    expect(
      values('2015年,省财政对原有80元的补助标准不变,对新增的60元部分按东部30%的比例补助。'),
    ).not.toContain(80);
    expect(values('2015年,省财政对新增的60元部分按30%补助,对增加的40元按20%补助。')).not.toContain(
      40,
    );
  });
});

describe('the most a scheme pays in money (extract-targets.ts, mention-years.ts)', () => {
  it('titles it a ceiling, not a share', () => {
    expect(read('2019年,重病患者最高可报销25万元。')[0]!.indicator).toBe('重病患者最高报销限额');
    expect(read('2019年,三级医院住院最高可报销65%。')[0]!.indicator).toMatch(/比例$/);
  });
  it('dates a standard set from a year on by that year', () => {
    const got = extractTargets(
      '从2019年起,全县个人缴费标准为每人220元,重病患者最高可报销25万元。',
    ).targets;
    expect(got.map((t) => t.year)).toEqual([2019, 2019]);
    expect(extractTargets('从2019年起,确保全县参保率达到96%。').targets.map((t) => t.year)).toEqual(
      [null],
    );
  });
});
