import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';
import { buildIndicatorMatcher } from './catalogue-names';

// Names on first contact, second round (issue 14, names round 16, branch hnames2), in wording of
// our own.
const HEADER = '2011年全县卫生工作要点\n';
const read = (body: string, catalogue = buildIndicatorMatcher([])) =>
  extractTargets(HEADER + body, { catalogue }).targets.map((t) => [t.indicator, t.scope]);
const names = (body: string) => extractTargets(HEADER + body).targets.map((t) => t.indicator);

describe("the rural scheme's own name", () => {
  it('is titled 新农合 where the plan writes it out', () => {
    expect(names('新型农村合作医疗住院费用实际补偿比达到60%以上。')).toEqual([
      '新农合住院费用实际补偿比',
    ]);
  });

  it('stays with a catalogue word that follows it', () => {
    const insured = buildIndicatorMatcher([
      { name: '城乡居民医保参保率', synonyms: ['参保率'], unit: '%', direction: 'up' },
    ]);
    expect(read('新型农村合作医疗参保率保持在97%以上。', insured)).toEqual([
      ['新农合参保率', null],
    ]);
  });

  it('keeps its words in a joint name of several schemes', () => {
    expect(names('职工医疗保险和新型农村合作医疗政策内报销比例达到65%。')).toEqual([
      '职工医疗保险和新型农村合作医疗政策内报销比例',
    ]);
  });
});

describe('a rate of joining the scheme (参合)', () => {
  it("is the rural scheme's, its members no part of it", () => {
    expect(read('全县农民参合率稳定在96%以上。')).toEqual([['新农合参合率', null]]);
  });

  it('keeps the unit it is counted by as a scope', () => {
    expect(read('以自然村为单位的参合覆盖率达到100%。')).toEqual([
      ['新农合参合覆盖率', '以自然村为单位'],
    ]);
  });
});

describe("a scheme's subsidy", () => {
  it('is titled after the scheme, then 人均 and who pays', () => {
    expect(names('各级财政对城镇居民医保补助标准提高到人均260元。')).toEqual([
      '城镇居民医保人均财政补助标准',
    ]);
  });

  it('takes the payer of the clause before when it writes only 对', () => {
    expect(
      names('确保政府对城镇居民医保补助不降低,对参加新型农村合作医疗制度的人均补助额不低于210元。'),
    ).toEqual(['新农合人均政府补助额']);
  });

  it('leaves a subsidy paid to people, not to a scheme', () => {
    expect(names('财政对计生特困家庭的补助标准提高到人均600元。')).toEqual([
      '财政对计生特困家庭人均补助标准',
    ]);
  });
});

describe('a share written without its base', () => {
  const drugs = buildIndicatorMatcher([
    {
      name: '药品收入占医疗收入比例',
      synonyms: ['药品收入比例', '药品收入占比'],
      unit: '%',
      direction: 'down',
    },
  ]);

  it('takes the base its catalogue name gives', () => {
    expect(read('公立医院药品收入比例降到28%以下。', drugs)).toEqual([
      ['药品收入占医疗收入比例', null],
    ]);
  });

  it('keeps a share written 占比, which says its whole already (names round 4)', () => {
    expect(read('药品收入占比控制在30%以内。', drugs)).toEqual([['药品收入占比', null]]);
  });

  it('keeps a base of its own', () => {
    expect(read('药品收入占门诊收入比例降到40%以下。', drugs)).toEqual([
      ['药品收入占门诊收入比例', null],
    ]);
  });
});

describe("a duty table's deadline line", () => {
  const table = (deadline: string) =>
    names(
      `一、改善环境\n1.工业废水集中处理率达到88%。\n牵头领导:李某\n配合单位:各街道\n${deadline}`,
    );

  it("goes on with its item's indicator", () => {
    expect(table('完成时限:2011年底达85%。')).toEqual(['工业废水集中处理率', '工业废水集中处理率']);
    expect(
      names('2.全年噪声达标天数不少于320天。\n牵头单位:区环保局\n完成时间:2011年不少于310天。'),
    ).toEqual(['噪声达标天数', '噪声达标天数']);
  });

  it('is read only below label lines', () => {
    const read = names(
      '1.工业废水集中处理率达到88%。\n同时开展河道整治工作。\n完成时限:2011年底达85%。',
    );
    expect(read[0]).toBe('工业废水集中处理率');
    expect(read[1]).not.toBe('工业废水集中处理率');
  });
});

describe('a page break inside a word', () => {
  it("drops a footer's page number spaced around its slash", () => {
    expect(names('城3 / 7 区居民电子健康档案建档率达到75%以上。')).toEqual([
      '城区居民电子健康档案建档率',
    ]);
  });

  it('keeps a fraction in a name', () => {
    expect(names('发病率低于1/10万的乡镇比例达到90%。')).toEqual(['发病率低于1/10万的乡镇比例']);
    expect(names('感染率低于1/5以下的县比例达到90%。')).toEqual(['感染率低于1/5以下的县比例']);
  });

  it('drops a space a wrapped line left between characters', () => {
    expect(names('年底前要完成全县200个村卫 生室的建立任务。')).toEqual(['村卫生室建立数']);
  });
});
