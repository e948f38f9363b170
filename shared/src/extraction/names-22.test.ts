import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';
import { deedFirst } from './deed-first';

// Names round 6 (branch hnames6; names on pages never seen), in wording of our own: a share of
// units that have, become or can do something is titled by the deed first, then the units.
const HEADER = '2025年全市卫生健康工作要点\n';
const names = (body: string) => extractTargets(HEADER + body).targets.map((t) => t.indicator);

describe('one facility per unit, and the floor on it', () => {
  it('leaves the count of one out of the deed', () => {
    expect(names('年底前100%的乡镇建有一所标准化敬老院。')).toEqual(['建有标准化敬老院的乡镇比例']);
    expect(deedFirst('社区设有1个心理咨询室')).toEqual({ units: '社区', deed: '设有心理咨询室' });
  });

  it('leaves 至少 before the deed out too', () => {
    expect(deedFirst('行政村至少建有1个健身广场')).toEqual({
      units: '行政村',
      deed: '建有健身广场',
    });
  });

  it('keeps a count of more than one, or one 以上', () => {
    expect(deedFirst('社区设有2个心理咨询室')).toBeNull();
    expect(deedFirst('社区设有1个以上心理咨询室')).toBeNull();
  });
});

describe('units that reach a grade or a titled kind', () => {
  it('titles a grade reached deed first', () => {
    expect(names('全市85%的县级妇幼保健院达到二级甲等水平。')).toEqual([
      '达到二级甲等水平的县级妇幼保健院比例',
    ]);
  });

  it('titles the standard of a titled kind of unit deed first', () => {
    expect(names('到年底,60%的建制镇达到省级卫生乡镇标准。')).toEqual([
      '达到省级卫生乡镇标准的建制镇比例',
    ]);
    expect(deedFirst('中医馆达到“示范中医馆”建设标准')).toEqual({
      units: '中医馆',
      deed: '达到“示范中医馆”建设标准',
    });
  });

  it('keeps the sentence order for a standard of service or control', () => {
    expect(names('90%的村卫生室达到服务能力基本标准。')).toEqual([
      '村卫生室达到服务能力基本标准比例',
    ]);
    expect(deedFirst('流行村达到传播阻断标准')).toBeNull();
  });
});

describe('what units are able to do', () => {
  it('writes 能够 as 能, and leaves the manner out', () => {
    expect(names('70%的托育机构能够以多种方式为家长提供育儿指导。')).toEqual([
      '能为家长提供育儿指导的托育机构比例',
    ]);
    expect(deedFirst('乡镇卫生院能够开展康复服务')).toEqual({
      units: '乡镇卫生院',
      deed: '能开展康复服务',
    });
  });
});
