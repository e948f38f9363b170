import { describe, expect, it } from 'vitest';
import { buildGazetteer, type GazetteerUnit } from '../regions/gazetteer';
import { SAMPLE_UNITS, unit } from '../regions/gazetteer.fixture';
import { extractTargets } from './extract-targets';

// Regions round 3 (every hold-out set at once): the page's own 全市/全州/全县 filled in or kept,
// in wording and places of our own.
const UNITS: GazetteerUnit[] = [
  ...SAMPLE_UNITS,
  unit('360000', '江西省', 1, '000000'),
  unit('360700', '赣州市', 2, '360000'),
  unit('360800', '吉安市', 2, '360000'),
  unit('360781', '瑞金市', 3, '360700'),
  unit('360726', '安远县', 3, '360700'),
];
const gazetteer = buildGazetteer(UNITS);
const extract = (text: string) => extractTargets(text, { gazetteer });
const regions = (text: string) => extract(text).targets.map((t) => [t.value, t.region]);

describe('a page of 全市 that names its one city only where no other source reads it', () => {
  it('is that city when it is named once, in the title of a document the page cites', () => {
    const page =
      '2013年全市卫生工作要点\n\n' +
      '认真落实《关于印发吉安市农村卫生服务体系建设方案的通知》,到2013年,全市乡镇卫生院标准化建设率达到85%。\n';
    expect(regions(page)).toEqual([[85, '吉安市']]);
  });

  it('is that city when its short name is written once in passing, past the opening', () => {
    const page =
      '全市基层医疗工作安排\n\n' +
      '全市加强基层卫生队伍建设,完善乡村医生培训制度。\n'.repeat(120) +
      '推动赣州医疗资源均衡布局,全市村卫生室规范化建设率达到90%以上。\n';
    expect(regions(page)).toEqual([[90, '赣州市']]);
  });

  it('keeps 全市 when the page names a unit of another level or more than one city', () => {
    const county =
      '全市基层医疗工作安排\n\n落实《安远县卫生院改造方案》,全市村卫生室规范化建设率达到90%以上。\n';
    expect(regions(county)).toEqual([[90, '全市']]);
    const two =
      '全市基层医疗工作安排\n\n' + '学习赣州、吉安两市经验,全市村卫生室规范化建设率达到90%以上。\n';
    expect(regions(two)).toEqual([[90, '全市']]);
  });
});

describe('全市 on the page of a county-level city', () => {
  it('is the city itself, not the prefecture above it', () => {
    const page =
      '瑞金市召开卫生健康工作会议\n\n' + '会议提出,今年全市孕产妇系统管理率达到92%以上。\n';
    expect(regions(page)).toEqual([[92, '瑞金市']]);
  });

  it('still lifts 全省 on a county-level city’s page to the province', () => {
    const page =
      '瑞金市召开卫生健康工作会议\n\n' + '会议通报,全省孕产妇系统管理率要达到95%以上。\n';
    expect(regions(page)).toEqual([[95, '江西省']]);
  });
});

describe('an autonomous prefecture’s 全州', () => {
  it('is the page’s own word when it names no place', () => {
    const page =
      '记者从全州卫生工作会议上获悉,今年全州住院分娩率要达到98%以上,全州新生儿访视率达到90%。\n';
    expect(regions(page)).toEqual([
      [98, '全州'],
      [90, '全州'],
    ]);
  });

  it('is not read from 健全/安全 before a prefecture’s own bodies', () => {
    const page = '健全州级疾控网络,今年住院分娩率要达到98%以上。\n';
    expect(regions(page)).not.toContainEqual([98, '全州']);
  });
});

describe('a copied plan whose county and plan period were both blanked', () => {
  it('binds the county’s whole, the empty quote marks of the period no bar', () => {
    const page =
      '衛生工作計劃\n' +
      '為推進衛生工作,根據《縣衛生事業發展“”規劃綱要》,制定本計劃。\n' +
      '到年底,兒童免疫規劃疫苗接種率達到95%以上。\n';
    expect(regions(page)).toEqual([[95, '全县']]);
  });
});

describe('a national meeting’s name on a province’s page', () => {
  it('is no whole of the page: the province’s 全省 is', () => {
    const page =
      '论文摘要\n' +
      '在全国卫生与健康大会精神指引下,2018年计划将医共体试点扩大到50个县,占全省县(市、区)的60%。\n';
    expect(regions(page)).toEqual([
      [50, '全省'],
      [60, '全省'],
    ]);
  });
});

describe('a broadcaster’s dateline written with 消息', () => {
  it('names where the story was filed, not the district it is about', () => {
    const page =
      '央广网北京5月6日消息(记者王某)5月5日,北京朝阳区启动社区慢病管理行动,' +
      '全区高血压患者规范管理率将达到70%以上。\n';
    expect(regions(page)).toEqual([[70, '朝阳区']]);
  });
});

describe('a meeting’s venue is not where the page binds (example-places.ts)', () => {
  it('leaves the county a city’s meeting was held in out of the page’s region', () => {
    const page =
      '5月8日,市卫生健康委在安远县召开全市妇幼健康工作推进会。会议要求,' +
      '今年全市孕产妇系统管理率达到92%以上。\n';
    expect(regions(page)).toEqual([[92, '全市']]);
  });

  it('still reads a place that holds the meeting itself', () => {
    const page =
      '5月8日,安远县召开全县妇幼健康工作会议,要求今年全县孕产妇系统管理率达到92%以上。\n';
    expect(regions(page)).toEqual([[92, '安远县']]);
  });
});
