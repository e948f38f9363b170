import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../regions/gazetteer';
import { SAMPLE_UNITS } from '../regions/gazetteer.fixture';
import { extractTargets } from './extract-targets';
import { isNewsKind, relaysAim } from './news-kind';
import { periodYear } from './period-year';

// Rules written from the failure classes of hold-out set O, each tested in wording of its own.

const values = (text: string) => extractTargets(text).targets.map((t) => t.value);

describe('a news story’s own figures', () => {
  it('knows a story by its dateline or its reporter’s lead', () => {
    const story = (s: string) => isNewsKind(s, s.length);
    expect(story('本报讯(记者 王明)昨日,市卫健委召开会议')).toBe(true);
    expect(story('都市晨报讯 为做好今年的筛查工作')).toBe(true);
    expect(story('新华网3月9日电 国家卫健委今天发布')).toBe(true);
    expect(story('6月2日,记者从县卫生局了解到,全县')).toBe(true);
    expect(story('某县2019年基本公共卫生服务项目实施方案\n一、工作目标')).toBe(false);
    // A site's menu (首页 » 资讯) is no dateline.
    expect(story('首页 » 资讯 » 正文\n某市卫生健康工作要点')).toBe(false);
  });

  it('drops money paid, sums put in place and forecasts, keeps relayed aims', () => {
    const text =
      '本报讯 记者从市妇联获悉,上半年全市共下拨筛查补助资金86.5万元,惠及妇女5300人次。' +
      '各区县积极落实配套资金共32万元。' +
      '今后三年,全市每年适龄妇女预计增加到12万人以上。' +
      '按照市里的方案,到2026年,全市适龄妇女筛查覆盖率要达到90%以上。';
    expect(values(text)).toEqual([90]);
  });

  it('keeps a list that goes on past its lead, and a level kept at without a bound is reported', () => {
    const aims = (s: string) => relaysAim(s, 0, s.length);
    // The sentence after the lead still says what level is to be reached.
    expect(aims('重点人群干预措施覆盖当地80%以上的流动人口')).toBe(true);
    expect(aims('未来五年住院分娩率达99%')).toBe(true);
    // 控制在 with no bound, in the months just gone, tells where things stood.
    expect(aims('1至6月,全省婴儿死亡率控制在4.1‰,较去年同期下降')).toBe(false);
    expect(aims('今年全县高龄产妇预计达到2000人以上')).toBe(false);
  });
});

describe('a yearless page placed by the five-year plan it names', () => {
  it('dates news of an issued plan by the plan, aims against an earlier period by the next', () => {
    expect(periodYear('新华社电 国务院日前印发《全国精神卫生“十二五”工作规划》,规划指出')).toBe(
      2015,
    );
    expect(periodYear('孕产妇贫血患病率比“十五”时期有所下降;')).toBe(2010);
    expect(periodYear('婴儿死亡率较十二五末下降一成')).toBe(2020);
    // A plan cited as the basis of a yearly document does not date it.
    expect(periodYear('根据《“十三五”卫生与健康规划》,制定本年度工作安排')).toBeNull();
  });

  it('reads the last plan’s period as the past on news of the new one', () => {
    const text =
      '本报讯 省政府近日印发《某省结核病防治“十四五”规划》。规划显示,“十三五”期间,' +
      '全省肺结核发病率下降了21.3%。规划要求,肺结核患者成功治疗率达到90%以上。';
    const r = extractTargets(text);
    expect(r.document.year).toBe(2025);
    expect(r.targets.map((t) => t.value)).toEqual([90]);
  });
});

describe('a list of aims, one a line', () => {
  it('does not take a dashed item for a headline the body repeats', () => {
    const text =
      '一、主要目标\n——孕产妇系统管理率达到90%以上;\n——婴儿死亡率控制在8‰以下;\n' +
      '到2010年,全区3岁以下儿童系统管理率达到90%以上。';
    const names = extractTargets(text).targets.map((t) => t.indicator);
    expect(names[0]).toContain('孕产妇系统管理率');
    expect(names[2]).toContain('3岁以下儿童系统管理率');
  });
});

describe('figures that describe rather than aim', () => {
  it('counts a list by its 、 when its items hold 与 of their own', () => {
    const text =
      '本项目包括筛查与转诊、随访管理、健康教育与干预、信息报送等4项任务,全县建成标准化门诊3个。';
    expect(values(text)).toEqual([3]);
  });

  it('reads a bracket after a word of degree as a definition', () => {
    const text = '流动人口较多的街道(常住流动人口≥5000人)要设立服务站,服务站覆盖率达到80%以上。';
    expect(values(text)).toEqual([80]);
  });

  it('takes a share of the whole population for a fact', () => {
    expect(values('全市老年人占总人口的四分之一,老年人健康管理率达到70%以上。')).toEqual([70]);
  });

  it('takes a figure whose data source follows for a statistic', () => {
    const text = '全区婴儿死亡率 3.2‰(数据来源:妇幼年报)。今年婴儿死亡率控制在5‰以下。';
    expect(values(text)).toEqual([5]);
  });
});

describe('numbers the set missed', () => {
  const read = (s: string) =>
    extractTargets(s).targets.map((t) => `${t.indicator} ${t.value}${t.unit}`);

  it('reads per mille written `/千`, not a density per thousand people', () => {
    expect(read('新生儿死亡率控制在3/千以下')).toEqual(['新生儿死亡率 3‰']);
    const units = extractTargets('每千人口床位数达到6.5张/千人口').targets.map((t) => t.unit);
    expect(units).not.toContain('‰');
  });

  it('reads a lost `%` after `要到达`', () => {
    expect(read('全镇老年人健康管理率要到达75以上')).toEqual(['老年人健康管理率 75%']);
  });

  it('names each value of a run-together label sheet by its own label', () => {
    expect(read('考核值:产后访视率:85%新生儿访视率:90%孕早期建册率: 70%')).toEqual([
      '产后访视率 85%',
      '新生儿访视率 90%',
      '孕早期建册率 70%',
    ]);
  });

  it('keeps a percentage whose next word opens with a counting word', () => {
    expect(values('管理率:60%管理人群达标')).toEqual([60]);
  });
});

describe('a guaranteed time and a quota taken on', () => {
  const read = (s: string) =>
    extractTargets(s).targets.map((t) => `${t.indicator} ${t.value}${t.unit}`);

  it('reads a time standard guaranteed before `的…时间`', () => {
    expect(read('确保幼儿每天2小时的户外活动时间。')).toEqual(['幼儿每天户外活动时间 2小时']);
    // A duration naming a thing (15分钟健身圈) stays out.
    expect(read('建成15分钟健身圈。')).toEqual([]);
  });

  it('reads a count a place takes on as its quota', () => {
    expect(values('各乡镇承担1500名老年人体检任务。')).toEqual([1500]);
  });
});

describe('regions a sentence or a page makes plain', () => {
  const gazetteer = buildGazetteer(SAMPLE_UNITS);
  const regions = (s: string) =>
    extractTargets(s, { gazetteer }).targets.map((t) => `${t.value} ${t.region}`);

  it('binds a clause’s own 全省 on a city’s page to the province holding the city', () => {
    const text =
      '武汉市卫生健康委员会2024年工作要点。对全省5万名儿童开展视力筛查,其中,武汉市承担8000名儿童筛查任务。';
    expect(regions(text)).toEqual(['50000 湖北省', '8000 武汉市']);
  });

  it('leaves a 全省 named after the aim word as the level compared with', () => {
    const text = '武汉市卫生健康委员会2024年工作要点。人均预期寿命力争达到全国、全省80岁以上。';
    expect(regions(text)).toEqual(['80 武汉市']);
  });

  it('reads a page that names no place but 我国 as the country’s', () => {
    const text =
      '文檔簡介\n2030年兒童保健工作計劃一、背景隨著經濟的發展,兒童健康問題日益受到重視。' +
      '根據國家統計局數據,2028年我國出生人口為800萬,較前幾年有所下降。二、目標:1.將兒童健康管理率提高到92%以上。';
    expect(regions(text)).toEqual(['92 全国']);
  });
});

describe('names of list items and of groups', () => {
  const read = (s: string) =>
    extractTargets(s).targets.map((t) => `${t.indicator}/${t.scope ?? '-'} ${t.value}`);

  it('drops a list’s dash and a numbered aim’s opening verb', () => {
    expect(read('——学生常见病筛查率达到85%;')).toEqual(['学生常见病筛查率/- 85']);
    expect(read('2.降低儿童龋齿发病率到25%以下。')).toEqual(['儿童龋齿发病率/- 25']);
  });

  it('pairs a 分别 list of groups with one indicator, each group its scope', () => {
    expect(read('高校学生、流动人口及农村居民结核病防治知识知晓率分别达到90%、80%和75%。')).toEqual(
      [
        '结核病防治知识知晓率/高校学生 90',
        '结核病防治知识知晓率/流动人口 80',
        '结核病防治知识知晓率/农村居民 75',
      ],
    );
  });

  it('replaces the group a carried name opened with by the clause’s own group', () => {
    expect(read('初中学生视力筛查率达到95%以上,小学学生达到90%以上。')[1]).toBe(
      '视力筛查率/小学学生 90',
    );
  });
});
