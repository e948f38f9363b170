import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set AZ (a half-year summary citing the plans it
// carries out, …), each tested in wording of its own.

const targets = (text: string) => extractTargets(text).targets;

describe('a summary that cites the plans it carries out', () => {
  const summary =
    '区卫健局2023年前三季度爱国卫生工作总结\n\n按照《健康城市建设规划纲要》和《爱国卫生行动计划》要求,结合本单位实际开展工作。\n二、推进健康细胞建设\n一是加强宣传;二是创建卫生村12个,无烟单位8家。';

  it('is still a report: its counts are results', () => {
    expect(targets(summary)).toEqual([]);
  });

  it('leaves a notice alone whose own plan is the cited title', () => {
    const notice =
      '关于印发《2023年爱国卫生工作总结和2024年工作要点》的通知\n2024年,全区新增卫生村10个。';
    expect(targets(notice).map((t) => t.value)).toEqual([10]);
  });
});

describe('a headcount a place reaches, closed by the kind of place', () => {
  it('picks where a rule applies and is no aim', () => {
    const rule =
      '到2025年,在登记职业病病人超过50人的街道设立康复站,在常住人口满3000人的行政村建立服务点,全市建成康复站12个。';
    expect(targets(rule).map((t) => [t.value, t.unit])).toEqual([[12, '个']]);
  });

  it('leaves the aim of the sentence alone', () => {
    const aim = '到2025年,随访人数达到800人的社区居民健康档案建档率达到90%。';
    expect(targets(aim).map((t) => t.value)).toContain(90);
  });
});

describe('land told in 亩', () => {
  it('is an area to reach after an aim word, kept in 万亩 as written', () => {
    const plan = '到2025年,道地药材生产基地面积达到12.5万亩,林下种植不少于800亩。';
    expect(targets(plan).map((t) => [t.value, t.unit, t.kind])).toEqual([
      [12.5, '万亩', 'amount'],
      [800, '亩', 'amount'],
    ]);
  });

  it('is no target where nothing aims at it', () => {
    expect(targets('2025年计划:基地占地60亩的中药园区对外开放。')).toEqual([]);
  });
});

describe('a news story relaying a plan’s levels over several sentences', () => {
  const story =
    '本报讯 记者从市卫健委获悉,市政府日前印发方案。方案提出,到2025年,康养床位达到6000张。' +
    '养老服务业营业收入达到80亿元、占服务业比重10%以上。康养旅游年接待人次达300万人次,产业链初步形成。';

  it('reads a level told with bare 达 right after the relayed ones', () => {
    expect(targets(story).map((t) => t.value)).toEqual([6000, 80, 10, 3000000]);
  });

  it('leaves the story’s own figure told now', () => {
    const now = story.replace('康养旅游年接待', '目前康养旅游年接待');
    expect(targets(now).map((t) => t.value)).toEqual([6000, 80, 10]);
  });
});

describe('an aim word before a per-head base', () => {
  it('aims at the measure after the base', () => {
    const plan = '到2030年,城市公园绿地力争达到人均15平方米,全民健身场地提高到每千人800平方米。';
    expect(targets(plan).map((t) => [t.value, t.unit])).toEqual([
      [15, '平方米'],
      [800, '平方米'],
    ]);
  });
});

describe('a clause whose subject is the places able to go further', () => {
  it('carries on the measure just set, those places its scope', () => {
    const plan = '到2027年,每千人口康复床位数达到0.5张,条件成熟的地区争取达到0.8张。';
    expect(targets(plan).map((t) => [t.indicator, t.value, t.scope])).toEqual([
      ['每千人口康复床位数', 0.5, null],
      ['每千人口康复床位数', 0.8, '条件成熟的地区'],
    ]);
  });
});

describe('figures a story tells of the present', () => {
  it('reads no aim in a price someone only pays, nor in the sums that work it out', () => {
    const story =
      '新开的日间照料中心每位老人每天只需支付30元,扣除政府补贴15元后,实际仅需自付15元。';
    expect(targets(story)).toEqual([]);
  });

  it('keeps a ceiling on what patients pay', () => {
    const plan = '到2025年,确保签约患者每次仅需自付不超过10元。';
    expect(targets(plan).map((t) => [t.value, t.comparator])).toEqual([[10, '<=']]);
  });

  it('reads no aim in a figure ranked right after it', () => {
    const story = '全县去年孕产妇系统管理率为98.6%,位居全市第一,婴儿死亡率降至2.1‰,排名全省前列。';
    expect(targets(story)).toEqual([]);
  });

  it('keeps an aim that hopes for a ranking', () => {
    const plan = '到2025年,全县孕产妇系统管理率力争达到98%,位居全市前列。';
    expect(targets(plan).map((t) => t.value)).toEqual([98]);
  });
});

describe('a share whose clause opens with 占', () => {
  it('is the share of the figure just set in the sentence', () => {
    const plan = '到2025年,健康服务业总规模达到1200亿元,占地区生产总值8%以上。';
    expect(targets(plan).map((t) => t.indicator)).toEqual([
      '健康服务业总规模',
      '健康服务业总规模占地区生产总值比重',
    ]);
  });
});

describe('a share in a 其中 clause naming a kind of the things just counted', () => {
  it('is that kind’s share of them', () => {
    const plan = '到2026年,全县托位总数达到3000个,其中普惠托位不低于70%。';
    expect(targets(plan).map((t) => t.indicator)).toEqual(['托位总数', '普惠托位占比']);
  });
});

describe('a share of units that have a capability', () => {
  it('is titled by the capability, 的, the units', () => {
    const plan = '到2025年,80%的社区卫生服务站具备康复服务能力。';
    expect(targets(plan).map((t) => t.indicator)).toEqual(['具备康复服务能力的社区卫生服务站比例']);
  });
});
