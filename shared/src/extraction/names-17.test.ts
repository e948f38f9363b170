import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Names round 17 (issue 14, branch hnames), in wording of our own.
const HEADER = '2012年全区健康促进工作计划\n';
const names = (body: string) => extractTargets(HEADER + body).targets.map((t) => t.indicator);

describe('life expectancy written as 平均预期寿命', () => {
  it('is titled 人均预期寿命, with or without the population word', () => {
    expect(names('本区人口平均预期寿命力争达到79岁。')).toEqual(['人均预期寿命']);
    expect(names('平均预期寿命提高到80.5岁。')).toEqual(['人均预期寿命']);
  });

  it('leaves 人均期望寿命 as written', () => {
    expect(names('人均期望寿命达到78岁。')).toEqual(['人均期望寿命']);
  });
});

describe("residents' knowledge", () => {
  it('keeps the residents before a knowledge awareness rate', () => {
    expect(names('居民控烟知识知晓率达到75%以上。')).toEqual(['居民控烟知识知晓率']);
  });

  it('still drops the residents a plain rate is counted over', () => {
    expect(names('城乡居民吸烟率降到22%以下。')).toEqual(['吸烟率']);
  });
});
