import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Names that missed on first contact with unseen plans (issue 14), in wording of our own.
const HEADER = '2026年全市卫生健康重点工作安排\n';
const named = (body: string) =>
  extractTargets(HEADER + body).targets.map((t) => [t.indicator, t.value, t.unit]);

describe('count titles and their counting words', () => {
  it('ends a count of pieces (张, 条, 套) in 数, not in the piece word', () => {
    expect(named('年内新增养老床位800张,新建骑行绿道40条,配置急救设备12套。')).toEqual([
      ['新增养老床位数', 800, '张'],
      ['新建骑行绿道数', 40, '条'],
      ['配置急救设备数', 12, '套'],
    ]);
  });

  it('titles a count by a word that is what is counted (例, 户), without its 任务', () => {
    expect(named('全年完成1200例髋关节置换手术,完成3万户农村无害化改厕任务。')).toEqual([
      ['髋关节置换手术例数', 1200, '例'],
      ['农村无害化改厕户数', 30000, '户'],
    ]);
  });
});

describe('a name left short in a later clause', () => {
  it('titles a count named by its verb alone by what that verb acted on before', () => {
    expect(named('继续为8岁以下儿童补种麻疹疫苗,今年再补种60万人左右。')).toEqual([
      ['麻疹疫苗补种人数', 600_000, '人'],
    ]);
  });

  it('leaves a verb count alone when no earlier clause gives the verb an object', () => {
    expect(named('做好儿童疫苗补种工作,今年再补种6000人左右。')).toEqual([
      ['补种人数', 6000, '人'],
    ]);
  });

  it('reads a shortened name as the full one just set, its lead as the scope', () => {
    const got = extractTargets(
      HEADER + '人均基本公共卫生服务经费标准提高到90元,山区海岛人均经费标准力争提高到100元。',
    ).targets.map((t) => [t.indicator, t.scope, t.value]);
    expect(got).toEqual([
      ['人均基本公共卫生服务经费标准', null, 90],
      ['人均基本公共卫生服务经费标准', '山区海岛', 100],
    ]);
  });

  it('keeps a name that leaves out only a word or two, and its own scope', () => {
    const got = extractTargets(
      HEADER + '孕产妇系统管理率达到90%以上,高危孕产妇管理率达到100%。',
    ).targets.map((t) => [t.indicator, t.scope]);
    expect(got).toEqual([
      ['孕产妇系统管理率', null],
      ['高危孕产妇管理率', null],
    ]);
  });

  it('keeps a different indicator that only shares the head word', () => {
    expect(named('孕产妇死亡率控制在9/10万以下,婴儿死亡率控制在4‰以下。')).toEqual([
      ['孕产妇死亡率', 9, '1/10万'],
      ['婴儿死亡率', 4, '‰'],
    ]);
  });
});

describe('how often, in a name', () => {
  it('drops a least frequency (每一年最少…1次) from what is measured', () => {
    expect(
      named('重点人群每一年最少测血糖1次的比例达到50%,孕妇至少做2次产检的比例达到90%。'),
    ).toEqual([
      ['重点人群每年测血糖比例', 50, '%'],
      ['孕妇做产检比例', 90, '%'],
    ]);
  });

  it('keeps a count of times that no 最少/至少 bounds', () => {
    expect(named('成人每天两次刷牙率达到45%。')).toEqual([['成人每天两次刷牙率', 45, '%']]);
  });

  it('drops a converted page’s stray grave accent', () => {
    expect(named('65岁以上老人健康体检`率达到75%。')).toEqual([
      ['65岁以上老人健康体检率', 75, '%'],
    ]);
  });
});

describe('a share right after the units it counts', () => {
  it('names the units and what they do, as when the share comes first', () => {
    expect(
      named('到2027年,全县村卫生室90%以上能够提供中医药服务,乡镇卫生院80%以上设置中医馆。'),
    ).toEqual([
      ['能提供中医药服务的村卫生室比例', 90, '%'],
      ['设置中医馆的乡镇卫生院比例', 80, '%'],
    ]);
    expect(named('到2027年,80%以上的乡镇卫生院设置中医馆。')).toEqual([
      ['设置中医馆的乡镇卫生院比例', 80, '%'],
    ]);
  });

  it('leaves a rate named before its value alone', () => {
    expect(named('婚前医学检查率达到80%以上,达到省定要求。')).toEqual([
      ['婚前医学检查率', 80, '%'],
    ]);
  });
});

describe('a list of counts under two verbs of making', () => {
  it('gives the later items both verbs the first item opens with', () => {
    expect(named('年内新建改扩建体育公园5个、健身步道20条。')).toEqual([
      ['新建改扩建体育公园数', 5, '个'],
      ['新建改扩建健身步道数', 20, '条'],
    ]);
  });
});

describe('names on first contact after sets V–X (names3)', () => {
  it('ends a name before the aim words that follow it (均要求, 要求)', () => {
    expect(named('全市新生儿访视率均要求达到95%以上,产后访视率要求达到90%。')).toEqual([
      ['新生儿访视率', 95, '%'],
      ['产后访视率', 90, '%'],
    ]);
  });

  it('ends a name before a bare 控制 that bounds the figure after it', () => {
    expect(named('全市人口出生率控制在9‰左右,户籍人口自然增长率控制0.5‰至1.5‰。')).toEqual([
      ['人口出生率', 9, '‰'],
      ['户籍人口自然增长率', 0.5, '‰'],
    ]);
  });

  it('joins a rate’s name at a line’s end to the aim and figure opening the next line', () => {
    expect(
      named(
        '工作指标\n1、建卡率: 以乡 (镇) 为单位 12 月龄儿童建卡、建证率\n均要求达 98%以上,含流动儿童。\n',
      ),
    ).toEqual([['12月龄儿童建卡、建证率', 98, '%']]);
    // A line that opens with anything but an aim and its figure stays a line of its own.
    expect(named('一、儿童保健\n新生儿访视率\n2、孕产妇死亡率控制在10/10万以下。')).toEqual([
      ['孕产妇死亡率', 10, '1/10万'],
    ]);
  });

  it('splits the unit a rate is counted by, brackets and all, off a name opening with an age', () => {
    expect(named('以乡(镇)为单位24月龄儿童麻疹疫苗接种率达到95%以上。')).toEqual([
      ['24月龄儿童麻疹疫苗接种率', 95, '%'],
    ]);
  });

  it('names the share of a whole that is of one kind by that kind', () => {
    expect(named('新购置的公务用车中至少30%为新能源汽车。')).toEqual([['新能源汽车比例', 30, '%']]);
  });

  it('titles a percentage of a count as the share of what it counts', () => {
    expect(
      named('省级卫生乡镇数达到60%,接受健康教育人数达到40%,居民健康素养指数达到30%。'),
    ).toEqual([
      ['省级卫生乡镇比例', 60, '%'],
      ['接受健康教育人数比例', 40, '%'],
      ['居民健康素养指数', 30, '%'],
    ]);
  });

  it('ends a name at a bullet that opens the next item', () => {
    expect(named('年内新建社区卫生服务站3个●强化疾病预防控制体系建设')).toEqual([
      ['新建社区卫生服务站数', 3, '个'],
    ]);
  });

  it('names a share of a total by the units, without 数量 or the whole the total is taken over', () => {
    expect(named('健康促进医院数量提高到全省医院总数的60%,护理床位总数达到老年人口的5‰。')).toEqual(
      [
        ['健康促进医院占医院总数比例', 60, '%'],
        ['护理床位占老年人口比例', 5, '‰'],
      ],
    );
  });
});

describe('counts and shares on sets Y and Z (names5)', () => {
  it('titles a count of things worked on by the things and the work, not by 工作 or 任务', () => {
    expect(named('年内完成30家以上涉氨冷库企业的排查工作,完成8个社区的改造任务。')).toEqual([
      ['涉氨冷库企业排查数', 30, '家'],
      ['改造社区数', 8, '个'],
    ]);
  });

  it('keeps the residents or masses a count of people served', () => {
    expect(named('健康管理团队服务居民12万人以上,宣讲队伍惠及群众5万人。')).toEqual([
      ['健康管理团队服务居民数', 120_000, '人'],
      ['宣讲队伍惠及群众数', 50_000, '人'],
    ]);
  });

  it('names a share of units a scheme is extended to by the scheme and the units', () => {
    expect(named('将长期护理保险试点范围扩大到全省30%的县。')).toEqual([
      ['长期护理保险试点县覆盖比例', 30, '%'],
    ]);
  });
});

describe('words that title nothing in a count (names5)', () => {
  it('drops the 各 that spreads one figure over a list of things', () => {
    expect(named('年内新建社区体育场地、健身广场各12个。')).toEqual([
      ['新建社区体育场地、健身广场数', 12, '个'],
    ]);
  });

  it('drops 活动 before 的人数 when a verb already says what people do', () => {
    expect(named('全市经常参加户外健身活动的人数达到80万人。')).toEqual([
      ['经常参加户外健身人数', 800_000, '人'],
    ]);
  });
});
