import { describe, expect, it } from 'vitest';
import { INDICATOR_CATALOGUE } from '../indicators/catalogue';
import { buildGazetteer, type GazetteerUnit } from '../regions/gazetteer';
import { SAMPLE_UNITS } from '../regions/gazetteer.fixture';
import { buildIndicatorMatcher } from './catalogue-names';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set CR (health-adjacent plans: a nutrition
// plan's draft, smoke-free offices, a health-literacy scheme, a district's fitness plan read by the
// media, a province's sports plan, a food-safety plan in traditional script), each tested in
// wording of its own.

const targets = (text: string) => extractTargets(text).targets;
const values = (text: string) => targets(text).map((t) => t.value);

const unit = (code: string, name: string, level: number, parentCode: string | null) => ({
  code,
  name,
  level,
  parentCode,
});
// Two prefectures of one province, each with a district called 市中区.
const SHARED_NAME_UNITS: GazetteerUnit[] = [
  unit('000000', '全国', 0, null),
  unit('510000', '四川省', 1, '000000'),
  unit('511100', '乐山市', 2, '510000'),
  unit('511102', '市中区', 3, '511100'),
  unit('511000', '内江市', 2, '510000'),
  unit('511002', '市中区', 3, '511000'),
];

describe('a title naming a district whose name other prefectures share', () => {
  const gazetteer = buildGazetteer(SHARED_NAME_UNITS);

  it('binds the district its prefecture holds, with its code', () => {
    const found = extractTargets(
      '内江市市中区健康促进实施方案(2021—2025年)\n到2025年,居民健康素养水平达到30%以上。',
      { gazetteer },
    ).targets;
    expect(found.map((t) => [t.region, t.regionCode])).toEqual([['市中区', '511002']]);
  });
});

describe('a page whose own place drew up the plan it tells of', () => {
  const gazetteer = buildGazetteer(SAMPLE_UNITS);

  it('takes the place the plan of 我市 is titled with', () => {
    const found = extractTargets(
      '怎样让市民少吸烟\n\n  为保护公众健康,结合我市实际,我市制定了《武汉市控烟工作实施方案(2021—2023年)》。到2023年,全市成人吸烟率控制在20%以下。',
      { gazetteer },
    ).targets;
    expect(found.map((t) => t.region)).toEqual(['武汉市']);
  });

  // A district following its city's plan is not that city. (A 我市 page citing one city's plan
  // is placed there by the page's sole place of its word's level: regions-6.test.ts.)
  it('does not take the place of a plan it only follows', () => {
    const found = extractTargets(
      '怎样让居民少吸烟\n\n  根据《武汉市控烟工作实施方案》,我区将加强控烟。到2023年,全区成人吸烟率控制在20%以下。',
      { gazetteer },
    ).targets;
    expect(found.map((t) => t.region)).toEqual(['全区']);
  });
});

describe('news of a 实施计划 that opens by looking back', () => {
  it('keeps the plan aims after a 近年来 lead', () => {
    expect(
      values(
        '解读:某县全民健身实施计划\n\n近年来,群众健身热情持续高涨,健身步道、健身广场越来越多地出现在城乡各处,体育已经融入百姓日常生活之中。\n\n县政府日前印发了《某县全民健身实施计划(2021—2025年)》,提出到2025年,全县健身设施更加完善。城乡居民体质明显增强,经常参加体育锻炼的人数比例达到40%以上,人均体育场地面积达到2.6平方米以上。',
      ),
    ).toEqual([40, 2.6]);
  });
});

describe('a share of units to meet a standard', () => {
  it('is the share alone, written as a fraction, a half or in tenths', () => {
    const found = targets(
      '到2025年,三分之一以上的县(市、区)达到国家慢性病综合防控示范区标准,一半以上的乡镇卫生院达到服务能力推荐标准。',
    );
    expect(found.map((t) => [t.value, t.unit])).toEqual([
      [33.33, '%'],
      [50, '%'],
    ]);
    expect(
      targets('到2030年,八成以上的社区卫生服务中心达到国家推荐标准。').map((t) => t.value),
    ).toEqual([80]);
  });

  it('reads 半数以上 as 50 % only where the sentence aims', () => {
    expect(values('力争到2024年,半数以上的村卫生室完成标准化建设。')).toEqual([50]);
    expect(values('目前,一半以上的患者首诊在基层。')).toEqual([]);
    expect(values('到2025年,农村黑臭水体数量减少一半。')).toEqual([]);
  });
});

describe('names', () => {
  it('drops the 的 before the 人数 of those who take part', () => {
    expect(targets('到2025年,参加老年大学学习的人数比例达到25%以上。')[0]?.indicator).toBe(
      '参加老年大学学习人数比例',
    );
  });

  it('keeps the 的 before the 人数 of those who reach a standard', () => {
    expect(
      targets('到2025年,中小学生达到体质健康标准良好以上的人数比例达到55%。')[0]?.indicator,
    ).toContain('的人数比例');
  });

  it('reads the name after 要实现 when only the page’s place stands before it', () => {
    const gazetteer = buildGazetteer(SAMPLE_UNITS);
    const found = extractTargets(
      '武汉市卫生健康委员会\n2024年武汉要实现全市二级以上医院无烟医院覆盖率100%。',
      { gazetteer },
    ).targets;
    expect(found.map((t) => t.indicator)).toEqual(['二级以上医院无烟医院覆盖率']);
  });

  it('keeps a second group’s own measure after a first group’s', () => {
    expect(
      targets('到2030年,孕妇龋患率控制在20%以内,老年人群龋患率控制在60%以内。').map(
        (t) => t.indicator,
      ),
    ).toEqual(['孕妇龋患率', '老年人群龋患率']);
  });

  it('leaves the present level out of a change’s name', () => {
    expect(targets('到2030年,全县人均每日添加糖摄入量较现有水平减少15%。')[0]?.indicator).toBe(
      '人均每日添加糖摄入量减少幅度',
    );
  });

  it('keeps 每千人拥有 as a density’s plan writes it', () => {
    expect(targets('到2025年,每千人拥有托育机构托位数达到4.5个。')[0]?.indicator).toBe(
      '每千人拥有托育机构托位数',
    );
  });

  it('keeps the people by age before a catalogue word (老年人, 成年人)', () => {
    const catalogue = buildIndicatorMatcher(INDICATOR_CATALOGUE);
    const found = extractTargets('到2030年,老年人高血压知晓率达到65%以上。', { catalogue }).targets;
    expect(found.map((t) => [t.indicator, t.indicatorSource])).toEqual([
      ['老年人高血压知晓率', 'catalogue'],
    ]);
  });

  it('keeps the residents of a knowledge rate with a long field before it', () => {
    expect(targets('到2025年,全县居民职业病及地方病防治知识知晓率达到75%。')[0]?.indicator).toBe(
      '居民职业病及地方病防治知识知晓率',
    );
  });
});
