import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Names round 8 (branch hnames8; names over every set), in wording of our own.
const HEADER = '2026年全县卫生健康工作要点\n';
const names = (body: string) => extractTargets(HEADER + body).targets.map((t) => t.indicator);

describe('a health literacy level with no people named', () => {
  it('is titled by the residents', () => {
    expect(names('到2026年,健康素养水平提升到31%。')).toEqual(['居民健康素养水平']);
    expect(names('年底前健康素养达到27%以上。')).toEqual(['居民健康素养水平']);
    expect(names('心理健康素养水平提升到24%。')).toEqual(['居民心理健康素养水平']);
  });

  it('keeps the change made to it', () => {
    expect(names('中医药健康素养水平较上年提高3个百分点。')).toEqual([
      '居民中医药健康素养水平提高幅度',
    ]);
  });

  it('leaves the people a plan names as they are (guards)', () => {
    expect(names('全县老年人健康素养水平达到23%。')).toEqual(['老年人健康素养水平']);
    expect(names('市民健康素养水平达到36%。')).toEqual(['市民健康素养水平']);
    expect(names('居民健康素养水平达到29%。')).toEqual(['居民健康素养水平']);
  });
});

describe('a standard left unnamed or named only by who set it', () => {
  it('drops the body that set the standard', () => {
    expect(names('75%的乡(镇)达到国家确定的初级卫生保健工作指标。')).toEqual([
      '乡(镇)达到初级卫生保健工作指标比例',
    ]);
    expect(names('55%的村卫生室达到省规定的建设标准。')).toEqual(['村卫生室达到建设标准比例']);
  });

  it('drops a bare 符合标准的 / 符合要求的', () => {
    expect(names('二级以上综合医院设立符合要求的康复医学科的比例达70%以上。')).toEqual([
      '二级以上综合医院设立康复医学科的比例',
    ]);
  });

  it('keeps the eligible people a share counts (guard)', () => {
    expect(names('符合条件的戒毒人员药物维持治疗比例达65%。')).toEqual([
      '符合条件的戒毒人员药物维持治疗比例',
    ]);
  });
});

describe("a spun page's bracketed advert for a report inside a name", () => {
  it('leaves the name', () => {
    expect(names('孕产妇系统管理(管项目可行性研究报告)率达到92%。')).toEqual(['孕产妇系统管理率']);
    expect(names('健康教育(教育行业分析报告)覆盖率达到80%。')).toEqual(['健康教育覆盖率']);
  });

  it('keeps a report the measure is about (guard)', () => {
    expect(names('法定传染病网络直报报告率达到98%。')).toEqual(['法定传染病网络直报报告率']);
  });
});
