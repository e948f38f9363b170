import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../regions/gazetteer';
import { SAMPLE_UNITS } from '../regions/gazetteer.fixture';
import { extractTargets } from './extract-targets';

// Regions that missed on first contact with unseen pages (issue 14), in wording and places of our own.
const gazetteer = buildGazetteer(SAMPLE_UNITS);
const regions = (text: string) =>
  extractTargets(text, { gazetteer }).targets.map((t) => [t.region, t.value]);

describe('a paper’s place for a page whose own word is 全省 or 全市', () => {
  it('binds 全省 in a provincial daily’s story to the province its masthead names', () => {
    const story =
      '湖北日报记者 张明 通讯员 李华\n' +
      '记者从省卫生健康委获悉,今年全省将继续推进适龄儿童窝沟封闭,到2026年底,全省儿童窝沟封闭覆盖率达到70%以上。\n';
    expect(regions(story)).toEqual([['湖北省', 70]]);
  });

  it('binds 全市 in a city paper’s story to the city its masthead names', () => {
    const story =
      '武汉晚报讯(记者 王芳)\n' +
      '市卫健委介绍,2026年全市将新建社区心理服务站30个,全市严重精神障碍患者规范管理率达到90%以上。\n';
    expect(regions(story)).toEqual([
      ['武汉市', 30],
      ['武汉市', 90],
    ]);
  });

  it('keeps 全省 when the paper is a national one that names no place', () => {
    const story =
      '人民日报记者 赵强\n' +
      '记者从省卫生健康委获悉,今年全省将继续推进适龄儿童窝沟封闭,到2026年底,全省儿童窝沟封闭覆盖率达到70%以上。\n';
    expect(regions(story)).toEqual([['全省', 70]]);
  });
});

describe('a page naming no place whose only level is the unit it counts by', () => {
  it('reads 以县为单位 as the page binding its county, 全县', () => {
    const plan =
      '儿童健康促进工作意见\n' +
      '一、工作目标\n' +
      '——以县为单位,适龄儿童免疫规划疫苗接种率保持在95%以上;\n' +
      '——儿童龋齿患病率控制在25%以下。\n';
    expect(regions(plan)).toEqual([
      ['全县', 95],
      ['全县', 25],
    ]);
  });

  it('reads no one level from 以乡镇为单位', () => {
    const plan =
      '儿童健康促进工作意见\n' +
      '一、工作目标\n' +
      '——以乡镇为单位,适龄儿童免疫规划疫苗接种率保持在95%以上。\n';
    expect(regions(plan)).toEqual([[null, 95]]);
  });

  it('leaves a page that speaks of 我国 the country’s', () => {
    const plan =
      '儿童健康促进工作意见\n' +
      '我国儿童健康水平持续提高。\n' +
      '——以县为单位,适龄儿童免疫规划疫苗接种率保持在95%以上。\n';
    expect(regions(plan)).toEqual([['全国', 95]]);
  });
});

describe('a page naming no place that speaks of its area as 城乡', () => {
  it('binds the 城乡 it keeps naming', () => {
    const plan =
      '关于推进健康城乡共建的实施意见\n' +
      '统筹城乡健康资源,到2027年,城乡居民健康素养水平达到30%以上,城乡卫生厕所普及率达到95%。\n';
    expect(regions(plan)).toEqual([
      ['城乡', 30],
      ['城乡', 95],
    ]);
  });

  it('takes no 城乡 from an insurance scheme’s name or a cited title', () => {
    const plan =
      '关于做好门诊慢特病保障工作的意见\n' +
      '依据《城乡规划条例》,完善城乡居民医保门诊保障,门诊慢特病待遇享受人数达到5000人。\n';
    expect(regions(plan)).toEqual([[null, 5000]]);
  });

  it('never reads a verb and the campaign’s name in a title as a township', () => {
    const notice = '关于开展健康城乡共建的实施意见\n到2027年,新建健康村20个。\n';
    expect(regions(notice)).toEqual([[null, 20]]);
  });
});

// Units beyond the shared fixture: a prefecture, a county-level city that was a county, a district.
const wider = buildGazetteer([
  ...SAMPLE_UNITS,
  { code: '420500', name: '宜昌市', level: 2, parentCode: '420000' },
  { code: '420581', name: '宜都市', level: 3, parentCode: '420500' },
  { code: '420506', name: '夷陵区', level: 3, parentCode: '420500' },
]);
const widerRegions = (text: string) =>
  extractTargets(text, { gazetteer: wider }).targets.map((t) => [t.region, t.value]);

describe('a county made a city, named as the county it was', () => {
  it('binds a story of 宜都县 to it, in the name the page writes', () => {
    const story =
      '宜都部署新一年妇幼健康重点工作\n' +
      '近日,宜都县卫生系统研究部署2017年度全县妇幼健康工作。全县孕产妇系统管理率达到92%以上。\n';
    expect(widerRegions(story)).toEqual([['宜都县', 92]]);
  });
});

describe('the place a plan says it is fitted to', () => {
  it('is the plan’s own, above the city whose documents it follows', () => {
    const plan =
      '一、编制依据\n' +
      '按照宜昌市人民政府办公室印发的《宜昌市健康素养提升行动方案》,结合夷陵区实际,制定本方案。\n' +
      '二、目标\n' +
      '到2026年,全区居民健康素养水平达到35%,高于全市平均水平。\n';
    expect(widerRegions(plan)).toEqual([['夷陵区', 35]]);
  });

  it('is no one place when the page fits itself to two', () => {
    const plan =
      '一、编制依据\n' +
      '结合夷陵区实际和宜昌市的实际,宜昌市卫生健康委制定本方案。\n' +
      '二、目标\n' +
      '到2026年,全市居民健康素养水平达到35%。\n';
    expect(widerRegions(plan)).toEqual([['宜昌市', 35]]);
  });
});

describe('a page naming no place but in its source line', () => {
  it('binds the city whose paper it came from', () => {
    const story =
      '今年将继续实施基本公共卫生服务项目,居民电子健康档案建档率达到75%,儿童免疫规划疫苗接种率保持在95%以上。\n' +
      '【作者:陈明】\n' +
      '【来源:宜昌日报】\n';
    expect(widerRegions(story)).toEqual([
      ['宜昌市', 75],
      ['宜昌市', 95],
    ]);
  });

  it('keeps a district page’s own 全区 and leaves a national source’s page without a place', () => {
    const own = '今年全区居民电子健康档案建档率达到75%。\n来源:宜昌日报\n';
    expect(widerRegions(own)).toEqual([['全区', 75]]);
    const national = '今年居民电子健康档案建档率达到75%。\n来源:人民网\n';
    expect(widerRegions(national)).toEqual([[null, 75]]);
  });
});
