import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set CB (a city's 创卫 plan listing the works of
// the year: areas, lengths and counts of old estates, mains and pipes to rebuild), each tested in
// wording of its own.

const targets = (text: string) => extractTargets(text).targets;
const pairs = (text: string) => targets(text).map((t) => `${t.value}${t.unit}`);

describe('works to do in areas and lengths', () => {
  it('reads an area of estates or lanes put in order (整治) as work to do', () => {
    expect(pairs('全面整治背街小巷8万平方米。')).toEqual(['8万平方米']);
  });

  it('reads a length done, then the mains and their rebuilding verb', () => {
    expect(pairs('年内完成城区12.5公里雨污管网改造。')).toEqual(['12.5公里']);
  });

  it('keeps a count joined by 和 after a length of works', () => {
    expect(pairs('新建排水管道25公里和8座泵站。')).toEqual(['25公里', '8座']);
  });

  it('still drops a length that sizes the thing named after it', () => {
    expect(pairs('建成3公里健身圈。')).toEqual([]);
  });
});

describe('an item number run on after a closing note', () => {
  it('starts the next item after the note, so its length is read with its own verb', () => {
    const t = targets('1.改造老旧小区30个。(牵头单位:市住建局)2.完成城区8公里污水管网改造。');
    expect(t.map((x) => `${x.value}${x.unit}`)).toEqual(['30个', '8公里']);
    expect(t[1]!.quote.startsWith('(')).toBe(false);
  });
});

describe('the start of a from-to', () => {
  it('drops the start when the change verb runs straight into the next figure', () => {
    const text =
      '到2030年,全县垃圾分类覆盖率要从2022年的20%提高到50%;农村自来水普及率从2022年的45%提升70%。';
    expect(targets(text).map((t) => t.value)).toEqual([50, 70]);
  });

  it('drops such a start in traditional script too (read after conversion)', () => {
    const text =
      '到2030年,全縣衛生廁所普及率要從2022年的40%提高到70%;農村自來水普及率從2022年的45%提升80%。';
    expect(targets(text).map((t) => t.value)).toEqual([70, 80]);
  });
});

describe('a headline below the site banner', () => {
  it('reads an award headline under a banner and a trail of sections as a report', () => {
    const text =
      '某某生活网,本地新闻天天看! 收藏本站\n您现在的位置:首页 > 地方新闻 >\n\n某县荣获国家卫生县城称号\n\n据悉,该县建成区绿化覆盖率达41.2%,群众对卫生工作满意率达96%。';
    expect(targets(text)).toEqual([]);
  });

  it('still reads the aims of a plan under such a banner', () => {
    const text =
      '某某生活网,本地新闻天天看! 收藏本站\n您现在的位置:首页 > 地方新闻 >\n\n某县创建国家卫生县城工作方案\n\n到2026年,建成区绿化覆盖率达到42%。';
    expect(targets(text).map((t) => t.value)).toEqual([42]);
  });
});
