import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Names round 9d (branch names9d): a phrase of effort before the aim word, in wording of our own.
const HEADER = '2026年全市卫生健康工作要点\n';
const names = (body: string) => extractTargets(HEADER + body).targets.map((t) => t.indicator);

describe('a name written whole between the aim word and the figure', () => {
  it('names a count over the effort before the aim word', () => {
    expect(names('全市要举全市之力力争2027年实现每万人拥有全科医生数5名。')).toEqual([
      '每万人拥有全科医生数',
    ]);
    expect(names('各地集中精力确保年底前实现村卫生室达标数300个。')).toEqual(['村卫生室达标数']);
  });

  it('names a rate over the effort before the aim word', () => {
    expect(names('全市凝心聚力确保2027年实现高血压患者规范管理率65%。')).toEqual([
      '高血压患者规范管理率',
    ]);
    expect(names('我们多措并举力争实现适龄儿童疫苗接种率98%。')).toEqual(['适龄儿童疫苗接种率']);
  });

  it('names a span of years over the words before a milestone year', () => {
    expect(names('会议明确到2028年实现全市人均预期寿命81岁。')).toEqual(['人均预期寿命']);
  });

  it('keeps a name before the aim word when nothing is named after it (guard)', () => {
    expect(names('全市孕产妇系统管理率力争2027年达到92%。')).toEqual(['孕产妇系统管理率']);
    expect(names('全市乡镇卫生院确保新建8所。')).toEqual(['乡镇卫生院数']);
  });
});
