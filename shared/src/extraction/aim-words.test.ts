import { describe, expect, it } from 'vitest';
import { ENSURE } from './aim-words';
import { readBound } from './comparators';
import { extractTargets } from './extract-targets';
import { aimedYear } from './plan-years';
import { looksAhead } from './report-boundary';

// 保证 is the plain synonym of 确保 (ensure): plans write either before what they aim at, so every
// list of aim words that holds 确保 for that reason holds 保证 too (aim-words.ts). Its nouns
// (a deposit, a pledge, a guarantor, a rate's name, quality assurance) are no aim.

const ensure = new RegExp(ENSURE);
const values = (text: string) => extractTargets(text).targets.map((t) => t.value);

describe('the shared word of ensuring', () => {
  it('reads 保证 as 确保 is read', () => {
    expect(ensure.test('各乡镇要保证按期完成')).toBe(true);
    expect(ensure.test('确保按期完成')).toBe(true);
  });

  it('leaves the nouns built on 保证 out', () => {
    for (const noun of [
      '缴纳保证金',
      '签订保证书',
      '担任保证人',
      '质量保证体系',
      '灌溉保证率',
      '保证期内',
    ])
      expect(ensure.test(noun)).toBe(false);
  });
});

describe('保证 where 确保 stands', () => {
  it('makes a passage look ahead', () => {
    expect(looksAhead('全县上下保证完成全年免疫接种任务')).toBe(true);
    expect(looksAhead('全县推行质量保证制度')).toBe(false);
  });

  it('is an aim word before the figure', () => {
    expect(readBound('老年人体检率保证', '', false).aimed).toBe(true);
  });

  it('makes the year after it a milestone', () => {
    const s = '保证2027年底前建成';
    expect(aimedYear(s, s.indexOf('2027'))).toBe(true);
  });

  it('keeps a bare figure after 实现 on a page whose only aim word is 保证', () => {
    expect(values('全镇齐心协力保证实现老年人健康体检率75%。')).toEqual([75]);
    expect(values('全镇齐心协力保证2028年实现老年人健康体检率75%。')).toEqual([75]);
  });

  it('reads a page whose only 保证 is a noun as before', () => {
    // A page with no aim word records its values (reported-figures.ts); quality assurance is no aim.
    expect(values('院内推行质量保证制度,出院患者满意率93%。')).toEqual([]);
  });
});
