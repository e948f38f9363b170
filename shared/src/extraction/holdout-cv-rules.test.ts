import { describe, expect, it } from 'vitest';
import { buildIndicatorMatcher } from './catalogue-names';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set CV (民生实事 lists of districts and cities, a
// finance bureau's mid-year report), each tested in wording of its own.

const values = (text: string) => extractTargets(text).targets.map((t) => t.value);
const read = (text: string) =>
  extractTargets(text).targets.map((t) => ({
    value: t.value,
    indicator: t.indicator,
    comparator: t.comparator,
  }));

describe('the months of the year gone by opening a clause (context-rules.ts)', () => {
  it('reads a mid-year report’s spending and its share as a tally', () => {
    expect(
      values(
        '支持公共卫生服务。1-9月全区卫生健康支出8.6亿元,占一般公共预算支出的12.4%,主要用于基层医疗机构建设。',
      ),
    ).toEqual([]);
    expect(values('今年前三季度,全县医疗卫生支出3.2亿元,占全县财政支出的11%。')).toEqual([]);
    expect(values('医疗保障。1—5月全市城乡居民医保基金支出4.7亿元,住院费用报销比例71%。')).toEqual(
      [],
    );
    expect(values('一至四月份,全县免费孕前优生健康检查1260对,检查覆盖率82%。')).toEqual([]);
  });
  it('keeps a timetable’s deed in the months and a span dated in the plan’s own year', () => {
    expect(
      values(
        '2025年工作计划。1-6月完成高血压患者筛查5000人,年底前全县高血压患者规范管理率达到65%。',
      ),
    ).toEqual([5000, 65]);
    expect(values('2025年健康工作要点。2025年1-6月,全市新建村卫生室20个。')).toEqual([20]);
    expect(values('今年1-9月,全省农村自来水普及率为86.1%,预计到年底能够达到88%。')).toEqual([88]);
  });
  it('leaves the span of months out of the name of what is done in it', () => {
    expect(read('2025年工作计划。1-6月完成高血压患者筛查5000人。')[0]!.indicator).toBe(
      '高血压患者筛查人数',
    );
  });
});

describe('a grade bound by 以上 before the things a clause counts (figure-gates.ts)', () => {
  it('reads the things counted, not their grade', () => {
    expect(values('2025年民生实事。今年全市新建三类以上公厕50座。')).toEqual([50]);
    expect(values('2025年民生实事。全市改造2类以上农贸市场12个。')).toEqual([12]);
    expect(values('2025年民生实事。新建床位30张以上护理院3所。')).toEqual([3]);
  });
  it('still reads a count of kinds bound by 以上 with nothing counted after it', () => {
    expect(values('2025年民生实事。全区新增3类以上健康服务项目。')).toEqual([3]);
  });
});

describe('a count after 对 closing a text cut off there (figure-gates.ts)', () => {
  it('names nothing, so it is no item of the list before it', () => {
    expect(values('2025年民生实事。新建社区康复站5个,对120户')).toEqual([5]);
  });
  it('keeps 对 with the things and the work after the count', () => {
    expect(values('2025年民生实事。新建社区康复站5个,对120户困难家庭进行适老化改造。')).toEqual([
      5, 120,
    ]);
  });
});

describe('an arrowhead marking a list’s items (clauses.ts)', () => {
  it('is no part of the item’s name', () => {
    const [t] = read('2025年民生实事。\n▶免费开展老年人眼病筛查3000人。\n▶新增公共充电桩600个。');
    expect(t!.indicator).not.toContain('▶');
    expect(read('2025年民生实事。\n►新增托位200个。')[0]!.indicator).not.toContain('►');
  });
});

describe('为 N名 and the people served, the deed later in the sentence (comparators.ts)', () => {
  it('is the preposition “for”: a floor, not an exact quantity', () => {
    expect(
      read('2025年民生实事。计划为800名符合条件的低保对象、特困人员,分类提供免费体检服务。')[0]!
        .comparator,
    ).toBe('>=');
  });
  it('keeps 为 after a subject exact', () => {
    expect(
      read('2025年计划。全市家庭医生团队数为800名,为签约居民提供服务。')[0]?.comparator,
    ).not.toBe('>=');
  });
});

describe('a list of subsidies raised (level-naming.ts, insurance-schemes.ts)', () => {
  it('gives 人均 only to the item that says it per head', () => {
    const [a, b] = read(
      '2025年工作要点。将基本公卫人均补助标准提高到94元、城乡居民医保财政补助标准提高到670元。',
    );
    expect(a!.indicator).toContain('人均');
    expect(b!.indicator).not.toContain('人均');
  });
});

describe('a scheme named after an earlier item of a list (insurance-schemes.ts)', () => {
  const catalogue = buildIndicatorMatcher([
    { name: '财政补助标准', synonyms: [], unit: '元', direction: 'up' },
  ]);
  const names = (text: string) =>
    extractTargets(text, { catalogue }).targets.map((t) => t.indicator);
  it('titles the subsidy with its scheme, the item before being no scheme', () => {
    expect(
      names(
        '2025年工作要点。将孕检补助标准提高到94元、城镇职工基本医疗保险财政补助标准提高到670元。',
      )[1],
    ).toBe('城镇职工医保财政补助标准');
  });
  it('still leaves two schemes joined by 和 without one scheme’s name', () => {
    expect(names('2025年工作要点。新农合和城乡居民医保财政补助标准提高到670元。')[0]).toBe(
      '财政补助标准',
    );
  });
});
