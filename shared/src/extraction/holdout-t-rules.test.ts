import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../regions/gazetteer';
import { SAMPLE_UNITS } from '../regions/gazetteer.fixture';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set T (institutions' yearly plans and
// reports), each tested in wording of its own.

const targets = (text: string) => extractTargets(text).targets;
const gazetteer = buildGazetteer(SAMPLE_UNITS);

describe('a summary printed under a title that also names a 工作方案', () => {
  it('reads `…工作总结及…工作方案` as summary first: its figures were reached', () => {
    const text =
      '某中心2021年慢病管理工作总结及2022年工作方案\n现将全年工作总结如下:' +
      '管理糖尿病患者412人,规范管理率为71.6%,血糖控制率为58.2%。';
    expect(targets(text)).toEqual([]);
  });

  it('keeps the aims under the plan’s own heading after the summary', () => {
    const text =
      '某中心2021年慢病管理工作总结及2022年工作方案\n一、工作总结\n规范管理率为71.6%。\n' +
      '二、2022年工作方案\n糖尿病患者规范管理率达到75%以上。';
    expect(targets(text).map((t) => t.value)).toEqual([75]);
  });
});

describe('a list of aims, each with its baseline in brackets', () => {
  const text =
    '2027年病区护理质量计划\n力争实现压力性损伤发生率≤0.5%(2026年基线0.9%)、' +
    '跌倒发生率≤0.3‰(2026年基线0.6‰)、非计划拔管率≤0.2%(2026年基线0.4%)。';

  it('keeps every aim after a bracket: the bracket’s year dates the earlier baseline', () => {
    expect(targets(text).map((t) => t.value)).toEqual([0.5, 0.3, 0.2]);
  });

  it('gives each aim the plan’s year, not the bracketed baseline’s', () => {
    expect(targets(text).map((t) => t.year)).toEqual([2027, 2027, 2027]);
  });

  it('reads a figure right after 基线 as a baseline, with or without a year', () => {
    const bare =
      '2027年病区护理质量计划\n跌倒发生率≤0.3‰(基线0.6‰),约束合格率达到98%(基线值为93%)。';
    expect(targets(bare).map((t) => t.value)).toEqual([0.3, 98]);
  });
});

describe('a local plan that cites State Council notices', () => {
  it('binds its own 全县, not the country the cited notices speak for', () => {
    const text =
      '关于老年人健康体检工作方案\n为全县老年人开展免费体检是基本公共卫生服务的一项内容。' +
      '根据《国务院关于深化医药卫生体制改革的意见》和《国务院办公厅关于印发医改工作安排的通知》(国办函〔20XX〕9号),' +
      '制定本方案:\n一、工作目标\n65岁以上老年人健康体检率达到70%以上。';
    const read = extractTargets(text, { gazetteer }).targets;
    expect(read.map((t) => t.region)).toEqual(['全县']);
  });
});

describe('a rate given beside the count it was computed from', () => {
  it('reads `…接种412人,…接种率98.1%` as a report: the rate and the count it was computed from', () => {
    const text =
      '某镇卫生院情况\n辖区适龄儿童420人,乙肝疫苗接种412人,乙肝疫苗接种率达98.1%;' +
      '健康体检1830人,体检率为76.4%。';
    expect(targets(text)).toEqual([]);
  });

  it('keeps a rate after a count the plan asks to be done', () => {
    const text = '2026年某镇卫生院工作计划\n完成老年人健康体检1900人,老年人健康体检率达到70%以上。';
    expect(targets(text).map((t) => t.value)).toContain(70);
  });
});

describe('a count that closes a list of what something includes', () => {
  it('is the list’s size, not work to do', () => {
    const text =
      '2026年家庭医生工作计划\n签约服务包包括健康评估、慢病随访、用药指导等8项内容,签约率达到45%以上。';
    expect(targets(text).map((t) => t.value)).toEqual([45]);
  });
});

describe('lead words of a template’s aims', () => {
  it('keeps a masked year (到20XX年) out of the name, as a real one is', () => {
    const text = '全镇慢病随访工作方案\n到20XX年糖尿病患者规范管理率达到70%以上。';
    expect(targets(text).map((t) => t.indicator)).toEqual(['糖尿病患者规范管理率']);
  });

  it('reads 目标 before a name as the aim’s lead, but keeps 目标人群', () => {
    const text = '2026年儿童保健工作计划\n目标新生儿听力筛查率达98%以上,目标人群随访率达90%以上。';
    expect(targets(text).map((t) => t.indicator)).toEqual(['新生儿听力筛查率', '目标人群随访率']);
  });
});

describe('an institution’s own plan that names no place', () => {
  it('binds the institution by its own word (本院, 我中心)', () => {
    const hospital =
      '2026年护理部工作计划\n依据本院《护理质量提升方案》,力争实现住院患者跌倒发生率≤0.2‰。';
    expect(targets(hospital).map((t) => t.region)).toEqual(['本院']);
    const centre = '慢病管理工作计划\n我中心今年糖尿病患者规范管理率达到65%以上。';
    expect(targets(centre).map((t) => t.region)).toEqual(['我中心']);
  });
});
