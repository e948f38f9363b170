import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';
import { buildIndicatorMatcher } from './catalogue-names';

// Rules written from the failure classes of hold-out sets CO and CP (中医药 plans and the health of
// the old: shares of facilities giving a service, per-thousand ratios, bed counts), each tested in
// wording of its own.

const HEADER = '2024年全市卫生健康工作要点\n';
const read = (body: string) =>
  extractTargets(HEADER + body).targets.map((t) => [t.value, t.indicator, t.scope]);
const names = (body: string) => extractTargets(HEADER + body).targets.map((t) => t.indicator);

describe('a measure of the same group with a word put inside it', () => {
  it('is a measure of its own, not the group narrowed', () => {
    expect(
      read('儿童健康管理率达到90%,儿童口腔健康管理率达到50%,儿童心理健康管理率达到40%。'),
    ).toEqual([
      [90, '儿童健康管理率', null],
      [50, '儿童口腔健康管理率', null],
      [40, '儿童心理健康管理率', null],
    ]);
  });
  it('still narrows the measure before to another group', () => {
    expect(read('家庭医生签约服务覆盖率达到40%,重点人群签约服务覆盖率达到70%。')).toEqual([
      [40, '家庭医生签约服务覆盖率', null],
      [70, '家庭医生签约服务覆盖率', '重点人群'],
    ]);
  });
});

describe('a count closing a list with 等', () => {
  it('names the count from the noun before it, not the words summing the list up', () => {
    expect(names('创建健康促进县不少于5个,健康促进医院不少于40个等一批重点指标。')).toEqual([
      '健康促进县数',
      '健康促进医院数',
    ]);
  });
});

describe('a vital rate written with 增长率 right before its figure', () => {
  it('keeps 增长率 in the name: no change, a level', () => {
    expect(read('户籍人口自然增长率6‰左右。')).toEqual([[6, '户籍人口自然增长率', null]]);
  });
});

describe('kinds of units listed and built into one titled kind', () => {
  it('counts the share in that kind, the units its scope', () => {
    expect(read('85%以上的二级医院、社区卫生服务中心和乡镇卫生院建成老年友善医疗机构。')).toEqual([
      [85, '老年友善医疗机构比例', '二级医院、社区卫生服务中心和乡镇卫生院'],
    ]);
  });
  it('keeps a room the units build as their deed', () => {
    expect(names('80%以上的行政村建成标准化卫生室。')).toEqual(['行政村建成标准化卫生室比例']);
  });
});

describe("a plan's word of setting its aims out", () => {
  it('opens the list, not the name', () => {
    expect(
      names('方案明确提出,居民健康素养水平达到30%。同时明确提出孕产妇系统管理率达到92%。'),
    ).toEqual(['居民健康素养水平', '孕产妇系统管理率']);
  });
});

describe('a percentage of facilities that set up a department', () => {
  it('is their share, titled with 比例', () => {
    expect(names('三级综合医院设精神科达到80%以上。')).toEqual(['三级综合医院设精神科比例']);
  });
});

describe('one value after 分别 for a list of items', () => {
  it("is the list's, named jointly with its role word said once", () => {
    expect(names('全县肺结核患者、慢阻肺患者健康管理率分别达到85%以上。')).toEqual([
      '肺结核、慢阻肺患者健康管理率',
    ]);
  });
  it('still pairs two values with two items', () => {
    expect(names('肺结核、慢阻肺患者健康管理率分别达到85%和70%。')).toEqual([
      '肺结核患者健康管理率',
      '慢阻肺患者健康管理率',
    ]);
  });
  it('keeps whole names one target each', () => {
    expect(names('家庭医生签约服务覆盖率、电子健康档案建档率分别达到90%。')).toEqual([
      '家庭医生签约服务覆盖率',
    ]);
  });
});

describe("a forecast population's share of the whole", () => {
  it('is no target, however its share is written', () => {
    expect(
      read('市里印发规划,预计到2030年,全市60周岁以上老年人口将达到180万人,占全市人口总数的28.6%。'),
    ).toEqual([]);
  });
});

describe('a standard set anew with 调整为', () => {
  it('is a level to reach for an up-indicator', () => {
    const [x] = extractTargets(HEADER + '到2026年,每千人口药师数从0.4人调整为0.54人。').targets;
    expect([x?.value, x?.comparator]).toEqual([0.54, '>=']);
  });
});

describe("a density's verb of having", () => {
  it('is no part of its name, its 人均 titled 人口', () => {
    expect(names('到2026年,每万人均配置全科医生数达到4.5人。')).toEqual(['每万人口全科医生数']);
  });
  it('takes the population it is counted over, told first, as its base', () => {
    expect(names('到2026年,按户籍人口计每千人均床位数达到6.5张。')).toEqual(['每千户籍人口床位数']);
  });
});

describe('a short other name in brackets after the thing counted', () => {
  it('stays with the noun', () => {
    expect(names('今年新建15个中医药文化体验馆(角)。')).toEqual(['新建中医药文化体验馆(角)数']);
  });
  it('goes as the other levels after a unit of a level', () => {
    expect(names('今年新建3个示范县(区)。')).toEqual(['新建示范县数']);
  });
});

describe('a count of one each unit is to have', () => {
  it('reads the noun after a modifier 以…为主的, across a comma put inside it', () => {
    expect(
      read('每个乡镇至少建有一个以失能,高龄老人照护为主的区域性照护机构。').map((x) => x[1]),
    ).toEqual(['区域性照护机构数']);
  });
  it('goes on to the next item of the list after a comma', () => {
    expect(
      read('到2026年底,每个县至少建有一个县级托育服务中心,一个婴幼儿照护指导中心。').map((x) => [
        x[0],
        x[1],
      ]),
    ).toEqual([
      [1, '县级托育服务中心数'],
      [1, '婴幼儿照护指导中心数'],
    ]);
  });
  it('ends the next item at a milestone run on after it', () => {
    expect(
      names('每个县至少建有2个托育服务中心,3个照护指导中心到2027年底,托位数达到2000个。'),
    ).toEqual(['托育服务中心数', '照护指导中心数', '托位数']);
  });
});

describe('a total of what a kind of body holds', () => {
  it('keeps whose total it is before a catalogue word', () => {
    const catalogue = buildIndicatorMatcher([
      { name: '床位数', synonyms: [], unit: '张', direction: 'up' },
    ]);
    expect(
      extractTargets(HEADER + '到2026年,全市养老机构总床位数将达到3.2万张。', {
        catalogue,
      }).targets.map((t) => t.indicator),
    ).toEqual(['养老机构总床位数']);
  });
});

describe('kinds counted in 种 or 类', () => {
  it('are titled as kinds, after the verb of holding or doing them', () => {
    expect(
      names('每个卫生院储备200种以上的中药饮片,提供不少于8种康复设备,开展6类以上中医适宜技术。'),
    ).toEqual(['中药饮片储备种数', '康复设备种数', '中医适宜技术开展类数']);
  });
  it('keeps a noun that ends in its counting word', () => {
    expect(names('免费救治病种不少于25种。')).toEqual(['免费救治病种数']);
  });
});

describe("a share's deed followed by another item with a figure of its own", () => {
  it('ends the deed before that item, and the deed may list two things', () => {
    expect(names('全县100%村卫生室设置中医诊室、中药柜、配备8种以上中医诊疗设备。')).toEqual([
      '设置中医诊室、中药柜的村卫生室比例',
      '中医诊疗设备配备种数',
    ]);
  });
});

describe('a later count of a list with a verb of making of its own', () => {
  it('is quoted from its verb, not from the item before', () => {
    const quotes = extractTargets(
      HEADER + '每个县建成1个县级健康教育基地、创建1-2个省级健康教育基地。',
    ).targets.map((t) => t.quote);
    expect(quotes).toEqual(['每个县建成1个', '创建1-2个']);
  });
});

describe('a later range of a list of floors', () => {
  it('is a floor too when its noun carries another name in brackets', () => {
    const got = extractTargets(
      HEADER + '力争建成市级重点专科(专病)5至8个,县级重点专科(专病)10至12个。',
    ).targets.map((t) => [t.value, t.comparator]);
    expect(got).toEqual([
      [5, '>='],
      [10, '>='],
    ]);
  });
});

describe('the members of a team to be formed', () => {
  it('are counts to reach, each named by its own noun', () => {
    expect(
      read(
        '到2030年,建成一支由30名市级名医、200名骨干医师、5000名以上基层医务人员组成的医疗队伍。',
      ),
    ).toEqual([
      [30, '市级名医人数', null],
      [200, '骨干医师数', null],
      [5000, '基层医务人员数', null],
    ]);
  });
});

describe('a percentage of a volume of services', () => {
  it('is its share, and keeps the 的 after 提供', () => {
    expect(names('到2025年,社会办医疗机构提供的诊疗服务量达到25%。')).toEqual([
      '社会办医疗机构提供的诊疗服务量占比',
    ]);
  });
});

describe('a word of fitness inside a deed', () => {
  it('is no part of the title', () => {
    expect(names('80%以上的社区卫生服务站配备相应的康复器材。')).toEqual([
      '配备康复器材的社区卫生服务站比例',
    ]);
  });
});

describe('a coverage with the kinds of units it covers listed inside its name', () => {
  it('takes the kinds as its scope', () => {
    expect(read('到2025年,中医药健康管理服务社区卫生服务中心和乡镇卫生院覆盖率达到95%。')).toEqual([
      [95, '中医药健康管理服务覆盖率', '社区卫生服务中心和乡镇卫生院'],
    ]);
  });
});

describe('an act covering a share of units written without 的', () => {
  it("names each item's coverage of its own units", () => {
    expect(names('到2025年,健康知识宣传覆盖全县90%以上行政村、80%以上社区、70%以上家庭。')).toEqual(
      ['健康知识宣传行政村覆盖率', '健康知识宣传社区覆盖率', '健康知识宣传家庭覆盖率'],
    );
  });
});

describe('kinds of units listed before a verb phrase closed by 的比例', () => {
  it('keep the verb with the measure, the units its scope', () => {
    expect(read('到2025年,全市二级以上综合医院、专科医院设置精神科的比例达到60%以上。')).toEqual([
      [60, '设置精神科的比例', '二级以上综合医院、专科医院'],
    ]);
  });
});
