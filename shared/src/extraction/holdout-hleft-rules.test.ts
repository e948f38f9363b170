import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';
import { normalise } from './normalise';

// Rules written from the classes sets BA and BB left after their round (counts of days, a
// summary's figures told with aim words, full-width commas between figures, Taiwan's, Hong
// Kong's and Macao's pages, early five-year plans, years spelled with ○), each tested in
// wording of its own.

const targets = (text: string) => extractTargets(text).targets;

describe('a count of days aimed at', () => {
  it('reads N天 where a floor or aim verb sets a count of days', () => {
    const plan = '到2025年,全区环境空气质量达标天数达到320天以上,河流水质优良天数不低于280天。';
    expect(targets(plan).map((t) => [t.value, t.unit, t.kind, t.comparator])).toEqual([
      [320, '天', 'count', '>='],
      [280, '天', 'count', '>='],
    ]);
  });

  it('reads the dated milestone a later line gives the same count', () => {
    const plan =
      '一、改善人居环境\n1.每年城区空气良好天数不少于310天。\n责任单位:市生态环境局\n时间节点:2024年不少于305天。';
    expect(targets(plan).map((t) => t.value)).toEqual([310, 305]);
  });

  it('leaves durations, deadlines and days of the week alone', () => {
    const plan =
      '到2025年,群众投诉须在15天内办结,每天开展巡查,检测结果7天反馈,平均住院天数控制在8天以内,每周锻炼不少于3天。';
    expect(targets(plan).filter((t) => t.unit === '天')).toEqual([]);
  });
});

describe("a summary's figures told with aim words", () => {
  it('sets nothing where the only aim word is the requirement the page obeyed', () => {
    const summary =
      '某乡卫生院2019年度工作总结\n防疫工作:\n根据县卫健局的要求,做好预防接种门诊管理,使全乡儿童基础免疫接种率均在97%以上.孕产妇系统管理率均达到92%以上。';
    expect(targets(summary)).toEqual([]);
  });

  it('still reads 要求 as an aim where it is a verb', () => {
    const summary =
      '某乡卫生院2019年度工作总结\n防疫工作:\n县卫健局要求达到儿童基础免疫接种率95%以上。';
    expect(targets(summary).map((t) => t.value)).toEqual([95]);
  });
});

describe('commas between figures', () => {
  it('keeps a full-width comma between Arabic digits, so it parts two figures', () => {
    expect(normalise('分别为12，500人').text).toBe('分别为12，500人');
    expect(normalise('分别为１２，５００人').text).toBe('分别为12,500人');
    const plan = '到2025年,全县新建公共厕所3，200座。';
    expect(targets(plan).map((t) => t.value)).not.toContain(3200);
  });

  it('reads an ASCII thousands separator as one value and a list of small numbers apart', () => {
    const plan = '到2025年,全县储备急救药品不少于2,400瓶,新建公共厕所1,200座,在第3,4季度完成。';
    expect(targets(plan).map((t) => t.value)).toEqual([2400, 1200]);
  });

  it('counts goods to be bought (采购)', () => {
    const plan = '到2025年,全县计划采购负压救护车12辆。';
    expect(targets(plan).map((t) => [t.value, t.unit])).toEqual([[12, '辆']]);
  });
});

describe('pages of Taiwan, Hong Kong and Macao', () => {
  it("reads Taiwan's 全国 as Taiwan's whole", () => {
    const news =
      '衛生福利部國民健康署今日表示,將結合全國醫事團體推動防治,預計2030年成人吸菸率降至10%以下。';
    const { document, targets: found } = extractTargets(news);
    expect([document.region, document.regionCode]).toEqual(['台湾', '710000']);
    expect(found.map((t) => t.value)).toEqual([10]);
  });

  it("reads the Executive Yuan's own 本院 as Taiwan", () => {
    const news = '本院新聞\n行政院會今日通過長照計畫,預計2030年讓失能長者接受服務比例達到90%以上。';
    expect(extractTargets(news).document.regionCode).toBe('710000');
  });

  it('reads 本澳 and 本港 as Macao and Hong Kong', () => {
    const macao = '衛生局表示,為實現目標,本澳將於2025年前使流感疫苗接種率達到60%以上。';
    const hk = '衞生署表示,本港將於2025年前使子宮頸癌篩查覆蓋率達到70%以上。';
    expect(extractTargets(macao).document.regionCode).toBe('820000');
    expect(extractTargets(hk).document.regionCode).toBe('810000');
  });
});

describe('years a page writes in older or spelled forms', () => {
  it('dates a plan of the ninth or eighth five-year period by its last year', () => {
    const plan = '某市地方病防治“八五”规划\n急性病例数控制在50例以内。';
    expect(extractTargets(plan).document.year).toBe(1995);
    expect(extractTargets('某县卫生事业九五计划\n新建乡镇卫生院3所。').document.year).toBe(2000);
  });

  it('leaves 九五 that names no plan alone', () => {
    const plan = '某市药店九五折优惠方案\n到2020年,新建药店3家。';
    expect(extractTargets(plan).document.year).toBe(2020);
  });

  it('reads a year whose last digit is written ○ before 年', () => {
    expect(normalise('於二○二○年實現').text).toBe('于2020年实现');
    const news = '衛生局表示,目標於二○二五年實現疫苗接種率達到95%。';
    expect(targets(news).map((t) => [t.value, t.year])).toEqual([[95, 2025]]);
  });
});

describe('a span of years (五年内) is no 年内 of the page', () => {
  const story =
    '某市今年将新增养老床位600张\n2016-03-08 来源:某市日报\n市民政局称,“十三五”期间,全市力争五年内新增养老床位5000张,其中今年计划新增600张。按照规划,到2020年,全市每千名老年人养老床位数达到40张。';

  it("dates the period's figure by the period's end, and 今年's by the page's date", () => {
    expect(targets(story).map((t) => [t.value, t.year])).toEqual([
      [600, 2016],
      [5000, 2020],
      [600, 2016],
      [40, 2020],
    ]);
  });
});
