import { describe, expect, it } from 'vitest';
import { buildGazetteer, type GazetteerUnit } from '../regions/gazetteer';
import { SAMPLE_UNITS, unit } from '../regions/gazetteer.fixture';
import { extractTargets } from './extract-targets';
import { restoreLostYearMarks } from './lost-year-marks';

// Years and regions on first contact with unseen plans (issue 14, fifth round), in wording and
// places of our own.
const UNITS: GazetteerUnit[] = [
  ...SAMPLE_UNITS,
  unit('540000', '西藏自治区', 1, '000000'),
  unit('520000', '贵州省', 1, '000000'),
  unit('520100', '贵阳市', 2, '520000'),
  unit('520300', '遵义市', 2, '520000'),
];
const gazetteer = buildGazetteer(UNITS);
const extract = (text: string) => extractTargets(text, { gazetteer });
const years = (text: string) => extract(text).targets.map((t) => [t.value, t.year]);
const regions = (text: string) => extract(text).targets.map((t) => [t.value, t.region]);

describe('a trail of a site’s sections that opens with the site’s name', () => {
  it('is skipped for the headline below it, even when the site is named 中国…网', () => {
    const page =
      '中国西藏网 > 滚动新闻 > 各地\n\n' +
      '武汉市三年内基本消除乙肝母婴传播\n\n' +
      '市卫健委近日印发行动方案,提出孕产妇乙肝检测率保持在98%以上。\n';
    expect(extract(page).document.region).toBe('武汉市');
    expect(regions(page)).toEqual([[98, '武汉市']]);
  });

  it('is skipped whatever the site and however many steps it has', () => {
    const page =
      '健康资讯网 » 地方频道 » 四川 » 正文\n' +
      '北京市启动社区心理服务试点\n' +
      '今年,试点社区心理咨询室设置率达到80%。\n';
    expect(extract(page).document.region).toBe('北京市');
  });

  it('does not take a headline with a > inside it for a trail', () => {
    const page =
      '吉林市:筛查率 > 90% 的目标提前实现\n' + '今年,吉林市适龄儿童视力筛查率达到95%。\n';
    expect(extract(page).document.region).toBe('吉林市');
  });
});

describe('a page that lost every 年 after a year to a dash', () => {
  it('reads the dash back as 年 only where the page writes no 年 after a year', () => {
    expect(restoreLostYearMarks('规划(2016—2022-)提出,到2022-,覆盖率达到90%')).toBe(
      '规划(2016—2022年)提出,到2022年,覆盖率达到90%',
    );
    expect(restoreLostYearMarks('到2022年,规划(2016—2022-)')).toBe('到2022年,规划(2016—2022-)');
    // A date and a span have digits after their dashes; one dash alone is no pattern.
    expect(restoreLostYearMarks('2019-07-30发布,2016-2022-')).toBe('2019-07-30发布,2016-2022-');
    expect(restoreLostYearMarks('在2022-的基础上')).toBe('在2022-的基础上');
  });

  it('dates a sentence with no year of its own by the span of the plan the news names', () => {
    const story =
      '《全国口腔健康工作规划(2016—2022-)》印发 国务院办公厅日前转发该规划。' +
      '《规划》要求,到2022-,80%以上的县建立口腔卫生指导小组。' +
      '近-来龋病防治取得进展,规划还要求儿童窝沟封闭率达到40%以上。\n';
    expect(years(story)).toEqual([
      [80, 2022],
      [40, 2022],
    ]);
  });
});

describe('a yearly rise that is the name of a measure (年均增幅)', () => {
  it('takes the plan year, while a yearly verb still binds every year', () => {
    const plan =
      '体重管理行动方案(2024—2027年)\n' +
      '成人超重率年均增幅控制在3%以内。\n' +
      '全市年均新增健身步道10条。\n';
    expect(years(plan)).toEqual([
      [3, 2027],
      [10, null],
    ]);
  });
});

describe('a second list of values after a 分别 list of two years', () => {
  it('pairs its values with the years in order, counted from its own clause', () => {
    const plan =
      '全民健身实施计划\n' +
      '到2024年和2028年,全市学生体质达标率分别不少于88%和91%,' +
      '社区健身设施覆盖率达到60%及以上和75%及以上。\n';
    expect(years(plan)).toEqual([
      [88, 2024],
      [91, 2028],
      [60, 2024],
      [75, 2028],
    ]);
  });

  it('leaves a later value that stands alone to the 分别 list’s count', () => {
    const plan =
      '全民健身实施计划\n' +
      '到2024年和2028年,全市学生体质达标率分别不少于88%和91%,体育教师配备率90%。\n';
    expect(years(plan).at(-1)).toEqual([90, 2028]);
  });
});

describe('a page that names no place but hands its aims to every province', () => {
  it('is the country’s when it gives each province or each kind of city a quota', () => {
    const story =
      '每个省份至少建成一个区域公共卫生中心\n' +
      '按照要求,直辖市、省会城市要设立紧急医学救援基地,原则上每个基地床位不少于60张。\n';
    expect(extract(story).document.region).toBe('全国');
    expect(regions(story)).toContainEqual([60, '全国']);
  });

  it('leaves a page that speaks of its own 各市 and 各县 to its own word', () => {
    const plan =
      '基层医疗能力提升方案\n' + '全省各市要确保每个县至少有一所二级甲等医院,达标率达到90%。\n';
    expect(extract(plan).document.region).toBe('全省');
  });
});

describe('a year a change starts from (在…年的基础上)', () => {
  it('dates neither the page nor the aim when it is the only year written', () => {
    const plan =
      '妇幼卫生工作目标\n' +
      '一、全市住院分娩率达到98%。\n' +
      '二、新生儿死亡率在2017年的基础上下降10%。\n';
    const found = extract(plan);
    expect(found.document.year).toBeNull();
    expect(years(plan)).toEqual([
      [98, null],
      [10, null],
    ]);
  });

  it('still dates a page by the aim year beside it', () => {
    const plan = '妇幼卫生工作目标\n' + '到2021年,新生儿死亡率以2017年为基数下降10%。\n';
    expect(years(plan)).toEqual([[10, 2021]]);
  });
});

describe('a scheme a province’s page says is run in one of its cities', () => {
  const story = (site: string) =>
    '贵州省启动城市脑卒中筛查项目\n' +
    `记者从启动会上获悉,此次项目${site},将完成高危人群筛查1.2万人。\n` +
    '全省脑卒中筛查覆盖率达到60%。\n';

  it('gives the sentence’s quota to that city and leaves the rest to the province', () => {
    expect(regions(story('在遵义市开展'))).toEqual([
      [12000, '遵义市'],
      [60, '贵州省'],
    ]);
  });

  it('moves no quota to a place outside the page’s own, nor to where a meeting met', () => {
    expect(regions(story('在武汉市开展'))[0]).toEqual([12000, '贵州省']);
    expect(regions(story('在遵义市召开部署会'))[0]).toEqual([12000, '贵州省']);
  });
});

describe('a report that reviews one year and sets out the next', () => {
  it('dates its aims by the year it sets out, not the year it reviews', () => {
    const story =
      '聚焦政府工作报告 持续增进民生福祉\n\n日报 2026-01-20 08:30\n\n' +
      '1月18日上午,市人代会开幕。市长作政府工作报告,报告回顾了2025年工作成绩,' +
      '提出了2026年主要工作安排。\n\n' +
      '●完善托育服务体系\n\n新建普惠托育机构30所,多渠道增加托位\n';
    expect(years(story)).toEqual([[30, 2026]]);
  });
});

describe('a sentence that opens with 每年', () => {
  it('sets a yearly quota in each of its clauses, though only the first says so', () => {
    const plan =
      '健康细胞建设方案(2024—2027年)\n' +
      '每年新建健康社区30个,健康学校、健康企业各50个,每个街道培育20户健康家庭。' +
      '到2027年,居民健康素养水平达到35%。\n';
    expect(years(plan)).toEqual([
      [30, null],
      [50, null],
      [20, null],
      [35, 2027],
    ]);
  });
});
