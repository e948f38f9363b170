import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../regions/gazetteer';
import { SAMPLE_UNITS } from '../regions/gazetteer.fixture';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set AL (a range whose counting word follows
// both ends, a density's base after a slash, a dateline that is a place in brackets, an aim clause
// that names only its time and verb after a count of what there is now, 今年 on a page dated in an
// earlier year, members listed before 在内, a purpose lead 以期, a share whose base stands before
// the number, a modal before the aim word, a run of deeds since a past year, a period whose dash a
// document site lost, a heading of aims run into its first count), each tested in wording of its
// own.

const targets = (text: string) => extractTargets(text).targets;
const values = (text: string) => targets(text).map((t) => t.value);
const names = (text: string) => targets(text).map((t) => t.indicator);
const gazetteer = buildGazetteer(SAMPLE_UNITS);

describe('a range whose counting word follows both ends', () => {
  it('is one range (2个至3个), not two counts', () => {
    const found = targets('到2025年,每个街道将新建2个至3个社区康复站。');
    expect(found.map((t) => [t.value, t.valueMax, t.unit])).toEqual([[2, 3, '个']]);
  });

  it('leaves two counts apart when the second is no larger', () => {
    expect(values('新建站点5个,到2025年改造3个。')).toEqual([5, 3]);
  });
});

describe('a density written as a count over its base', () => {
  it('reads the base after the slash as no figure (12张/10万人)', () => {
    const found = targets('到2027年,全省重症监护床位达到12张/10万人。');
    expect(found.map((t) => [t.value, t.unit])).toEqual([[12, '张']]);
    expect(found[0]!.indicator).toBe('重症监护床位数');
  });
});

describe('a dateline that is a place in brackets', () => {
  it('says where the story was filed, not where its aims bind', () => {
    const story = '(北京讯)国家卫健委在会上表示,儿童青少年总体近视率每年下降0.5个百分点以上。';
    const found = extractTargets(story, { gazetteer }).targets;
    expect(found.map((t) => t.region)).toEqual(['全国']);
  });
});

describe('an aim clause that names nothing but its time and verb', () => {
  it('counts what the sentence said there is now (现有…,计划…增加到)', () => {
    const text = '全省现有心理援助热线12条,计划年内增加到20条。';
    expect(names(text)).toEqual(['心理援助热线数']);
  });

  it('goes on to a later clause of the same sentence', () => {
    const text = '目前共有康复医院是8家,力争明年增加到10家,到2027年,增加到15家。';
    expect(names(text)).toEqual(['康复医院数', '康复医院数']);
  });
});

describe('今年 on a page dated in an earlier year', () => {
  it('is the year the page was dated in, when the plan year is only a horizon it hopes for', () => {
    const text = '2018年3月2日\n卫健委称,全市有望在2022年消除疟疾。今年,全市新建发热哨点20个。';
    expect(targets(text).map((t) => [t.value, t.year])).toEqual([[20, 2018]]);
  });
});

describe('members listed before 在内', () => {
  it('are no part of the whole’s name', () => {
    const text = '今年全县完成包括肺结核、乙肝等在内的传染病随访1500人。';
    expect(names(text)).toEqual(['传染病随访人数']);
  });
});

describe('a purpose lead (以期, 以求)', () => {
  it('opens the aim, not its name', () => {
    const text = '全市将加大投入,以期到2026年使肺结核发病率比2020年下降20%以上。';
    expect(names(text)).toEqual(['肺结核发病率下降幅度']);
  });
});

describe('a share whose base stands before the number', () => {
  it('is named for the units over the base (…要达到床位总数6%的比例)', () => {
    const text = '到2025年,二级以上医院康复床位要达到床位总数6%的比例。';
    expect(names(text)).toEqual(['二级以上医院康复床位占床位总数比例']);
  });
});

describe('a modal before the aim word', () => {
  it('is no part of the name (能够, 可以)', () => {
    expect(names('确保急诊床位能够达到床位总数的10%。')).toEqual(['急诊床位占床位总数比例']);
  });
});

describe('a run of deeds since a past year', () => {
  it('reports what was achieved (自2012年起,…推行了…)', () => {
    const text =
      '到2025年,全县孕产妇系统管理率达到95%。自2012年起,全县推行了孕产期保健计划,累计服务孕妇2.1万人,高危孕产妇管理率提高至97.36%。';
    expect(values(text)).toEqual([95]);
  });

  it('still aims when no deed is told done (自2023年起,每年…)', () => {
    const text = '到2025年,全县孕产妇系统管理率达到95%。自2023年起,全县高危孕产妇管理率要达到98%。';
    expect(values(text)).toEqual([95, 98]);
  });
});

describe('a period whose dash a document site lost', () => {
  it('gives the plan its last year (方案20212025年.docx)', () => {
    const text = '某县慢性病防控实施方案20212025年.docx\n一、目标\n高血压规范管理率达到65%。';
    expect(targets(text).map((t) => t.year)).toEqual([2025]);
  });
});

describe('a heading of aims run into its first count', () => {
  it('is no part of the counted name (一、工作目标完成…)', () => {
    const text = '一、工作目标完成结直肠癌初筛3000例;初筛阳性随访率达到90%。';
    expect(names(text)[0]).toBe('结直肠癌初筛例数');
  });
});
