import { describe, expect, it } from 'vitest';
import { buildGazetteer, type GazetteerUnit } from '../regions/gazetteer';
import { SAMPLE_UNITS, unit } from '../regions/gazetteer.fixture';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set EE (specialised services' plans: a
// city's yearly blood-donation scheme, a county-level city's first-aid plan told in the news, a
// national item on talks to hold), each tested in wording of its own.

const read = (text: string) =>
  extractTargets(text).targets.map((t) => [t.value, t.unit, t.kind, t.year]);

describe('a yearly floor of events held (event-counts.ts)', () => {
  it('reads 每年至少举办N次 as a count to reach', () => {
    expect(read('2026年工作计划\n一、宣传。各县每年至少举办3次义诊宣传活动。')).toEqual([
      [3, '次', 'count', null],
    ]);
  });

  it('reads the verb before the floor too (每年开展不少于N次)', () => {
    expect(
      read('2026年工作计划\n一、培训。每年开展不少于4次急救技能培训。').map((r) => r[0]),
    ).toEqual([4]);
  });

  it('leaves a shorter period a schedule (guard: 每季度)', () => {
    expect(read('2026年工作计划\n一、督导。每季度至少组织2次现场督导。')).toEqual([]);
  });
});

describe('a yearly aim in a plan for one year (one-year-plans.ts)', () => {
  it('takes the year of a title naming one year with 年度', () => {
    const text = '某县2026年度健康教育方案\n一、活动。各乡镇每年至少举办2次健康讲座活动。';
    expect(read(text)).toEqual([[2, '次', 'count', 2026]]);
  });

  it('leaves it without a year in a plan over several years (guard)', () => {
    const text = '某县健康教育规划(2026—2030年)\n一、活动。各乡镇每年至少举办2次健康讲座活动。';
    expect(read(text).map((r) => r[3])).toEqual([null]);
  });
});

describe('a count written in 场次 (units.ts, indicator.ts)', () => {
  it('keeps 场次 whole as the unit, out of the name', () => {
    const t = extractTargets(
      '2026年工作计划\n一、科普。全省举办不少于300场次健康科普讲座。',
    ).targets;
    expect(t.map((x) => [x.value, x.unit])).toEqual([[300, '场次']]);
    expect(t[0]!.indicator.startsWith('次')).toBe(false);
  });
});

describe('a county-level city named by its stem as the subject of its plans (county-stems.ts)', () => {
  const units: GazetteerUnit[] = [
    ...SAMPLE_UNITS,
    unit('420500', '宜昌市', 2, '420000'),
    unit('420581', '宜都市', 3, '420500'),
  ];
  const gazetteer = buildGazetteer(units);
  const regions = (text: string) =>
    extractTargets(text, { gazetteer }).targets.map((t) => [t.region, t.value]);

  it('reads the stem twice before 将 on a page of 全市', () => {
    const text =
      '本报讯 今年宜都将在车站和学校配置50台除颤仪。到2026年,宜都将实现全市急救员培训人数达到3000名。';
    expect(regions(text)).toEqual([
      ['宜都市', 50],
      ['宜都市', 3000],
    ]);
  });

  it('does not read a stem named once (guard)', () => {
    const text = '本报讯 今年宜都将在车站和学校配置50台除颤仪,全市急救员培训人数达到3000名。';
    expect(regions(text).map((r) => r[0])).not.toContain('宜都市');
  });
});

describe('the rules for who may take part (eligibility.ts)', () => {
  it('drops a person’s bar in a list item labelled with the body’s measure', () => {
    const text =
      '2026年献血工作方案\n(二)报名条件\n1.身高:男≥160厘米,女≥150厘米。\n2.体重:男≥50千克。';
    expect(read(text)).toEqual([]);
  });

  it('drops a threshold that lets a group ask for a service', () => {
    const text = '2026年献血工作方案\n三、方式。单位报名人数达30人,可向血站申请流动采血车。';
    expect(read(text)).toEqual([]);
  });

  it('keeps an aim followed by what it brings (guard)', () => {
    const text = '2026年工作计划\n一、目标。全市参与献血人数达到3000人,可满足临床用血需求。';
    expect(read(text).map((r) => r[0])).toEqual([3000]);
  });
});

describe('equipment added on top of what is in place (context-rules.ts, count-naming.ts)', () => {
  it('reads 增配 as a verb of putting in, and names the addition without its holding', () => {
    const t = extractTargets(
      '2026年工作计划\n一、设备。全区将在现有40台监护仪的基础上增配90台。',
    ).targets;
    expect(t.map((x) => [x.value, x.unit, x.indicator])).toEqual([[90, '台', '监护仪增配数']]);
  });
});

describe('a part’s year stops at the semicolon (mention-years.ts)', () => {
  it('dates the next item by the period, not by the part before it', () => {
    const text =
      '本报讯 在“十五五”期间,全县将在现有20台除颤仪的基础上增配80台,其中2027年配置除颤仪30台;培训急救员2万名,分三年完成。';
    expect(read(text).map((r) => [r[0], r[3]])).toEqual([
      [80, 2030],
      [30, 2027],
      [20000, 2030],
    ]);
  });
});

describe('a rate named per thousand people aimed at with a bare number (lost-percents.ts)', () => {
  it('reads the bare number as ‰', () => {
    const text = '2026年度血液工作方案\n一、目标。全县力争实现千人口献血率目标值11(见附表)。';
    expect(read(text).map((r) => [r[0], r[1]])).toEqual([[11, '‰']]);
  });

  it('leaves a count per thousand people alone (guard)', () => {
    const text = '2026年度卫生工作方案\n一、目标。每千人口床位数目标值6,护士配备达标。';
    expect(read(text).map((r) => r[1])).not.toContain('‰');
  });
});
