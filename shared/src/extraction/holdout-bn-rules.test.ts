import { describe, expect, it } from 'vitest';
import { INDICATOR_CATALOGUE } from '../indicators/catalogue';
import { buildGazetteer } from '../regions/gazetteer';
import { SAMPLE_UNITS, unit } from '../regions/gazetteer.fixture';
import { buildIndicatorMatcher } from './catalogue-names';
import { extractTargets } from './extract-targets';
import { contentEnd } from './header';
import { pageRegion } from './page-region';
import { regionOf } from './region-words';

// Rules written from the failure classes of hold-out set BN (pages whose own place is told only
// by a credit's outlet, an area noun, a blanked office or level-named hospitals; a normal range;
// a per mille a copy dropped; a list of work done; names of population rates, timeliness, a
// verdict on work and a name cut by an indented line), each tested in wording of its own.

const gazetteer = buildGazetteer([
  ...SAMPLE_UNITS,
  unit('421100', '黄冈市', 2, '420000'),
  unit('421181', '麻城市', 3, '421100'),
]);
const catalogue = buildIndicatorMatcher(INDICATOR_CATALOGUE);

const values = (text: string) => extractTargets(text).targets.map((t) => t.value);
const names = (text: string) => extractTargets(text, { catalogue }).targets.map((t) => t.indicator);

describe("a page's own place", () => {
  it('reads past the outlet an opening credit names (据…网)', () => {
    const body =
      '据黄冈市卫生健康委网 3月2日,麻城市召开妇幼健康工作会。会议要求,今年全市孕产妇系统管理率达到92%以上。';
    expect(pageRegion(null, body, gazetteer)?.name).toBe('麻城市');
  });

  it('reads a title opening with 社区 as a kind of body, its area the page’s own word', () => {
    const body = '本中心负责辖区内儿童保健,适龄儿童建卡率≥97%。';
    expect(regionOf('社区卫生服务中心年度工作计划', body)).toBe('辖区');
    expect(regionOf('社区慢病管理工作计划', '本社区高血压患者管理率达到70%。')).toBe('本社区');
    expect(regionOf('社区慢病管理工作计划', '高血压患者管理率达到70%。')).toBe('社区');
  });

  it('reads an office whose place a copy blanked as no level of the page', () => {
    const body = '本站在××县卫生局的指导下,做好辖区内传染病报告,报告率达到99%。';
    expect(regionOf(null, body)).toBe('辖区');
    expect(regionOf(null, '牵头单位:县卫生局。报告率达到99%。')).toBe('全县');
  });

  it('reads a city bureau’s page by the hospitals it names by level alone', () => {
    const body =
      '1、加快市人民医院门诊楼建设,推进市妇幼保健院迁建。\n2、孕产妇住院分娩率达到98%以上。';
    expect(pageRegion('卫生局年度工作要点', body, gazetteer)).toEqual({
      name: '全市',
      code: null,
    });
    // One hospital, or urban hospitals in general, name no level of the page.
    expect(pageRegion('卫生局年度工作要点', '加快市人民医院门诊楼建设。', gazetteer)).toBeNull();
    expect(
      pageRegion('卫生局年度工作要点', '扶持城市中医院和社区中医院发展。', gazetteer),
    ).toBeNull();
  });

  it('ends the page at a list of related texts headed by the page’s title in brackets', () => {
    const text =
      '卫生工作计划\n一、全年免疫规划疫苗接种率保持在95%以上,加强乡镇卫生院和村卫生室的基层卫生服务能力建设。\n【卫生工作计划】相关文章:\n县卫生局年度总结';
    expect(text.slice(contentEnd(text))).toMatch(/^【卫生工作计划】相关文章/);
  });
});

describe('a normal range (正常范围) as a bound', () => {
  it('reads no target in a ratio kept in its normal range', () => {
    expect(values('全乡出生人口性别比保持在正常值以内,综合避孕率达到90%。')).toEqual([90]);
    expect(values('新生儿性别比控制在正常范围。')).toEqual([]);
  });

  it('still reads a level set by a higher whole as a target with no value', () => {
    expect(values('全乡法定传染病发病率控制在全省平均水平以下。')).toEqual([null]);
  });
});

describe('a birth or natural growth rate whose ‰ a copy dropped', () => {
  it('reads the bare ceiling in ‰', () => {
    const t = extractTargets('二、主要目标:全乡人口自然增长率控制在6以内。').targets;
    expect(t.map((x) => [x.value, x.unit, x.comparator])).toEqual([[6, '‰', '<=']]);
  });

  it('leaves bare numbers of other rates alone', () => {
    expect(values('二、主要目标:计划外出生率控制在3以内,孕产妇死亡率控制在20以下。')).toEqual([]);
  });
});

describe('a list of work done (完成了以下几项工作)', () => {
  it('reads no aim in the items a lead of work done announces', () => {
    const text =
      '做好妇幼工作是卫生院的职责。某乡按照年初确定的目标任务,圆满完成了以下几项工作:\n一是开展免费婚检,共检查412人。\n二是做好出生登记,出生登记准确率达到97%以上。';
    expect(values(text)).toEqual([]);
  });

  it('reads the aims of a plan that lists its work to do', () => {
    const text = '今年,某乡要重点做好以下几项工作:\n一是做好出生登记,出生登记准确率达到97%以上。';
    expect(values(text)).toEqual([97]);
  });

  it('reads the aims after the list, from the paragraph that looks ahead', () => {
    const text =
      '一年来,我院主要做了以下工作:\n一是住院分娩率达到99%。\n明年,我院力争孕产妇系统管理率达到95%。';
    expect(values(text)).toEqual([95]);
  });
});

describe('names', () => {
  it('titles a bare natural growth or birth rate as the population’s', () => {
    expect(names('今年全县自然增长率控制在5.5‰以内。')).toEqual(['人口自然增长率']);
    expect(names('今年全县出生率控制在11‰以内。')).toEqual(['人口出生率']);
    expect(names('今年全县年均自然增长率控制在5.5‰以内。')).toEqual(['年均自然增长率']);
  });

  it('keeps the act a timeliness rate measures', () => {
    expect(names('适龄儿童麻疹疫苗接种率达到95%,及时率达到90%。')).toEqual([
      '适龄儿童麻疹疫苗接种率',
      '适龄儿童麻疹疫苗接种及时率',
    ]);
    expect(names('宫颈癌筛查率达到80%,治疗率达到90%。')).toEqual(['宫颈癌筛查率', '宫颈癌治疗率']);
  });

  it('titles a verdict rate by the work the clause before names', () => {
    expect(names('二、工作目标:开展公共场所消毒工作,合格率达到98%。')).toEqual([
      '公共场所消毒合格率',
    ]);
  });

  it('goes on with a name a line break cut before an indented line', () => {
    const text =
      '做好辖区儿童体检工作,全年完成学龄前儿童眼保健服\n\n    务覆盖率≥90%,新生儿访视率≥95%。';
    expect(names(text)[0]).toBe('学龄前儿童眼保健服务覆盖率');
  });
});
