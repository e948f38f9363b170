import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../regions/gazetteer';
import { SAMPLE_UNITS } from '../regions/gazetteer.fixture';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set W (multi-year plans with indicator
// lists, and pages that report how such plans went), each tested in wording of its own.

const targets = (text: string) => extractTargets(text).targets;
const gazetteer = buildGazetteer(SAMPLE_UNITS);

describe('figures written digit by digit in Chinese', () => {
  it('reads a year 二〇二三年 as 2023', () => {
    const text = '某报讯 省政府日前提出,二〇二三年全省孕产妇系统管理率要达到92%以上。';
    expect(targets(text).map((t) => [t.value, t.year])).toEqual([[92, 2023]]);
  });

  it('reads a decimal with its 点 before a unit (七八点五岁)', () => {
    const text = '到2030年,全省人均预期寿命要提高到七八点五岁,孕产妇死亡率降到九点五/10万。';
    expect(targets(text).map((t) => t.value)).toContain(78.5);
  });

  it('leaves digits without a 点 alone (九九重阳, 三三制 are words)', () => {
    const text = '到2025年,九九重阳节前完成三三制试点30个,老年人健康管理率达到70%。';
    const found = targets(text);
    expect(found.map((t) => t.value)).not.toContain(99);
    expect(found.map((t) => t.value)).toContain(70);
  });
});

describe('the place that names its own five-year plan', () => {
  it('gives the page its region when only a table heading names it', () => {
    const text =
      '——健康服务能力持续增强。每千常住人口执业(助理)医师达3.2人,每千常住人口注册护士达3.8人。\n' +
      '——健康管理全面加强。高血压患者规范管理率达70%以上。\n' +
      '江汉区“十四五”卫生健康主要发展指标\n分类 序号 主要指标 单位 2025年 指标性质\n';
    const found = extractTargets(text, { gazetteer }).targets;
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(found.map((t) => t.region))).toEqual(new Set(['江汉区']));
  });

  it('does not when the page names another place too', () => {
    const text =
      '——健康服务能力持续增强。每千常住人口执业(助理)医师达3.2人,武汉市平均水平为3.5人。\n' +
      '江汉区“十四五”卫生健康主要发展指标\n';
    const found = extractTargets(text, { gazetteer }).targets;
    expect(found.map((t) => t.region)).not.toContain('江汉区');
  });
});

describe('a page whose first line announces what was achieved', () => {
  it('reads the list after 取得了…成效: as results', () => {
    const text =
      '全市健康城市建设取得了显著的阶段性成效:\n' +
      '一是健康环境持续改善,农村卫生厕所普及率提高到93.5%。\n' +
      '二是健康服务更加可及,妇女儿童“两纲”目标全面实现,儿童健康管理率达到95.2%。\n' +
      '下一步,将继续推进健康城市建设。';
    expect(targets(text)).toEqual([]);
  });

  it('keeps a plan whose first line strives for results (力争取得…成效:)', () => {
    const text =
      '今年全市健康城市建设要力争取得新的成效:\n一是到2025年农村卫生厕所普及率提高到95%以上。';
    expect(targets(text).map((t) => t.value)).toContain(95);
  });
});

describe('a news page dated before a milestone it relays', () => {
  it('keeps an intermediate year of the plan that is still ahead of the story', () => {
    const text =
      '某省出台全民健康素养提升行动计划\n' +
      '2021-05-10 来源:某某日报\n' +
      '日前,某省印发《全民健康素养提升行动计划(2021—2025年)》,明确2022年全省居民健康素养水平' +
      '达到28%,2025年全省居民健康素养水平达到32%。';
    expect(targets(text).map((t) => [t.value, t.year])).toEqual([
      [28, 2022],
      [32, 2025],
    ]);
  });
});

describe('a headline that names a five-year plan and no year', () => {
  it('gives the page the period’s last year (十五五 → 2030)', () => {
    const text =
      '某某:“十五五”全国人均预期寿命有望达到80岁\n' +
      '某某在发布会上表示,希望通过五年努力,使人均预期寿命从2024年的79岁提高到80岁左右。';
    const found = targets(text);
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(found.map((t) => t.year))).toEqual(new Set([2030]));
  });

  it('so a dated run that ends before the period’s end is a result (十四五 亮点)', () => {
    const text =
      '“十四五”亮点丨全民健康素养稳步提升\n' +
      '记者从国家卫生健康委获悉,居民健康素养水平由2020年的23.2%提升到2024年的31.9%。';
    expect(targets(text)).toEqual([]);
  });
});

describe('news that relays a level with 提升至', () => {
  it('keeps a headline 健康素养水平至2030年提升至35%', () => {
    const text =
      '我省推动居民健康素养水平至2030年提升至35%\n' +
      '本报讯(记者 张三)省卫生健康委近日召开新闻发布会,介绍全省健康知识普及工作情况。';
    expect(targets(text).map((t) => t.value)).toContain(35);
  });
});

describe('a baseline written 从…的…基础上', () => {
  it('does not make the rise after it a past figure', () => {
    const text =
      '到2030年,全省人均预期寿命要从2024年的78岁基础上再提高1.5岁,孕产妇死亡率降到10/10万以下。';
    expect(targets(text).map((t) => t.value)).toContain(1.5);
  });
});

describe('a count of beds', () => {
  it('is named 床位数, not 床位张数', () => {
    const text = '到2025年,每千常住人口医疗卫生机构床位达6.2张。';
    expect(targets(text).map((t) => t.indicator)).toEqual(['每千常住人口医疗卫生机构床位数']);
  });
});
