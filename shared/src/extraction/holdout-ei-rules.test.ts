import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';
import { isOpeningBeds } from './opening-beds';
import { weYearReviews } from './report-boundary';

// Rules written from the failure classes of hold-out set EI (city and county health aims, hospital
// projects, a county's review of its year), each tested in wording of its own.

const targets = (text: string) => extractTargets(text).targets;
const values = (text: string) => targets(text).map((t) => [t.value, t.unit]);

describe('the beds of a project under construction written 病床', () => {
  it('are a count to deliver, as 床位 are', () => {
    expect(isOpeningBeds('妇幼保健院迁建项目占地80亩,设置病床300张', '占地80亩,设置病床')).toBe(
      true,
    );
    expect(
      values('某县妇幼保健院迁建项目昨日开工\n该项目占地80亩,总投资2亿元,设置病床300张。'),
    ).toContainEqual([300, '张']);
  });

  it('are not when the building already stands (guard)', () => {
    expect(isOpeningBeds('该院已于前年建成投用,设置病床300张', '投用,设置病床')).toBe(false);
  });
});

describe('a review of a year told in the speaker’s voice (YYYY年,我们…)', () => {
  const review =
    '2023年,我们聚焦群众急难愁盼,民生福祉持续增进\n' +
    '养老服务扩面提质。新建社区嵌入式养老机构6家,改造敬老院床位420张,老年助餐点覆盖率达85%。\n' +
    '医疗保障更加有力。新增家庭医生签约服务团队30个,建成村级卫生室12个。\n';

  it('holds the figures of the paragraphs after it as results', () => {
    expect(targets(review)).toEqual([]);
  });

  it('ends where the text turns to the coming year', () => {
    const spans = weYearReviews(
      review + '2024年,我们要坚持稳中求进,新建社区卫生服务站8个。\n',
      1e6,
      null,
    );
    expect(spans).toHaveLength(1);
    const plan = targets(review + '2024年,我们要坚持稳中求进,新建社区卫生服务站8个。\n');
    expect(plan.map((t) => t.value)).toEqual([8]);
  });

  it('is no review when the lead itself looks ahead (guard)', () => {
    const aims =
      '2025年,我们要聚焦群众急难愁盼,办好十件民生实事\n' +
      '养老服务扩面提质。新建社区嵌入式养老机构6家,老年助餐点覆盖率达85%。\n';
    expect(weYearReviews(aims, aims.length, null)).toEqual([]);
    expect(targets(aims).map((t) => t.value)).toEqual(expect.arrayContaining([6, 85]));
  });
});
