import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out sets BA and BB (shares told in tenths, a
// fraction with Arabic digits), each tested in wording of its own.

const targets = (text: string) => extractTargets(text).targets;

describe('a share told in tenths', () => {
  it('reads 7成 and 九成以上 as 70% and 90%', () => {
    const plan = '到2027年,力争7成孕产妇参加健康课堂,九成以上家庭医生签约居民接受随访。';
    expect(targets(plan).map((t) => [t.value, t.unit, t.kind])).toEqual([
      [70, '%', 'rate'],
      [90, '%', 'rate'],
    ]);
  });

  it('leaves words that merely hold 成 alone', () => {
    const plan = '到2027年,新增5成员单位协作机制,组织一成不变的流程,完成体检3000人。';
    expect(targets(plan).map((t) => t.value)).toEqual([3000]);
  });
});

describe('a fraction written with Arabic digits', () => {
  it('reads 4分之1 as the share 分之 says', () => {
    const plan = '到2030年,重大慢性病过早死亡率降低4分之1。';
    expect(targets(plan).map((t) => [t.value, t.unit])).toEqual([[25, '%']]);
  });
});

describe('a share in tenths told as how things stand', () => {
  it('is no aim where its sentence sets none', () => {
    const news = '卫生局说,全市门诊量中社区卫生服务中心就占6成,三甲医院仍承担大部分住院服务。';
    expect(targets(news)).toEqual([]);
  });
});

describe('things counted by the piece or the bottle', () => {
  it('reads 件 and 瓶 as counting words, 万件 kept as written', () => {
    const plan = '到2025年,全年完成食品抽样检验约2万件,储备狂犬疫苗不少于1,500瓶。';
    expect(targets(plan).map((t) => [t.value, t.unit, t.kind])).toEqual([
      [20000, '件', 'count'],
      [1500, '瓶', 'count'],
    ]);
  });
});

describe('a count that sizes the list a thing belongs to', () => {
  it('is no aim: 之一 follows it', () => {
    const plan = '今年,县政府把家庭医生签约列入6件惠民实事之一,全年新建村卫生室4个。';
    expect(targets(plan).map((t) => [t.value, t.unit])).toEqual([[4, '个']]);
  });
});
