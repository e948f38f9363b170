import { describe, expect, it } from 'vitest';
import { buildGazetteer, type GazetteerUnit } from '../regions/gazetteer';
import { SAMPLE_UNITS, unit } from '../regions/gazetteer.fixture';
import { extractTargets } from './extract-targets';

// Years, regions and the phenomena earlier rounds left alone (issue 14, fourth round), in wording
// and places of our own.
const UNITS: GazetteerUnit[] = [
  ...SAMPLE_UNITS,
  unit('650000', '新疆维吾尔自治区', 1, '000000'),
  unit('652800', '巴音郭楞蒙古自治州', 2, '650000'),
  unit('652801', '库尔勒市', 3, '652800'),
  unit('511900', '巴中市', 2, '510000'),
  unit('511902', '巴州区', 3, '511900'),
  unit('320000', '江苏省', 1, '000000'),
  unit('320500', '苏州市', 2, '320000'),
];
const gazetteer = buildGazetteer(UNITS);
const extract = (text: string) => extractTargets(text, { gazetteer });
const regions = (text: string) => extract(text).targets.map((t) => [t.region, t.value]);

describe('an honour named with 全国/全省 is not the whole a page binds', () => {
  it('keeps a city page’s own 全市 beside the 全国 of the title it competes for', () => {
    const plan =
      '健康促进行动工作方案\n' +
      '我市将全力争创全国文明城市,到2026年,全市居民健康素养水平达到32%。\n';
    expect(extract(plan).document.region).toBe('全市');
    expect(regions(plan)).toEqual([['全市', 32]]);
  });

  it('does not read a sentence that opens with an honour as the nation’s', () => {
    const plan = '武汉市爱国卫生工作计划\n' + '到2026年,全国健康促进县创建指标达标率达到95%。\n';
    expect(regions(plan)).toEqual([['武汉市', 95]]);
  });

  it('leaves a province’s own bodies (全省医疗卫生单位) to the province', () => {
    const plan =
      '医院感染管理工作要点\n' +
      '到2026年,全省医疗卫生单位手卫生依从率达到85%,全省争创省级卫生县城10个。\n';
    expect(extract(plan).targets[0]?.region).toBe('全省');
  });

  it('keeps a whole that is the subject of a verb of becoming one (全省各县均建成示范县)', () => {
    const plan =
      '慢性病防治工作计划\n' + '到2026年,全省各县均建成示范县,高血压患者规范管理率达到65%。\n';
    expect(extract(plan).document.region).toBe('全省');
  });

  it('still reads a clause whose subject is the nation as national', () => {
    const story =
      '武汉市卫生健康工作会议召开\n' + '会议指出,到2026年,全国孕产妇死亡率下降到12/10万。\n';
    expect(regions(story)).toEqual([['全国', 12]]);
  });
});

describe('a group of divisions named as the page’s area', () => {
  it('takes 苏南 for a page that names no division, with no code', () => {
    const page =
      '三、苏南地区基本现代化卫生指标 (1)城乡居民电子健康档案建档率95%;(2)家庭医生签约覆盖率60%;\n';
    const { targets } = extract(page);
    expect(targets.map((t) => [t.region, t.regionCode])).toEqual([
      ['苏南', null],
      ['苏南', null],
    ]);
  });

  it('gives way to a division the page names', () => {
    const page =
      '苏州市卫生健康事业发展计划\n' +
      '苏州市作为长三角重要城市,到2026年,苏州市人均预期寿命达到84岁。\n';
    expect(regions(page)).toEqual([['苏州市', 84]]);
  });
});

describe('a customary short name two units share (巴州)', () => {
  it('is in the gazetteer as data, marked ambiguous, and 巴州区 is read whole', () => {
    expect(gazetteer.lookup('巴州')?.ambiguous).toBe(true);
    expect(gazetteer.unitsNamed('巴州').map((u) => u.code)).toEqual(['652800', '511902']);
    expect(gazetteer.lookup('巴州区')?.unit.code).toBe('511902');
  });

  it('keeps the name as written and resolves it by the province the page names', () => {
    const story =
      '巴州启动今年公共场所卫生监督抽查\n' +
      '来源:新疆维吾尔自治区卫生健康委 2026-04-02\n' +
      '今年全州公共场所卫生监督抽查完成率达到95%以上。\n';
    expect(extract(story).targets.map((t) => [t.region, t.regionCode])).toEqual([
      ['巴州', '652800'],
    ]);
  });

  it('resolves it to the district where the page names its city', () => {
    const story =
      '巴州开展学校卫生专项检查\n' + '巴中市巴州区今年中小学校卫生监督覆盖率达到100%。\n';
    expect(extract(story).targets[0]?.regionCode).toBe('511902');
  });

  it('leaves the code open where the page names neither', () => {
    const story = '巴州卫生监督工作要点\n' + '今年全州卫生监督抽查完成率达到90%以上。\n';
    expect(extract(story).targets.map((t) => [t.region, t.regionCode])).toEqual([['巴州', null]]);
  });
});

const figures = (text: string) =>
  extractTargets(text).targets.map((t) => [t.value, t.valueMax, t.unit]);

describe('a range left to a body’s discretion (可根据) is no aim', () => {
  it('drops a range a county may choose within', () => {
    expect(figures('到2026年,各县可根据服务人口设置康复床位20-40张。')).toEqual([]);
  });

  it('drops both ranges of a choice given in a clause after 可依据', () => {
    expect(
      figures('各市可依据辖区儿童龋齿流行状况,在60%~80%的范围内确定窝沟封闭率,每年复查1~2次。'),
    ).toEqual([]);
  });

  it('keeps a range the sentence then sets as an aim', () => {
    expect(figures('各地可结合实际,到2027年将老年人健康管理率提高到75%-85%。')).toEqual([
      [75, 85, '%'],
    ]);
  });

  it('keeps a range without discretion', () => {
    expect(figures('二级以上综合医院按照实际开放床位的2%-4%设置儿科床位。')).toEqual([[2, 4, '%']]);
  });
});

describe('a level a figure approaches now (接近…的水平) is no aim', () => {
  it('drops a present level told with 接近', () => {
    expect(figures('当前,每千人口全科医生数接近3人的水平。')).toEqual([]);
  });

  it('drops one whose density base stands between the figure and 水平', () => {
    expect(figures('全省精神科床位接近6张/万人的水平。')).toEqual([]);
  });

  it('keeps one the sentence looks ahead to', () => {
    expect(figures('到2028年,每千人口全科医生数接近4人的水平。')).toEqual([[4, null, '人']]);
    expect(figures('力争每万人口精神科医师数接近4人的水平。')).toEqual([[4, null, '人']]);
  });
});

describe('a count written with 一', () => {
  it('reads 至少…一所 as a floor of one', () => {
    expect(figures('到2026年,每个县至少建成一所达到二级标准的妇幼保健院。')).toEqual([
      [1, null, '所'],
    ]);
  });

  it('reads one given to each unit (分别建立一个…中心) as a count', () => {
    expect(figures('今年在各设区市分别建立一个儿童早期发展指导中心。')).toEqual([[1, null, '个']]);
  });

  it('leaves 一 an article before a body of people or an abstraction', () => {
    expect(figures('到2026年,建设一支专业化的公共卫生应急队伍。')).toEqual([]);
    expect(figures('到2026年,建成一个上下联动的分级诊疗体系。')).toEqual([]);
  });

  it('leaves 一 an article where nothing gives one to each unit or sets a floor', () => {
    expect(figures('我县近期将建成一所新的县人民医院。')).toEqual([]);
  });
});

describe('a portal’s dated list of documents above the one the page carries', () => {
  const page = (date: string) =>
    '当前位置:首页 > 政策文件\n' +
    '关于印发《某省老年健康服务规划(2026—2035年)》的通知\n' +
    `${date}\n` +
    '某省2026年老年人失能预防项目工作方案\n' +
    '为做好今年老年人失能预防项目,根据国家项目技术方案的要求,结合本省实际,制定本方案。项目点65岁以上老年人失能风险筛查率达到80%。\n';

  it('takes its year from the title the body follows, not the list’s first', () => {
    for (const date of ['2026-03-18', '18 2026-03', '[2026-03-18]', '2026年3月18日']) {
      const { document, targets } = extractTargets(page(date));
      expect(document.year, date).toBe(2026);
      expect(targets.map((t) => t.year)).toEqual([2026]);
    }
  });

  it('keeps the first title when no dated list stands above the body', () => {
    const plan =
      '某县健康促进工作计划(2026—2030年)\n' +
      '某县2026年工作方案\n' +
      '为提升居民健康素养,结合我县实际,制定本计划。到2030年,全县居民健康素养水平达到40%,经常参加体育锻炼人数比例达到45%。\n';
    expect(extractTargets(plan).document.year).toBe(2030);
  });
});

describe('a group named on a national page', () => {
  it('leaves a page that speaks of 我国 national', () => {
    const plan =
      '区域医疗中心建设\n' +
      '我国优质医疗资源过多集中在京津冀等少数地方,到2026年,区域医疗中心数量达到120个。\n';
    expect(extract(plan).document.region).toBe('全国');
  });
});
