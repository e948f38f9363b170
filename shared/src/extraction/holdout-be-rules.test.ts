import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../regions/gazetteer';
import { SAMPLE_UNITS } from '../regions/gazetteer.fixture';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set BE (a from-to in tenths, a present
// count, a future holding in traditional script, achieved figures, a city's zones), each tested
// in wording of its own.

const targets = (text: string) => extractTargets(text).targets;

describe('a from-to told in tenths', () => {
  it('reads the second share as the aim', () => {
    const news = '衞生署署長表示,盼把長者流感疫苗接種率由現時的六成提升至七成。';
    expect(targets(news).map((t) => [t.value, t.unit, t.comparator])).toEqual([[70, '%', '>=']]);
  });

  it('leaves the starting share out of the name', () => {
    const news = '衞生署署長表示,盼把長者流感疫苗接種率由現時的六成提升至七成。';
    expect(targets(news).map((t) => t.indicator)).toEqual(['长者流感疫苗接种率']);
  });

  it('takes the name from the clause before a clause that opens with the starting share', () => {
    const plan = '到2026年,继续提高孕妇产检的覆盖率,由目前的七成提升到八成。';
    expect(targets(plan).map((t) => [t.indicator, t.value])).toEqual([['孕妇产检覆盖率', 80]]);
  });
});

describe('a count told as it stands now', () => {
  it('is no aim when 现时 opens its clause', () => {
    const news = '署长说,现时全港接受子宫颈普查的妇女人数达41万,当局会继续宣传。';
    expect(targets(news)).toEqual([]);
  });

  it('is no aim when it counts those who have already done something', () => {
    const news = '主任表示,全区已登记献血的市民人数超过6万人,中心会继续推广。';
    expect(targets(news)).toEqual([]);
  });

  it('stays an aim where the sentence looks ahead', () => {
    const plan = '到2027年,已签约家庭医生的居民人数达到8万人。';
    expect(targets(plan).map((t) => t.value)).toEqual([80000]);
  });
});

describe('a holding to come told with 将会有', () => {
  it('reads the count after 將會有 as a holding to reach', () => {
    const news = '局長表示,新急症室大樓將於2027年啟用。大樓內將會有120張觀察病床。';
    expect(targets(news).map((t) => [t.value, t.unit, t.comparator])).toEqual([[120, '张', '>=']]);
  });
});

describe('figures a news item tells of the year so far', () => {
  it('are no aims when 已 and a short verb govern the counts', () => {
    const news = '疾管署说,今年已筛出约3.2萬名高风险个案与0.8萬名确诊个案,均已转介治疗。';
    expect(targets(news)).toEqual([]);
  });

  it('are no aims when a bare change goes on from a comparison with last year', () => {
    const news = '卫生局指出,今年门诊服务量较去年同期增加约1万人次,约成长12.5%。';
    expect(targets(news)).toEqual([]);
  });
});

describe('a city named only in its zones’ names', () => {
  const gazetteer = buildGazetteer(SAMPLE_UNITS);
  it('is the region of a notice of 全市 addressed to its districts and zones', () => {
    const notice =
      '汉卫发〔2026〕5号\n' +
      '各区卫生健康局、武汉经济技术开发区、东湖风景区社会事务局:\n' +
      '为做好全市适龄妇女两癌筛查工作,现制定本方案。\n' +
      '一、任务\n' +
      '(一)武汉经济技术开发区的筛查任务为3000人。\n';
    expect(extractTargets(notice, { gazetteer }).targets.map((t) => [t.region, t.value])).toEqual([
      ['武汉市', 3000],
    ]);
  });
});

describe('a count after 为 that is no exact quantity', () => {
  const comparators = (text: string) => targets(text).map((t) => [t.value, t.comparator]);
  it('reads 为 before the people served and a deed for them as the preposition', () => {
    const news = '市卫生局说,今年将为3万名老人免费体检,开展早诊早治。';
    expect(comparators(news)).toEqual([[30000, '>=']]);
  });

  it('reads a quota allotted with 指标为 as a floor to meet', () => {
    const news = '今年省里分配给我县的两癌筛查指标为2.6万名,由县妇幼保健院承担。';
    expect(comparators(news)).toEqual([[26000, '>=']]);
  });
});

describe('a story dated on a line of its own above its lead', () => {
  const years = (text: string) => targets(text).map((t) => [t.value, t.year]);
  it('takes its year from the date when a 某某网消息 lead follows', () => {
    const story =
      '全县今年免费为八千名孕妇做产前筛查\n' +
      '2026-03-02 09:12:40\n' +
      '南方网消息:县卫生局表示,今年将为8000名孕妇免费开展产前筛查。\n';
    expect(years(story)).toEqual([[8000, 2026]]);
  });

  it('reads past a line of the page’s buttons between the date and the lead', () => {
    const story =
      '全县今年免费为八千名孕妇做产前筛查\n' +
      '2026-03-02 09:12:40\n' +
      '我来说两句 打印文章 发送给好友\n' +
      '本报讯(记者 李明)县卫生局表示,今年将为8000名孕妇免费开展产前筛查。\n';
    expect(years(story)).toEqual([[8000, 2026]]);
  });
});

describe('a speaker’s hope before the measure', () => {
  it('is no part of the name', () => {
    const news = '署方希望進一步推高長者的肺炎球菌疫苗接種率,由現時的五成提高至六成。';
    expect(targets(news).map((t) => [t.indicator, t.value])).toEqual([
      ['长者肺炎球菌疫苗接种率', 60],
    ]);
  });
});

describe('a span of years the aim is to be met in', () => {
  it('is no part of the name, its number included', () => {
    const news = '这一行动涉及8个区,计划在3年内覆盖60万人。';
    expect(targets(news).map((t) => [t.indicator, t.value])).toEqual([['覆盖人数', 600000]]);
  });
});

describe('a scheme that spans several provinces', () => {
  const gazetteer = buildGazetteer(SAMPLE_UNITS);
  it('binds the nation on a city’s page', () => {
    const story =
      '武汉市今年将为2万名老人免费筛查骨质疏松。\n' +
      '这一行动涉及华中、华南等地区9个省,计划三年内筛查高危人群40万人。\n';
    expect(extractTargets(story, { gazetteer }).targets.map((t) => [t.region, t.value])).toEqual([
      ['武汉市', 20000],
      ['全国', 400000],
    ]);
  });
});

describe('a feed of other stories’ headlines above the page’s own', () => {
  it('gives the page no year', () => {
    const page =
      '《星海战记》2025年登陆手机   《迷城》12月推出新章节   电竞联赛总决赛门票开售   《赛车传说》公布新赛季   \n' +
      '署方冀长者疫苗接种率推高至七成\n' +
      '署长表示,希望进一步推高长者的流感疫苗接种率,由目前的六成提高至七成。\n';
    expect(targets(page).map((t) => [t.value, t.year])).toEqual([[70, null]]);
  });
});

describe('a quota of people handed down', () => {
  it('is named by its deed, without who hands it to whom or its 指标', () => {
    const news = '今年市里为本区下放的免费体检指标为6000名,由区疾控中心承担。';
    expect(targets(news).map((t) => [t.indicator, t.value])).toEqual([['免费体检人数', 6000]]);
  });
});
