import { describe, expect, it } from 'vitest';
import { INDICATOR_CATALOGUE } from '../indicators/catalogue';
import { buildGazetteer } from '../regions/gazetteer';
import { SAMPLE_UNITS } from '../regions/gazetteer.fixture';
import { buildIndicatorMatcher } from './catalogue-names';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set CU (the product's core document in the
// forms a document site or a template leaves it: a numbered indicator table glued into one run
// with its `%` lost, a share's aim that lost its `%` beside one that kept it, a year told after its
// subject, a story from a yearly work meeting, a template whose year is blanked, a town office's
// target book, a numbered list run together, counts of bodies by their classifier), each tested in
// wording of its own.

const catalogue = buildIndicatorMatcher(INDICATOR_CATALOGUE);
const values = (text: string) => extractTargets(text).targets.map((t) => t.value);
const read = (text: string, withCatalogue = false) =>
  extractTargets(text, withCatalogue ? { catalogue } : {}).targets.map((t) => ({
    value: t.value,
    unit: t.unit,
    indicator: t.indicator,
    comparator: t.comparator,
    year: t.year,
  }));

describe('a numbered indicator table glued into one run (glued-rows.ts)', () => {
  const table =
    '附件甲市推进健康行动2023年考核指标框架序号类别指 标2023年全市目标值责任部门' +
    '1综合人均预期寿命(岁)79.2市卫生健康委2心理健康促进行动居民心理健康素养水平()25市卫生健康委' +
    '3建立社会心理服务网络实现市卫生健康委4妇幼健康促进行动新生儿死亡率()3.5市卫生健康委' +
    '53岁以下儿童系统管理率()90市卫生健康委6每千人口拥有3岁以下婴幼儿托位数(个)4.5市卫生健康委';
  it('reads each row: its unit in brackets, a lost unit from the catalogue, the header’s year', () => {
    expect(read(table, true)).toEqual([
      { value: 79.2, unit: '岁', indicator: '人均预期寿命', comparator: '>=', year: 2023 },
      { value: 25, unit: '%', indicator: '居民心理健康素养水平', comparator: '>=', year: 2023 },
      { value: 3.5, unit: '‰', indicator: '新生儿死亡率', comparator: '<=', year: 2023 },
      { value: 90, unit: '%', indicator: '3岁以下儿童系统管理率', comparator: '>=', year: 2023 },
      {
        value: 4.5,
        unit: '个',
        indicator: '每千人口3岁以下婴幼儿托位数',
        comparator: '>=',
        year: 2023,
      },
    ]);
  });
  it('gives a share’s lost unit by its name alone without a catalogue', () => {
    expect(
      values(
        '序号类别指标2024年全县目标值牵头单位1综合孕产妇系统管理率()92县卫生健康局2综合产前筛查率()75县卫生健康局',
      ),
    ).toEqual([92, 75]);
  });
  it('leaves a bracket and a bare number in prose alone', () => {
    expect(values('全县居民心理健康素养水平()25,由县卫生健康局负责。')).toEqual([]);
  });
});

describe('a share’s aim that lost its % beside a sibling that kept it (lost-percents.ts)', () => {
  it('reads the bare number as a percentage', () => {
    expect(
      read('2015年,全县新农合政策范围内住院费用报销比达到80,门诊报销比达到55%。').map((t) => [
        t.value,
        t.unit,
      ]),
    ).toEqual([
      [80, '%'],
      [55, '%'],
    ]);
  });
  it('leaves a bare number with no sibling share alone', () => {
    expect(values('2015年,全县新农合政策范围内住院费用报销比达到80,门诊统筹全面推开。')).toEqual(
      [],
    );
  });
});

describe('a year told before its subject and 将 (header.ts)', () => {
  it('dates the page by the year that sets figures after the year of results', () => {
    const text =
      '2016年,某县卫生计生工作取得新成效。全县参合率达98.5%,新建村卫生室12个。\n' +
      '2017年,全县新农合人均筹资标准将提高到450元,住院补偿比例达到75%。';
    const r = extractTargets(text);
    expect(r.document.year).toBe(2017);
    expect(r.targets.map((t) => [t.value, t.year])).toEqual([
      [450, 2017],
      [75, 2017],
    ]);
  });
  it('keeps the year of results when the later year only closes with words', () => {
    const text =
      '2018年,全县卫生健康工作扎实推进,全县住院分娩率达到99%。\n' +
      '2019年,全县卫生健康系统将坚持以人民健康为中心,推动卫生健康事业高质量发展。';
    expect(extractTargets(text).document.year).toBe(2018);
  });
});

describe('a story from a yearly work meeting (header.ts)', () => {
  it('is dated by the meeting, and the year before’s figures are results', () => {
    const text =
      '记者从2023年全市卫生健康工作会议上获悉,2022年,全市孕产妇死亡率下降至8.5/10万。' +
      '2022年,全市新建社区卫生服务中心6个。2022年,全市居民健康素养水平提高到28%。';
    const r = extractTargets(text);
    expect(r.document.year).toBe(2023);
    expect(r.targets).toEqual([]);
  });
});

describe('a template whose year is blanked (period-year.ts)', () => {
  it('reads a five-year plan’s first year (开局之年)', () => {
    expect(
      extractTargets('**年是“十四五”规划的开局之年。全县参合率保持在95%以上。').document.year,
    ).toBe(2021);
  });
  it('reads a five-year plan’s last year (收官之年)', () => {
    expect(extractTargets('XX年是“十二五”收官之年,全县住院分娩率达到98%。').document.year).toBe(
      2015,
    );
  });
});

describe('a town office’s own target book (towns.ts, page-region.ts)', () => {
  const gazetteer = buildGazetteer(SAMPLE_UNITS);
  const region = (text: string) => extractTargets(text, { gazetteer }).document.region;
  it('binds the office the opening names below its town, on a page of 我办', () => {
    expect(
      region(
        '江汉区甲山镇乙坪办事处2013年度人口和计划生育工作目标任务书为了提高我办人口和计划生育工作水平,特制定本任务书:1、符合政策生育率在96%以上',
      ),
    ).toBe('乙坪办事处');
  });
  it('leaves an office the page does not speak for', () => {
    expect(
      region('江汉区甲山镇乙坪办事处2013年度工作目标任务书。全区符合政策生育率在96%以上。'),
    ).not.toBe('乙坪办事处');
  });
});

describe('a numbered list run together with no space (clauses.ts)', () => {
  it('starts each item at its own number and ends it before the next', () => {
    const r = extractTargets(
      '一、主要目标1、住院分娩率在98%以上2、新生儿访视率在90%以上3、宣传工作到位4、孕产妇健康管理率达95%以上',
      { catalogue },
    ).targets;
    expect(r.map((t) => [t.quote, t.indicator])).toEqual([
      ['1、住院分娩率在98%以上', '住院分娩率'],
      ['2、新生儿访视率在90%以上', '新生儿访视率'],
      ['4、孕产妇健康管理率达95%以上', '孕产妇健康管理率'],
    ]);
  });
  it('keeps 第1、2类 inside its item', () => {
    expect(
      extractTargets('全市第1、2类疫苗接种率达到95%以上。').targets.map((t) => t.quote),
    ).toEqual(['全市第1、2类疫苗接种率达到95%以上']);
  });
});

describe('counts of bodies by their classifier, and counts to add (figure-gates.ts, asides.ts)', () => {
  it('reads 在N所以上X推行… as at least so many of X', () => {
    expect(values('今年在8所以上乡镇卫生院推行家庭医生签约服务试点。')).toEqual([8]);
  });
  it('still reads a threshold on another measure as no aim', () => {
    expect(values('今年在门诊量1万人次以上乡镇卫生院推行家庭医生签约服务试点。')).toEqual([]);
  });
  it('reads a count of things the page will add after their noun (将…增加X N个)', () => {
    expect(values('此外,市卫健委将在城区增加母婴室15个。')).toEqual([15]);
    expect(values('去年市卫健委在城区增加了母婴室15个。')).toEqual([]);
  });
  it('reads 完成 a spelled-out count of hospitals', () => {
    expect(values('完成三家县级医院绩效考核方案的调整。')).toEqual([3]);
    expect(values('完成两项重点任务。')).toEqual([]);
  });
  it('counts doses by the people they serve (人份)', () => {
    expect(
      extractTargets('全年完成3000人份流感疫苗接种工作。').targets.map((t) => [t.value, t.unit]),
    ).toEqual([[3000, '人份']]);
  });
});

describe('names of the round (level-naming.ts, indicator.ts, places-where.ts)', () => {
  const names = (text: string) => extractTargets(text).targets.map((t) => t.indicator);
  it('names a payment made by a standard by what is paid, after the figure', () => {
    expect(names('全县对每名乡村医生按每月300元标准发放生活补助。')).toEqual(['每月生活补助标准']);
    expect(names('按人均25元的标准拨付基本公共卫生服务经费。')).toEqual([
      '人均基本公共卫生服务经费标准',
    ]);
  });
  it('leaves a standard only carried out (标准执行) to the words before it', () => {
    expect(names('补助标准按每人每年40元标准执行。')[0]).not.toMatch(/执行/);
  });
  it('titles things to add 新增', () => {
    expect(names('此外,市卫健委将在城区增加母婴室15个。')).toEqual(['新增母婴室数']);
  });
  it('counts the bodies a scheme is run in, not the towns their name opens with', () => {
    expect(names('今年在8所以上乡镇卫生院推行家庭医生签约服务试点工作。')).toEqual([
      '推行家庭医生签约服务试点的乡镇卫生院数',
    ]);
  });
});
