import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../regions/gazetteer';
import { SAMPLE_UNITS } from '../regions/gazetteer.fixture';
import { extractTargets } from './extract-targets';

// Regions of pages never seen (issue 14): each case is a class of page, worded afresh.
const gazetteer = buildGazetteer(SAMPLE_UNITS);
const read = (text: string) => extractTargets(text, { gazetteer });
const regions = (text: string) => read(text).targets.map((t) => [t.region, t.value]);

describe('a venue’s street address', () => {
  it('is not the page’s place: a ministry’s press conference stays national', () => {
    const page =
      '老年健康发布会\n\n国家卫生健康委于本周二在新闻发布厅(江汉区友谊路甲12号)召开发布会,老龄司负责人介绍工作进展。负责人表示,到2026年,设立老年医学科的二级以上综合医院比例达到70%以上。';
    expect(regions(page)).toEqual([['全国', 70]]);
  });

  it('leaves a district the page names in its own words', () => {
    const page =
      '老年健康工作会议\n\n江汉区召开老年健康工作会议,会议提出,到2026年,全区设立老年医学科的医院比例达到70%以上。';
    expect(regions(page)).toEqual([['江汉区', 70]]);
  });
});

describe('a whole the page aims to measure up to', () => {
  it('is not the page’s own word (达到全国…规范要求)', () => {
    const page =
      '2025年慢病管理工作计划\n一、工作目标\n辖区内高血压患者规范管理率达到65%以上。\n二、主要任务\n做好患者登记,使登记工作达到全国慢病登记规范要求,数据质量符合全国标准。';
    expect(read(page).document.region).toBe('辖区');
  });

  it('leaves the page’s own whole when a higher one is only compared with', () => {
    const page =
      '2025年妇幼卫生工作计划\n力争全县孕产妇系统管理率达到90%以上,各项指标高于全省标准,优于全省要求。';
    expect(read(page).document.region).toBe('全县');
  });
});

describe('a scheme that names no place and cites only national plans', () => {
  const scheme = (cited: string) =>
    `母婴传播防治工作方案(2015年版)\n\n说明:预览内容可能不全。\n\n为减少儿童感染,根据${cited},制定本方案。\n一、工作目标\n到2025年,孕产妇艾滋病检测率达到95%以上。`;

  it('is a national scheme', () => {
    const page = scheme('《中国妇女发展纲要》、《中国儿童发展纲要》和《全国病毒性肝炎防治规划》');
    expect(read(page).document.region).toBe('全国');
    expect(regions(page)).toEqual([['全国', 95]]);
  });

  it('is not national when it cites a plan of a place too', () => {
    const page = scheme('《中国妇女发展纲要》、《中国儿童发展纲要》和《湖北省病毒性肝炎防治规划》');
    expect(read(page).document.region).not.toBe('全国');
  });

  it('is not national when it calls itself 本市', () => {
    const page = scheme('《中国妇女发展纲要》、《中国儿童发展纲要》,结合本市情况');
    expect(read(page).document.region).toBe('本市');
  });

  it('is not national on one citation alone', () => {
    expect(read(scheme('《中国儿童发展纲要》')).document.region).not.toBe('全国');
  });
});

describe('an aim told as a cited plan’s', () => {
  it('binds where the plan does, beside the page’s own aims', () => {
    const page =
      '武汉市控烟工作方案\n\n2016年,《“健康中国2030”规划纲要》提出,到2030年15岁以上人群吸烟率降低到20%。到2025年,全市15岁以上人群吸烟率降至19%以下。';
    expect(regions(page)).toEqual([
      ['全国', 20],
      ['武汉市', 19],
    ]);
  });

  it('binds the place a local plan’s title names', () => {
    const page =
      '控烟目标综述\n\n一、全国\n2016年,《“健康中国2030”规划纲要》提出,到2030年15岁以上人群吸烟率降低到20%。\n二、湖北\n2017年,《健康湖北2030行动纲要》提出,到2030年成人吸烟率降至18%以下。';
    expect(regions(page)).toEqual([
      ['全国', 20],
      ['湖北省', 18],
    ]);
  });

  it('is not the nation’s when a place follows the plan’s name', () => {
    const page =
      '湖北省控烟工作方案\n\n2016年,《“健康中国2030”规划纲要》提出,到2030年武汉市15岁以上人群吸烟率降至18%以下。';
    expect(regions(page)[0]?.[0]).not.toBe('全国');
  });

  it('leaves a plan the page carries out to the page', () => {
    const page =
      '武汉市控烟工作方案\n\n按照《“健康中国2030”规划纲要》要求,到2025年15岁以上人群吸烟率降至19%以下。';
    expect(regions(page)).toEqual([['武汉市', 19]]);
  });

  it('leaves an aim the page’s own subject takes up', () => {
    const page =
      '武汉市控烟工作总结\n\n今年以来,我市对标《“健康中国2030”规划纲要》提出,到2025年15岁以上人群吸烟率降至19%以下。';
    expect(regions(page)).toEqual([['武汉市', 19]]);
  });
});

describe('a page fitted to an area it names by no place', () => {
  it('binds that area in its own word (结合区域实际), not the country it cites', () => {
    const page =
      '2026年健康教育工作计划\n为落实《“健康中国2030”规划纲要》,现结合区域实际,制定本计划。到年底,居民健康素养水平达到35%以上。';
    expect(regions(page)).toEqual([['区域', 35]]);
  });

  it('binds a school that calls itself 我校', () => {
    const page =
      '2026年学生视力保护工作计划\n结合我校学情,制定本计划。力争全年新发近视率控制在15%以内。';
    expect(regions(page)).toEqual([['我校', 15]]);
  });

  it('leaves others fitting themselves (地方也结合…) to a national page', () => {
    const page =
      '健康素养工作解读\n\n我国将加快推进健康素养工作,各地也结合区域实际制定细化方案。到2030年,居民健康素养水平达到30%以上。';
    expect(regions(page)).toEqual([['全国', 30]]);
  });
});

describe('a ministry at the head of a list of issuing bodies', () => {
  it('makes a page naming no place national (the text is read without its pinyin glosses)', () => {
    const page =
      '近日,教育部、最高人民检察院、中央宣传部、中央网(wǎng)信办等十七部门联(lián)合印发(fā)行动计划。到2025年,配备心理健康教师的学校比例达到95%。';
    expect(regions(page)).toEqual([['全国', 95]]);
  });
});
