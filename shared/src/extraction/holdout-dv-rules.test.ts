import { describe, expect, it } from 'vitest';
import { buildGazetteer, type GazetteerUnit } from '../regions/gazetteer';
import { SAMPLE_UNITS, unit } from '../regions/gazetteer.fixture';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set DV (county and zone news on healthy
// towns, toilets and smoke-free offices, a county's HPV jabs, a notice naming smoke-free units),
// each tested in wording and places of its own.

const UNITS: GazetteerUnit[] = [
  ...SAMPLE_UNITS,
  unit('360000', '江西省', 1, '000000'),
  unit('360700', '赣州市', 2, '360000'),
  unit('360726', '安远县', 3, '360700'),
  unit('360727', '龙南县', 3, '360700'),
];
const gazetteer = buildGazetteer(UNITS);
const values = (text: string) => extractTargets(text).targets.map((t) => [t.value, t.unit]);
const regions = (text: string) =>
  extractTargets(text, { gazetteer }).targets.map((t) => [t.value, t.region]);

describe('修建 and 兴建 as verbs of building (context-rules.ts COUNT_VERB)', () => {
  it('make a count of facilities to build, after a bureau as subject too', () => {
    expect(values('今年市城管局将在老城修建14座公共厕所,在各乡镇修建40座。')).toEqual([
      [14, '座'],
      [40, '座'],
    ]);
    expect(values('明年将兴建6所乡镇卫生院。')).toEqual([[6, '所']]);
  });

  it('leave facilities built before alone (guard)', () => {
    expect(values('去年已修建公共厕所14座。')).toEqual([]);
  });
});

describe('a count closed by 之一 (figure-gates.ts ONE_OF)', () => {
  it('is the size of a group the subject belongs to, not a count to reach', () => {
    expect(values('本市是全国30个医养结合建设试点城市之一,今年将新建5家护理院。')).toEqual([
      [5, '家'],
    ]);
  });
});

describe('a count a notice names by decision (figure-gates.ts DECIDED_NAMING)', () => {
  it('is the units it names by being issued, an act done', () => {
    expect(values('经考核,决定命名本区12家单位为首批健康促进示范单位。')).toEqual([]);
  });

  it('leaves a plan that is to name units alone (guard)', () => {
    expect(values('到2025年,将命名12家健康促进示范单位。')).toEqual([[12, '家']]);
  });
});

describe('a news credit alone on the first line (headline-furniture.ts CREDIT_ONLY)', () => {
  it('is no headline: the story names its county below the city paper that prints it', () => {
    const page =
      '赣州新闻网讯(赣州晚报全媒体记者李明)\n' +
      '6月3日,龙南县启动适龄女孩免费接种项目,龙南县计划到2027年接种率达到85%以上。\n';
    expect(extractTargets(page, { gazetteer }).document.region).toBe('龙南县');
    expect(regions(page)).toEqual([[85, '龙南县']]);
  });
});

describe('a city zone named in the headline of a page of 全区 (city-zones.ts)', () => {
  it('is the page’s place, as written, where the city would stand a level too high', () => {
    const page =
      '赣州经开区全力推进农村改厕\n' +
      '该区今年计划新建改造全区1200座厕所,全区农村卫生厕所普及率达到95%以上。\n';
    expect(regions(page)).toEqual([
      [1200, '赣州经开区'],
      [95, '赣州经开区'],
    ]);
  });

  it('leaves a city page that lists its zones alone (guard)', () => {
    const page =
      '赣州市推进农村改厕工作\n' +
      '全市今年计划新建改造1200座厕所,各县区和赣州经开区农村卫生厕所普及率达到95%以上。\n';
    expect(regions(page).map((r) => r[1])).toEqual(['赣州市', '赣州市']);
  });
});

describe('a news headline that calls the place 我县 (region-words.ts headlineSelf)', () => {
  it('is the page’s own word over a higher whole its body quotes more often', () => {
    const page =
      '我县扎实推进农村改厕工作\n\n' +
      '龙南新闻网讯 根据《江西省农村改厕三年行动方案》,全省农村卫生厕所普及率逐年提高,全省各地加快推进。' +
      '今年县卫健局将在各乡镇兴建12座公厕。\n';
    const r = extractTargets(page, { gazetteer });
    expect(r.document.region).toBe('龙南县');
    expect(r.targets.map((t) => [t.value, t.region])).toEqual([[12, '龙南县']]);
  });
});

describe('a county portal named 中国某某网 (county-stems.ts OUTLET)', () => {
  it('names the county of a page of 我县 by its stem', () => {
    const page =
      '县里加快公厕建设\n\n上载日期:2019/4/2 来源:中国龙南网\n\n' +
      '中国龙南网消息 今年我县将在城区修建9座公厕。\n';
    expect(extractTargets(page, { gazetteer }).document.region).toBe('龙南县');
  });
});
