import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../regions/gazetteer';
import { SAMPLE_UNITS, unit } from '../regions/gazetteer.fixture';
import { extractTargets } from './extract-targets';

// Round hregion2: county pages of 全县/我县 that name their county only by a two-character name or
// a bare stem, which the gazetteer leaves out of running text. Wording written for these tests.
const gazetteer = buildGazetteer([
  ...SAMPLE_UNITS,
  unit('320000', '江苏省', 1, '000000'),
  unit('320300', '徐州市', 2, '320000'),
  unit('320322', '沛县', 3, '320300'),
  unit('340500', '马鞍山市', 2, '340000'),
  unit('340523', '和县', 3, '340500'),
  unit('220800', '白城市', 2, '220000'),
  unit('220822', '通榆县', 3, '220800'),
  unit('430400', '衡阳市', 2, '430000'),
  unit('430423', '衡山县', 3, '430400'),
  unit('431100', '永州市', 2, '430000'),
  unit('431129', '江华瑶族自治县', 3, '431100'),
  unit('510100', '成都市', 2, '510000'),
  unit('510122', '双流区', 3, '510100'),
]);
const region = (text: string) => extractTargets(text, { gazetteer }).document.region;

describe('a two-character county name in a place slot', () => {
  it('names the county in the opening sentence of a page of 全县', () => {
    const page =
      '本报讯 近日,沛县妇幼保健院医生走进村庄开展义诊。全县今年将推进健康服务,到年底全县孕产妇系统管理率达到90%以上。';
    expect(region(page)).toBe('沛县');
  });

  it('names the county right before its bureau, later in the story', () => {
    const page =
      '今年以来,全县卫生工作稳步推进。据了解,沛县卫健局提出,到年底全县儿童健康管理率达到85%以上。';
    expect(region(page)).toBe('沛县');
  });

  it('is no place inside a longer word (市和县人民政府)', () => {
    const page =
      '今年以来,全县卫生工作稳步推进。省、市和县人民政府要求,到年底全县儿童健康管理率达到85%以上。';
    expect(region(page)).toBe('全县');
  });
});

describe('a bare county stem opening the headline', () => {
  it('names the county of the page’s own level', () => {
    const page =
      '通榆推进村卫生室建设\n\n今年全县计划新建标准化村卫生室20所,到年底全县村卫生室达标率达到100%。';
    expect(region(page)).toBe('通榆县');
  });

  it('leaves a headline opening with an ordinary word to the page’s own word', () => {
    const page =
      '扎实推进村卫生室建设\n\n今年全县计划新建标准化村卫生室20所,到年底全县村卫生室达标率达到100%。';
    expect(region(page)).toBe('全县');
  });

  it('needs the page’s level: a 县 stem on a page of 全区 is not the page’s', () => {
    const page =
      '通榆经验值得借鉴\n\n今年全区计划新建标准化村卫生室20所,到年底全区村卫生室达标率达到100%。';
    expect(region(page)).toBe('全区');
  });
});

describe('a county stem naming the outlet or branch beside 我县', () => {
  it('names the county', () => {
    const page =
      '我县妇女健康检查工作顺利推进\n来源:衡山新闻网 编辑:某某\n\n今年我县免费健康检查任务为5000人,已完成4800人。';
    expect(region(page)).toBe('衡山县');
  });
});

describe('a county stem the plan fits itself to', () => {
  it('names the county by 结合某某实际 on a page of 全县', () => {
    const page =
      '为提升居民健康水平,结合江华实际,制定本方案。到2027年,全县居民健康素养水平达到35%。';
    expect(region(page)).toBe('江华瑶族自治县');
  });

  it('names the county by 健康某某建设', () => {
    const page = '为持续推进健康江华建设,制定本方案。到2027年,全县居民健康素养水平达到35%。';
    expect(region(page)).toBe('江华瑶族自治县');
  });

  it('leaves an ordinary word after 结合 to the page’s own word', () => {
    const page =
      '为提升居民健康水平,结合工作实际,制定本方案。到2027年,全县居民健康素养水平达到35%。';
    expect(region(page)).toBe('全县');
  });
});
