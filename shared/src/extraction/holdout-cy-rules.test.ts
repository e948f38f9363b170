import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../regions/gazetteer';
import { SAMPLE_UNITS, unit } from '../regions/gazetteer.fixture';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out sets CY and DB (round CY, DB), each tested in
// wording of its own: the whole a share is taken of written as 在…中, a service's coverage after
// another's, units that provide a service with no measure word, people trained named verb first,
// a range of people to train, and a page of 全区 that speaks of its 自治区 bodies.

const names = (text: string) => extractTargets(text).targets.map((t) => t.indicator);

describe('the whole a share is out of, written 在…中 (name-finish.ts)', () => {
  it('titles the units and 占比, without the whole', () => {
    expect(names('到2025年,三级妇幼保健院在全部妇幼保健院中的占比提高到40%。')).toEqual([
      '三级妇幼保健院占比',
    ]);
  });
  it('drops a whole written 在所有…中 before 比例 too', () => {
    expect(names('到2025年,达标食堂在所有学校食堂中所占比例达到85%以上。')).toEqual([
      '达标食堂比例',
    ]);
  });
});

describe('a service’s coverage after another’s is a measure of its own (mention-shares.ts)', () => {
  it('does not read 家庭医疗服务 (a service) as a group narrowing the measure before', () => {
    expect(names('今年的目标是:产前筛查覆盖率95%以上,家庭医疗服务覆盖率85%以上。')).toEqual([
      '产前筛查覆盖率',
      '家庭医疗服务覆盖率',
    ]);
  });
  it('still reads a group of people as the scope of the measure before', () => {
    const t = extractTargets('到2025年,签约服务覆盖率达到45%,老年人群覆盖率达到75%。').targets;
    expect(t.map((x) => [x.indicator, x.scope])).toEqual([
      ['签约服务覆盖率', null],
      ['签约服务覆盖率', '老年人群'],
    ]);
  });
});

describe('units that provide or set up something, with no measure word (rate-heads.ts)', () => {
  it('titles the share of those units …比例', () => {
    expect(names('到2025年,社区卫生服务站提供康复服务提高到60%。')).toEqual([
      '社区卫生服务站提供康复服务比例',
    ]);
  });
});

describe('people trained, named verb first (indicator.ts countName)', () => {
  it('puts a phrase of people first, then the manner and the training', () => {
    expect(names('2024年免费培训村级保洁员800人。')).toEqual(['村级保洁员免费培训人数']);
  });
  it('keeps a 人 the plan wrote with the people, and turns 人数 into 人次', () => {
    expect(names('2024年培养社区健康指导人3万人次。')).toEqual(['社区健康指导人培养人次']);
  });
  it('keeps the verb before a bare word for people', () => {
    expect(names('2024年培训牧民600人。')).toEqual(['培训牧民人数']);
  });
});

describe('a range of people to train is a floor (target-comparator.ts)', () => {
  it('takes >= with its upper end', () => {
    const [t] = extractTargets('2024年培训社区网格员300至400人。').targets;
    expect([t?.value, t?.valueMax, t?.comparator]).toEqual([300, 400, '>=']);
  });
});

describe('a page of 全区 speaking of its 自治区 bodies (autonomous-wholes.ts)', () => {
  const gazetteer = buildGazetteer([
    ...SAMPLE_UNITS,
    unit('640000', '宁夏回族自治区', 1, '000000'),
    unit('640100', '银川市', 2, '640000'),
    unit('450000', '广西壮族自治区', 1, '000000'),
    unit('450100', '南宁市', 2, '450000'),
  ]);
  const meeting = (city: string) =>
    // (A caption line first: a first line naming the city would be the page's headline.)
    `会场一角\n\n本月3日,全区妇幼健康工作会议在${city}召开。自治区卫生健康委主任出席会议并讲话。\n` +
    '会议提出,到2025年,全区孕产妇系统管理率达到92%以上。';
  it('is the autonomous region that holds the place it names', () => {
    expect(extractTargets(meeting('银川'), { gazetteer }).document.region).toBe('宁夏回族自治区');
  });
  it('is left as its own word when the page names no 自治区 body', () => {
    const text = meeting('银川').replace('自治区卫生健康委主任', '卫生健康部门负责人');
    expect(extractTargets(text, { gazetteer }).document.region).toBe('全区');
  });
  it('is left as its own word when the places lie in two regions', () => {
    const text = `${meeting('银川')}南宁代表团列席会议。`;
    expect(extractTargets(text, { gazetteer }).document.region).toBe('全区');
  });
});
