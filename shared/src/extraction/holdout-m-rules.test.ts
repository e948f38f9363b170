import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../regions/gazetteer';
import { SAMPLE_UNITS } from '../regions/gazetteer.fixture';
import { pastYear, REFERENCE } from './context-rules';
import { asidePlaces } from './example-places';
import { extractTargets } from './extract-targets';
import { normalise } from './normalise';
import { progressLead } from './progress-leads';
import { proposingPlace } from './proposing-place';
import { isReportKind, sentenceAims } from './report-kind';

// Rules written from the failure classes of hold-out set M, each tested in wording of its own.

const values = (text: string) => extractTargets(text).targets.map((t) => t.value);
const gazetteer = buildGazetteer(SAMPLE_UNITS);

describe('a list governed by a time lead that looks ahead', () => {
  it('reads a state said to improve inside the list as aimed at', () => {
    const text =
      '到2026年,全区人均预期寿命达到80岁;妇幼健康水平持续提升,新生儿死亡率、' +
      '孕产妇死亡率分别控制在2‰以下、9/10万左右。';
    expect(values(text)).toEqual([80, 2, 9]);
  });

  it('still reads a progress lead as reported when nothing looks ahead', () => {
    expect(progressLead('2021年全区妇幼健康水平稳步提升,孕产妇死亡率下降到')).toBe(true);
    expect(progressLead('到2026年,;妇幼健康水平稳步提升,孕产妇死亡率控制在')).toBe(false);
    const report = '2021年,全区人均预期寿命为79岁;妇幼健康水平持续提升,孕产妇死亡率下降到9/10万。';
    expect(values(report)).not.toContain(9);
  });
});

describe('news that a plan’s aims were met', () => {
  it('makes the page a report of levels reached', () => {
    const page =
      '妇幼健康三年行动目标提前实现 住院分娩率提高到99.8%\n' +
      '发布时间:2024-03-02\n省卫生健康委日前介绍,三年行动主要目标提前实现。' +
      '全省孕产妇系统管理率提高到93%,住院分娩率提高到99.8%。';
    expect(isReportKind(page, page.length)).toBe(true);
    expect(values(page)).toEqual([]);
    expect(isReportKind('某县妇幼工作目标已如期完成的报告', 20)).toBe(true);
  });

  it('is no report when the words still strive or the aim is set', () => {
    expect(isReportKind('力争三年行动主要目标提前实现,住院分娩率提高到99%', 40)).toBe(false);
    expect(isReportKind('全市上下确保目标如期实现,住院分娩率提高到99%', 40)).toBe(false);
    // 目标…实现 told as met does not make a sentence of the report look ahead.
    const s = '主要目标提前实现,系统管理率提高到93%';
    expect(sentenceAims(s, s.indexOf('93'), s.indexOf('93') + 3)).toBe(false);
  });
});

describe('a dateline whose source stands on the next line', () => {
  it('makes a later year’s news of an earlier year a report', () => {
    const page =
      '免疫规划疫苗覆盖面扩大\n2021-05-06 09:30:00\n来源:某某日报\n' +
      '记者从市疾控中心获悉,2020年,全市免疫规划疫苗接种率始终在95%以上。';
    expect(isReportKind(page, page.length)).toBe(true);
    expect(values(page)).toEqual([]);
  });
});

describe('a rank is no reference to a figure', () => {
  const refs = (s: string) => [...s.matchAll(REFERENCE)].map((m) => m[2]);

  it('leaves 领先/先进/前列 levels out and keeps averages and requirements', () => {
    expect(refs('救治能力达到省内领先水平')).toEqual([]);
    expect(refs('服务水平达到全国先进水平')).toEqual([]);
    expect(refs('主要指标保持在全市前列水平')).toEqual([]);
    expect(refs('健康素养水平不低于全省平均水平')).toEqual(['全省平均水平']);
    expect(refs('床位使用率达到省要求')).toEqual(['省要求']);
  });

  it('sets no value-less target for a rank', () => {
    expect(extractTargets('到2025年,全市院前急救能力达到省内领先水平。').targets).toEqual([]);
  });
});

describe('a change unit broken by PDF text', () => {
  it('joins 个 and 百分点 across a space or a line break', () => {
    expect(normalise('较上年提高2个 百分点').text).toBe('较上年提高2个百分点');
    expect(normalise('下降1.5 个\n百分点').text).toBe('下降1.5个百分点');
    // No number before 个: nothing is joined.
    expect(normalise('几个 百分点').text).toBe('几个 百分点');
  });

  it('reads the change whole, named without the reference before it', () => {
    const r = extractTargets(
      '全区2023 年度儿童健康管理率达到全市平均水平,并较上年提高不少于2个 百分点。',
    );
    const change = r.targets.find((t) => t.value === 2)!;
    expect([change.unit, change.comparator]).toEqual(['个百分点', '>=']);
    expect(change.indicator).toBe('儿童健康管理率提高幅度');
    expect(r.targets.some((t) => t.unit === '个')).toBe(false);
  });
});

describe('a milestone later in the clause governs the figure', () => {
  it('does not read the year a document was issued as the past', () => {
    expect(pastYear('2021年印发的规划明确到2027年将接种率提升至', 2024)).toBe(false);
    expect(values('2024年工作\n2021年印发的规划明确到2027年将接种率提升至98%。')).toEqual([98]);
  });

  it('still reads a span of past years as the past', () => {
    expect(pastYear('2019年到2020年,接种率从', 2021)).toBe(true);
    expect(pastYear('2018年,接种率', 2021)).toBe(true);
  });
});

describe('places that are not the page’s', () => {
  it('finds upload notes and examples', () => {
    const s = '发布于湖北 各地(如北京、重庆和四川)已出台方案,例如吉林提出';
    const hits = gazetteer.find(s);
    const aside = asidePlaces(s, hits);
    expect(hits.filter((_, i) => aside.has(i)).map((h) => h.unit.name)).toEqual([
      '湖北省',
      '北京市',
      '重庆市',
      '四川省',
      '吉林省',
    ]);
    expect(
      asidePlaces('武汉市卫生健康委印发方案', gazetteer.find('武汉市卫生健康委印发方案')),
    ).toEqual(new Set());
  });

  it('gives a national summary the country, not the provinces it cites', () => {
    const r = extractTargets(
      '癌症筛查方案要点\n我国在癌症筛查方面出台了多项政策。地方层面(如北京、四川)也细化了方案,' +
        '比如北京提出细化措施。到2030年,全国宫颈癌筛查率达到70%。',
      { gazetteer },
    );
    expect(r.document.region).toBe('全国');
  });

  it('does not take a document site’s upload place for a county template’s region', () => {
    const r = extractTargets(
      'XX县2023年健康促进方案.pdf\n  • 2024-01-05 发布于四川\n全县居民健康素养水平达到30%,全省平均水平以上。',
      { gazetteer },
    );
    expect(r.document.region).not.toBe('四川省');
    expect(r.targets[0]!.region).toBe('全县');
  });
});

describe('a name that ends in the word for an aim', () => {
  it('leaves 目标 and 目标值 out of the name', () => {
    const names = extractTargets(
      '到2030年,全省高血压患者规范管理率目标为75%,糖尿病患者规范管理率目标值为70%。',
    ).targets.map((t) => t.indicator);
    expect(names).toEqual(['高血压患者规范管理率', '糖尿病患者规范管理率']);
  });
});

describe('a place that sets an aim of its own in a national page', () => {
  it('gives that clause’s target the place that proposes it', () => {
    const r = extractTargets(
      '我国出台了老年健康服务方案。到2025年,全国老年人健康管理率达到65%。' +
        '地方层面,比如四川提出到2025年老年人健康管理率达到70%。',
      { gazetteer },
    );
    expect(r.targets.map((t) => [t.value, t.region])).toEqual([
      [65, '全国'],
      [70, '四川省'],
    ]);
  });

  it('reads only a place followed by a verb of setting, not family planning or a cited title', () => {
    expect(proposingPlace('北京市计划生育协会会员覆盖率', gazetteer)).toBeNull();
    expect(proposingPlace('按《四川省规定》,覆盖率', gazetteer)).toBeNull();
    expect(proposingPlace('重庆市也明确到2025年覆盖率', gazetteer)?.name).toBe('重庆市');
  });
});
