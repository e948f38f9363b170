import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../regions/gazetteer';
import { SAMPLE_UNITS, unit } from '../regions/gazetteer.fixture';
import { extractTargets } from './extract-targets';

// Rules written from hold-out set DI (endemic and parasitic disease, school health): livestock and
// wells as counting words, the items under a lead of tasks, a horizon sentence with no figure of its
// own, a standard of the nation posted by a province's body, residents' infection tests, 幼儿 as a
// group, and a two-character county taken with its people — each tested in wording of its own.

const gazetteer = buildGazetteer([
  ...SAMPLE_UNITS,
  unit('420300', '十堰市', 2, '420000'),
  unit('420399', '竹县', 3, '420300'),
]);
const targets = (text: string) => extractTargets(text).targets;
const values = (text: string) => targets(text).map((t) => t.value);
const named = (text: string) => targets(text).map((t) => [t.value, t.unit, t.indicator]);

describe('livestock and wells as counting words (units.ts 头, 头次, 口)', () => {
  it('reads head of cattle, checks of cattle and wells dug as counts', () => {
    expect(named('今年全乡要新建蓄水池40口,完成耕牛血检600头次,以机代牛60头。')).toEqual([
      [40, '口', '新建蓄水池数'],
      [600, '头次', '耕牛血检头次'],
      [60, '头', '以机代牛数'],
    ]);
  });

  it('leaves a household size, a herd tallied in 头只 and words opening with 头 or 口 alone', () => {
    expect(targets('全村农户户均3口人。')).toHaveLength(0);
    expect(targets('全县牛羊存栏达到120万头只。')).toHaveLength(0);
    expect(targets('新建5口腔科诊室。').map((t) => t.unit)).not.toContain('口');
  });
});

describe('the items under a lead of tasks (task-leads.ts)', () => {
  const items =
    '\n(一)完成查螺300万平方米,环境灭螺80万平方米;查病2万人次,扩大化疗5000人次。\n(二)改建无害化厕所40座;圈养家畜200头;疫区耕牛查病900头次。';

  it('reads each item figure as a quota, with or without a verb of its own', () => {
    const v = values(`2024年,全县防治工作的主要任务是:${items}`);
    expect(v).toEqual(expect.arrayContaining([300, 80, 20000, 5000, 40, 200, 900]));
  });

  it('names an area of work by the work done', () => {
    const t = targets(`2024年,全县防治工作的主要任务是:${items}`).find((x) => x.value === 80);
    expect(t?.indicator).toBe('环境灭螺面积');
  });

  it('leaves the same items under a heading that is no lead of tasks', () => {
    const v = values(`2023年全县防治工作情况:${items}`);
    expect(v).not.toContain(80);
    expect(v).not.toContain(900);
  });
});

describe('a horizon sentence with no figure of its own (paragraph-years.ts)', () => {
  const text =
    '某某市关于加强青少年视力保护的意见\n到2026年,中小学生体质健康达标率达到92%以上。到2032年,实现视力不良率明显下降、健康水平显著提升。幼儿视力不良率控制在4%左右,小学生视力不良率控制在36%以下。体质健康优秀率达28%以上。';

  it('dates the figures of the sentences after it in its paragraph', () => {
    expect(targets(text).map((t) => [t.value, t.year])).toEqual([
      [92, 2026],
      [4, 2032],
      [36, 2032],
      [28, 2032],
    ]);
  });

  it('keeps a horizon with a figure of its own to its sentence', () => {
    const ts = targets(
      '某某市关于加强青少年视力保护的意见\n到2026年,中小学生体质健康达标率达到92%以上。到2032年,儿童视力不良率控制在30%以下。体质健康优秀率达28%以上。',
    );
    expect(ts.map((t) => t.year)).toEqual([2026, 2032, 2026]);
  });
});

describe('a standard of the nation posted by a province body (standard-pages.ts)', () => {
  const page =
    '湖北省地方病防治研究所\n\n我国消除某某病标准\n\n(一)《我国消除某某病标准》2008年由卫生部发布。\n1 控制标准\n1.1 居民血检阳性率降至4%以下。\n1.2 家畜血检阳性率降至2%以下。';

  it('binds the nation and no year', () => {
    const ts = extractTargets(page, { gazetteer }).targets;
    expect(ts.map((t) => [t.value, t.region, t.year])).toEqual([
      [4, '全国', null],
      [2, '全国', null],
    ]);
  });

  it('leaves a province body’s own plan to the province', () => {
    const own =
      '湖北省地方病防治研究所\n\n2016年全省地方病防治工作要点\n\n到2016年底,全省居民血检阳性率降至4%以下。';
    expect(extractTargets(own, { gazetteer }).targets[0]?.region).toBe('湖北省');
  });
});

describe('residents in the name of their infection tests (indicator.ts RESIDENTS)', () => {
  it('keeps residents before a test of theirs and joined with another group', () => {
    expect(named('1.1 居民血检阳性率降至4%以下。')[0]?.[2]).toBe('居民血检阳性率');
    expect(named('2.1 居民及家畜血检阳性率均降至1%以下。')[0]?.[2]).toBe('居民及家畜血检阳性率');
  });

  it('still drops residents a per-head figure is counted over', () => {
    expect(named('到2025年,居民人均预期寿命达到80岁。')[0]?.[2]).toBe('人均预期寿命');
  });
});

describe('幼儿 as a group of its own (mention-shares.ts PEOPLE_AT_END)', () => {
  it('titles the next group’s rate by that group', () => {
    expect(
      named('到2030年,全区幼儿肥胖率控制在3%以内,小学生肥胖率控制在10%以内。').map((n) => n[2]),
    ).toEqual(['幼儿肥胖率', '小学生肥胖率']);
  });
});

describe('a two-character county taken with its people (county-stems.ts)', () => {
  const plan = (who: string) =>
    `地方病防治年度工作计划\n\n  结合我县实际,为保障${who}人民身体健康,特制定本计划。\n\n  一、全县合格碘盐食用率达95%以上。`;

  it('is the page’s county after a verb of serving', () => {
    expect(extractTargets(plan('竹县'), { gazetteer }).targets[0]?.region).toBe('竹县');
  });

  it('is not read from a word that ends before 县 otherwise', () => {
    const text = `地方病防治年度工作计划\n\n  结合我县实际,特制定保障竹县计划。\n\n  一、全县合格碘盐食用率达95%以上。`;
    expect(extractTargets(text, { gazetteer }).targets[0]?.region).not.toBe('竹县');
  });
});
