import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../regions/gazetteer';
import { SAMPLE_UNITS } from '../regions/gazetteer.fixture';
import { extractTargets } from './extract-targets';
import { inPublisherName, withoutDatelines } from './mastheads';

// Rules written from the failure classes of hold-out set G, each tested in wording of its own.
const gazetteer = buildGazetteer(SAMPLE_UNITS);

describe('a place inside a publisher’s name', () => {
  it('is a site, a paper or a news page, not the region', () => {
    const s = '湖北新闻网 武汉晚报 四川妇联新闻> 四川省卫生健康委';
    expect(inPublisherName(s, s.indexOf('湖北') + 2)).toBe(true);
    expect(inPublisherName(s, s.indexOf('武汉') + 2)).toBe(true);
    expect(inPublisherName(s, s.indexOf('四川妇') + 2)).toBe(true);
    expect(inPublisherName(s, s.lastIndexOf('四川省') + 3)).toBe(false);
  });

  it('names no region for a national story it prints', () => {
    const r = extractTargets(
      '四川在线网 > 要闻 > 正文\n国家卫生健康委日前印发通知,到2025年全国婴儿死亡率降至5.5‰以下。',
      { gazetteer },
    );
    expect(r.document.region).toBe('全国');
  });
});

describe('a dateline of any agency', () => {
  it('blanks the city a story was filed from', () => {
    const s = '中国网武汉3月2日电(记者王某)湖北省今年将新建卫生院5所';
    expect(withoutDatelines(s)).toBe('中国网  3月2日电(记者王某)湖北省今年将新建卫生院5所');
  });

  it('gives no region when it opens the first line', () => {
    const r = extractTargets(
      '光明网北京9月1日电 记者从国家卫生健康委获悉,全国孕产妇系统管理率将保持在90%以上。',
      { gazetteer },
    );
    expect(r.document.region).not.toBe('北京市');
  });
});

describe('a national standard that names no place', () => {
  it('is the country’s, dated by the version in its brackets', () => {
    const r = extractTargets(
      '国家免疫规划项目督导标准(2019.6)\n儿童建卡率95% 疫苗接种及时率90% 异常反应报告率100%',
    );
    expect([r.document.region, r.document.year]).toEqual(['全国', 2019]);
  });

  it('keeps a local level when the text writes one', () => {
    const r = extractTargets('国家卫生乡镇标准(2021.3)\n全县卫生厕所普及率达到90%以上。');
    expect(r.document.region).toBe('全县');
  });
});

describe('figures a sentence reports', () => {
  const values = (text: string) => extractTargets(text).targets.map((t) => t.value);

  it('are records reached (降至历史最低), unless the sentence looks ahead', () => {
    expect(
      values(
        '某省卫生健康委\n去年全省新生儿死亡率降至2.1‰,创历史新低。今年全省新生儿死亡率控制在3‰以下。',
      ),
    ).toEqual([3]);
    expect(values('某省卫生健康委\n力争全省孕产妇死亡率降到8/10万以下,达到历史最好水平。')).toEqual(
      [8],
    );
  });

  it('are followed by a comparison told with 了', () => {
    expect(values('某市卫生健康委\n全市门诊人次达到520万人次,较2015年增长了12%。')).toEqual([]);
    expect(values('某市卫生健康委\n全市住院人次达到18万人次,比上年增加1万人次,增长了6%。')).toEqual(
      [],
    );
    expect(values('某市卫生健康委\n全市建档率达到90%,比上年提高2个百分点。')).toEqual([90, 2]);
  });

  it('sit in a note', () => {
    expect(values('某县考核标准(2020.1)\n随访率80%(注:辖区人口数的15%计)。管理率70%。')).toEqual([
      80, 70,
    ]);
  });

  it('follow a clause of a year before the plan’s, or of a five-year plan that has ended', () => {
    expect(values('某区2019年工作会议\n据悉,2018年,全区签约率提高到45%。')).toEqual([]);
    expect(values('某区2019年工作会议\n2019年,全区签约率提高到50%。')).toEqual([50]);
    expect(values('某区2019年工作会议\n“十二五”末,全区床位数达到2100张。')).toEqual([]);
  });

  it('do not follow a year inside the period a plan spans (a milestone)', () => {
    expect(
      values('某市健康行动方案(2019—2022年)\n2019年,全市健康素养水平达到20%;2022年达到25%。'),
    ).toEqual([20, 25]);
  });

  it('follow 截至 through the whole sentence until it looks ahead', () => {
    expect(
      values(
        '某省卫生规划\n截至2020年全省人均预期寿命达到78岁,比2015年提高1.2岁,到2025年达到79岁。',
      ),
    ).toEqual([79]);
  });
});

describe('numbers and units of standards and news pages', () => {
  const read = (text: string) =>
    extractTargets(text).targets.map((t) => [t.value, t.unit, t.kind, t.comparator]);

  it('reads an area and a concentration after a bound, not elsewhere', () => {
    expect(
      read('某省卫生乡镇标准(2016.5)\n人均公园面积≥8平方米;可吸入颗粒物≤0.15毫克/立方米。'),
    ).toEqual([
      [8, '平方米', 'amount', '>='],
      [0.15, '毫克/立方米', 'amount', '<='],
    ]);
    expect(read('某县卫生院工作计划\n新院区占地1200平方米,今年门诊量达到5万人次。')).toEqual([
      [50000, '人次', 'count', '>='],
    ]);
  });

  it('leaves a price in Chinese numerals, keeps an aimed density in them', () => {
    expect(read('某县医保局\n短信提醒服务每条资费五元。')).toEqual([]);
    expect(read('某省卫生规划\n到2025年每千人口儿科医生数达到两人。')).toEqual([
      [2, '人', 'count', '>='],
    ]);
  });

  it('fills no blank and reads no value where glyphs split a number', () => {
    expect(read('某市创卫标准\n污水处理率≥45乱码字%;粉尘≤0.乱码120毫克/立方米。')).toEqual([]);
  });

  it('carries a bare 万 count’s name and counting word to a clause with none', () => {
    const ts = extractTargets(
      '某省防治规划\n到2022年,现存活感染者总数不超过3万,到2025年不超过4万。',
    ).targets;
    expect(ts.map((t) => [t.indicator, t.value, t.unit, t.year])).toEqual([
      ['现存活感染者总数', 30000, '人', 2022],
      ['现存活感染者总数', 40000, '人', 2025],
    ]);
  });
});

describe('a headline over a body that restates its figure', () => {
  it('is kept when the body also sets that figure as a target', () => {
    const ts = extractTargets(
      '2025年全省人均寿命将达79.5岁\n规划提出,到2025年全省人均预期寿命将达到79.5岁,在2020年基础上提高1岁(即79.5岁)。',
    ).targets;
    expect(ts.filter((t) => t.value === 79.5).length).toBe(2);
  });
});

describe('names in a table flattened into run-on text', () => {
  const names = (text: string) => extractTargets(text).targets.map((t) => t.indicator);

  it('start after a note in brackets, a cell’s spaces or another figure', () => {
    const page = (line: string) => names(`某市考核指标(2018.3)\n${line}`);
    expect(page('孕产妇管理 (孕13周前)早孕建册率80%')).toEqual(['早孕建册率']);
    expect(page('健康档案管理 电子档案动态使用率60%')).toEqual(['电子档案动态使用率']);
    expect(page('(人数为辖区人口*12%)慢病随访管理率70%')).toEqual(['慢病随访管理率']);
  });

  it('drop a trailing =', () => {
    expect(names('某市考核指标(2018.3)\n学校晨检登记率=100%')).toEqual(['学校晨检登记率']);
  });

  it('keep a bracket that names no note (新农合(新型农村合作医疗)参合率)', () => {
    expect(
      names('某县卫生局工作要点\n全县新农合(新型农村合作医疗)参合率达到98%以上。')[0],
    ).toContain('新农合');
  });

  it('do not end at a 为 away from the number', () => {
    expect(
      names('某县考核标准(2015.1)\n管理率计算公式为辖区人口数*20%)慢病患者规范管理率60%'),
    ).toEqual(['慢病患者规范管理率']);
  });
});

describe('the furniture after a news story', () => {
  it('ends the content: the stories it lists set no target', () => {
    expect(
      extractTargets(
        '某市卫生健康委\n今年全市将新建社区卫生服务中心3个,家庭医生签约覆盖率达到45%以上,城乡居民健康档案建档率达到90%以上。\n新闻推荐\n某银行推出新产品,年化收益率达到4%以上。',
      ).targets.map((t) => t.value),
    ).toEqual([3, 45, 90]);
  });
});

describe('years a sentence gives without 分别', () => {
  const years = (text: string) => extractTargets(text).targets.map((t) => [t.value, t.year]);

  it('reads the end of a five-year plan as its last year', () => {
    expect(years('某省卫生规划\n到“十三五”末,全省每千人口床位数达到6张。')).toEqual([[6, 2020]]);
  });

  it('pairs two listed years with two joined values', () => {
    expect(
      years('某市健康行动\n到2025年和2035年,全市居民健康素养水平分别提高到28%和35%。'),
    ).toEqual([
      [28, 2025],
      [35, 2035],
    ]);
    expect(
      years('某市健康行动\n到2025年和2035年,全市居民健康素养水平达到28%及以上和35%及以上。'),
    ).toEqual([
      [28, 2025],
      [35, 2035],
    ]);
  });

  it('does not pair when the counts differ', () => {
    expect(years('某市健康行动\n到2025年和2035年,全市居民健康素养水平持续提高,达到35%。')).toEqual([
      [35, 2035],
    ]);
  });
});

describe('a headline in a journalist’s words', () => {
  it('takes the name and year of the body target with its figure', () => {
    const ts = extractTargets(
      '控烟新目标 成年人群吸烟者未来降到20%\n原标题:控烟新目标 成年人群吸烟者未来降到20%\n方案提出,到2030年,全国成年人群吸烟者比例降到20%以下。',
    ).targets;
    expect(ts.map((t) => [t.indicator, t.year])).toEqual([
      ['成年人群吸烟者比例', 2030],
      ['成年人群吸烟者比例', 2030],
      ['成年人群吸烟者比例', 2030],
    ]);
  });
});

describe('names carried from the clause or the target before', () => {
  const names = (text: string) => extractTargets(text).targets.map((t) => t.indicator);

  it('a word pointing back (这一数字) names the indicator just set', () => {
    expect(
      names('某省卫生规划\n到2020年人均预期寿命提高到78岁。到2030年这一数字有望达到79岁。'),
    ).toEqual(['人均预期寿命', '人均预期寿命']);
  });

  it('a subject stops where its baseline (在…基础之上) begins', () => {
    expect(
      names('某省卫生规划\n到2030年人均预期寿命在2015年的基础之上增加3岁,达到79岁。'),
    ).toContain('人均预期寿命');
  });
});

describe('an aim stated as 目标为', () => {
  it('names the subject before it, takes the group after it as scope, and bounds by direction', () => {
    const ts = extractTargets(
      '某省控烟规划\n成人吸烟率控制目标为到2030年男性为30%,女性为3%。',
    ).targets;
    expect(ts.map((t) => [t.indicator, t.scope, t.comparator, t.value])).toEqual([
      ['成人吸烟率', '男性', '<=', 30],
      ['成人吸烟率', '女性', '<=', 3],
    ]);
  });

  it('leaves 为 exact where no aim is stated', () => {
    // Under a heading of aims: a bare 为 with nothing around it that aims is a value measured
    // (reported-figures.ts).
    const ts = extractTargets(
      '某县卫生院工作计划\n一、工作目标\n全县乡镇卫生院床位数为420张。',
    ).targets;
    expect(ts.map((t) => t.comparator)).toEqual(['=']);
  });
});

describe('a count before a noun phrase', () => {
  it('reads 2家具有… as two of something, not as 家具', () => {
    const ts = extractTargets(
      '某市工作要点\n各区建成1至2家具有示范作用的托育机构,全市新增家具厂不计。',
    ).targets;
    expect(ts.map((t) => [t.value, t.valueMax, t.unit])).toEqual([[1, 2, '家']]);
  });
});
