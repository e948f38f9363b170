import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';
import { buildIndicatorMatcher } from './catalogue-names';

// Names round 4 (branch hnames4, issue 14; names across every set), in wording of our own: a name
// is what a bureau would title a chart with.
const HEADER = '2024年全县卫生健康工作要点\n';
const targets = (body: string) => extractTargets(HEADER + body).targets;
const names = (body: string) => targets(body).map((t) => t.indicator);

describe('a count of people named by a word for people', () => {
  it('takes no second counter after the people named after the number', () => {
    expect(names('力争培养300名乡村医生、120名公共卫生医师。')).toEqual([
      '乡村医生数',
      '公共卫生医师数',
    ]);
    expect(names('年内拟招聘80名护士。')).toEqual(['护士数']);
    expect(names('年内拟增聘60名医技人手。')).toEqual(['医技人手数']);
  });

  it('gives every item of a list the same title, a making verb and a closing 等 or not', () => {
    expect(names('到2025年,新增4名主任药师、6名副主任药师。')).toEqual([
      '新增主任药师数',
      '新增副主任药师数',
    ]);
    expect(names('到2025年,引进3名药师、5名技师等。')).toEqual(['药师数', '技师数']);
  });

  it('counts cases that are people as the people', () => {
    expect(names('明年收治急诊病人3.2万例。')).toEqual(['收治急诊病人数']);
  });

  it('keeps the counter of things and of people who are no single word', () => {
    expect(names('全年完成白内障复明手术500例。')).toEqual(['白内障复明手术例数']);
    // (People trained are titled people first since round CY, DB: 乡村医生骨干培训人数.)
    expect(names('全年培训乡村医生骨干200人。')).toEqual(['乡村医生骨干培训人数']);
  });
});

describe('one measure for two groups', () => {
  it('titles each group’s figure with its own name', () => {
    expect(names('到2025年,孕妇缺碘率控制在8%以下,学龄儿童缺碘率控制在5%以下。')).toEqual([
      '孕妇缺碘率',
      '学龄儿童缺碘率',
    ]);
  });

  it('still narrows a measure by a group written before its shortened name', () => {
    const [first, second] = targets('到2025年,家庭医生签约服务覆盖率达到45%,老年人覆盖率达到70%。');
    expect(first!.indicator).toBe('家庭医生签约服务覆盖率');
    expect(second!.indicator).toBe('家庭医生签约服务覆盖率');
    expect(second!.scope).toBe('老年人');
  });
});

describe('a 分别 list after an item that reached its own figure', () => {
  it('starts after that item', () => {
    expect(
      names('主要目标:床位使用率达90%左右、新生儿死亡率和围产儿死亡率分别控制在3‰和6‰以下。'),
    ).toEqual(['床位使用率', '新生儿死亡率', '围产儿死亡率']);
  });
});

describe('an act that covers a share right before the figure', () => {
  it('is titled as a coverage', () => {
    expect(names('到2025年,远程心电诊断服务覆盖90%以上。')).toEqual(['远程心电诊断服务覆盖率']);
  });
});

describe('a multiple of a base', () => {
  it('is named by its subject, not by the base after the bound', () => {
    expect(names('大病保险年度封顶线不低于当地居民人均可支配收入6倍。')).toEqual([
      '大病保险年度封顶线',
    ]);
  });
});

describe('the year an aim falls due inside a name', () => {
  it('is no part of the title', () => {
    expect(names('全县乡村医生今年签约服务人数覆盖率将达到40%以上。')).toEqual([
      '乡村医生签约服务人数覆盖率',
    ]);
  });
});

describe('an autonomous region opening a name', () => {
  it('goes by its short name and leaves the name', () => {
    const t = extractTargets(
      '宁夏回族自治区2024年卫生健康工作要点\n到2025年,使宁夏孕产妇艾滋病检测率达到98%以上。',
    ).targets;
    expect(t.map((x) => x.indicator)).toEqual(['孕产妇艾滋病检测率']);
  });
});

describe('a verb or bound word left in a name', () => {
  it('reads a rate raised or lowered by a share written after it as that rate’s change', () => {
    expect(names('到2030年,降低5岁以下儿童贫血率20%。')).toEqual(['5岁以下儿童贫血率下降幅度']);
    expect(names('今年要提高门诊统筹报销比例5%。')).toEqual(['门诊统筹报销比例提高幅度']);
  });

  it('keeps a rate raised to a level with a bound after it a level', () => {
    expect(names('到2025年提高孕产妇系统管理率95%以上。')).toEqual(['孕产妇系统管理率']);
  });

  it('drops the copula before a sum per head and year', () => {
    expect(names('医疗救助封顶线为每人每年5万元。')).toEqual(['医疗救助封顶线']);
  });

  it('drops 做到 before a name', () => {
    expect(names('全县要做到产后访视率达95%以上。')).toEqual(['产后访视率']);
  });

  it('drops a subject and its verb told done before the measure raised', () => {
    expect(names('新政策提高了门诊报销限额,由每年800元提高到1200元。')).toEqual(['门诊报销限额']);
  });
});

describe('a list fragment', () => {
  it('gives a grade alone the head noun a list of grades writes once', () => {
    expect(names('到2025年,建成5个国家级和20个省级临床重点专科。')).toEqual([
      '国家级临床重点专科数',
      '省级临床重点专科数',
    ]);
    expect(names('新增3家三级和6家二级医院。')).toEqual(['新增三级医院数', '二级医院数']);
  });

  it('titles parts of a count told by a label alone after 其中', () => {
    expect(names('全年新增床位300张,其中:内科120张,外科80张。')).toEqual([
      '新增床位数',
      '内科新增床位数',
      '外科新增床位数',
    ]);
  });
});

describe('an area or class of people taken for the name', () => {
  it('reads kinds of area after a measure’s colon as its scopes', () => {
    const t = targets('空气中PM2.5年均浓度:南方城市≤35微克/立方米,北方城市≤45微克/立方米。');
    expect(t.map((x) => [x.indicator, x.scope])).toEqual([
      ['空气中PM2.5年均浓度', '南方城市'],
      ['空气中PM2.5年均浓度', '北方城市'],
    ]);
  });

  it('reads a class told before 的 and the bound as the scope', () => {
    const t = targets('独生子女父母奖励金属城镇户籍的不低于3000元,农村户籍的不低于2000元。');
    expect(t.map((x) => [x.indicator, x.scope])).toEqual([
      ['独生子女父母奖励金', '城镇户籍'],
      ['独生子女父母奖励金', '农村户籍'],
    ]);
  });
});

describe('an aim the level just told went past', () => {
  it('is named by the measure of that level', () => {
    const t = targets('去年全县高血压患者规范管理率达到了72%,超出原计划65%的目标。');
    expect(t.map((x) => [x.indicator, x.value])).toEqual([['高血压患者规范管理率', 65]]);
  });
});

describe('a from-to or a change whose name kept its baseline', () => {
  it('names a from-to restating the change just told by the measure changed', () => {
    const t = targets(
      '以2020年为基数,全县手足口病发病率到2025年下降30%以上,即从50/10万下降到35/10万。',
    );
    expect(t.map((x) => x.indicator)).toEqual(['手足口病发病率下降幅度', '手足口病发病率']);
  });

  it('drops the old sum closing a name', () => {
    expect(names('今年将门诊慢病补偿的起付800元降低至500元。')).toEqual(['门诊慢病补偿起付']);
  });
});

describe('the written form against a house or catalogue form', () => {
  it('keeps a share written 占比, while 比例 with no base takes the catalogue’s base', () => {
    const catalogue = buildIndicatorMatcher([
      {
        name: '检查检验收入占医疗收入比例',
        synonyms: ['检查检验收入占比', '检查检验收入比例'],
        unit: '%',
        direction: 'down',
      },
    ]);
    const read = (body: string) =>
      extractTargets(HEADER + body, { catalogue }).targets.map((t) => t.indicator);
    expect(read('到2025年,全县检查检验收入占比控制在20%以内。')).toEqual(['检查检验收入占比']);
    expect(read('到2025年,全县检查检验收入比例控制在20%以内。')).toEqual([
      '检查检验收入占医疗收入比例',
    ]);
  });

  it('keeps 实际报销比 as written', () => {
    expect(names('今年全县城乡居民住院实际报销比要达到65%以上。')).toEqual(['住院实际报销比']);
  });
});

describe('a count of people served', () => {
  it('is titled by what is screened or given, then the verb', () => {
    expect(names('今年免费为2000人筛查食管癌。')).toEqual(['食管癌免费筛查人数']);
    expect(names('为1.5万名65岁以上老年人免费接种肺炎疫苗。')).toEqual([
      '65岁以上老年人肺炎疫苗免费接种人数',
    ]);
  });

  it('leaves a task or quota after the verb alone', () => {
    expect(names('全年完成宫颈癌筛查任务2万人。')).toEqual(['宫颈癌筛查人数']);
  });
});

describe('a name from the clause before', () => {
  it('keeps an age or a count of times and drops the baseline', () => {
    const t = targets('儿童每天1小时户外活动率从2020年的40%,上升到2025年的60%。');
    expect(t.map((x) => [x.indicator, x.value])).toEqual([['儿童每天1小时户外活动率', 60]]);
  });
});

describe('a count naming only the act or nothing', () => {
  it('counts the service the clause before names', () => {
    expect(names('对65岁以上老年人免费开展一次骨密度检查,各完成检查3万人次。')).toEqual([
      '骨密度免费检查人次',
    ]);
    expect(names('为在校学生开展视力筛查,完成20万人。')).toEqual(['视力筛查人数']);
  });
});

describe('a share after 将', () => {
  it('reads 将 before a verb as the future, not as the object marker', () => {
    expect(names('到2025年,县域内住院人次将占到住院总人次的90%以上。')).toEqual([
      '县域内住院人次占住院总人次比例',
    ]);
  });
});
