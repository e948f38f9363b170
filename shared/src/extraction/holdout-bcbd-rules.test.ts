import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';
import { regionOf } from './region-words';
import { townGovernment } from './towns';

// Rules written from the failure classes of hold-out sets BC and BD (a news story's achievements
// listed after a lead of time gone by, a site's size, named units counted, a verb of building
// with its alternatives in brackets, a township's own page), each tested in wording of its own.

const values = (text: string) => extractTargets(text).targets.map((t) => t.value);

describe('a lead of time gone by before a list of semicolons', () => {
  it('makes every item an achievement, its aim words too', () => {
    const news =
      '某县2023年爱卫工作推进会召开。近几年,某县建成省级卫生乡镇6个,占全县乡镇的50%;' +
      '县级卫生村覆盖率达到92.4%;成功创建市级卫生村130个。';
    expect(values(news)).toEqual([]);
  });

  it('lets an item that looks ahead stay an aim', () => {
    const news =
      '某县2023年爱卫工作推进会召开。近几年,某县建成省级卫生乡镇6个;到2026年,县级卫生村覆盖率达到98%。';
    expect(values(news)).toEqual([98]);
  });

  it('is not read into a dated lead that quotes a plan', () => {
    const page = '2021年3月,省政府印发规划,明确主要指标:儿童近视率逐年下降;家长知晓率2025年≥85%。';
    expect(values(page)).toEqual([85]);
  });
});

describe('a news story relaying what a place applies to become', () => {
  it('keeps a count of units it applies to create', () => {
    const news = '本报讯 日前,某县召开爱卫工作会议。\n该县今年申报创建4个省级卫生镇。\n';
    expect(values(news)).toEqual([4]);
  });
});

describe('the size of a project site', () => {
  it('describes the project and is no aim', () => {
    const plan = '推进县妇幼保健院迁建,项目占地面积约25亩,新建门诊综合楼一栋。';
    expect(values(plan)).toEqual([]);
  });

  it('stays an aim where a floor bounds it', () => {
    const plan = '新建村级养老服务站,建筑面积不少于120平方米。';
    expect(values(plan)).toEqual([120]);
  });
});

describe('a count of units named before it', () => {
  it('counts the places to work on, not the length of a list', () => {
    const plan = '年内推进东岭和西桥2个社区卫生服务中心开设夜间门诊。';
    expect(values(plan)).toEqual([2]);
  });

  it('leaves the count of named places that only says where a later number is counted', () => {
    const plan = '年底前分别对东岭、西桥、南坪等3个试点村的600名老人开展免费体检。';
    expect(values(plan)).toEqual([600]);
  });

  it('still reads a count of a list of tasks as its length', () => {
    const plan = '年内抓好宣传、培训和督导3项工作。';
    expect(values(plan)).toEqual([]);
  });
});

describe('a verb of building written with its alternatives in brackets', () => {
  it('counts what is to be built, and the list after it', () => {
    const plan = '全年改(扩)建乡镇卫生院6所,村卫生室(服务站)120个。';
    expect(values(plan)).toEqual([6, 120]);
  });
});

describe("a township's own government", () => {
  it('names the page of 我乡', () => {
    expect(townGovernment('按照2018年青石乡人民政府(甲方)工作安排,下达我乡各村任务。')).toBe(
      '青石乡',
    );
  });

  it('names none where the stem is every town or two towns are named', () => {
    expect(townGovernment('请各乡镇人民政府认真落实。')).toBeNull();
    expect(townGovernment('青石乡人民政府、白沙镇人民政府联合发文。')).toBeNull();
  });
});

describe('a government reorganising offices of its own', () => {
  it('speaks of its own level', () => {
    const report =
      '推进机构改革,撤并县政府防汛抗旱指挥部办公室,组建县政府应急管理局。扩大城乡公共服务共享,推进城乡统筹。';
    expect(regionOf(null, report)).toBe('全县');
  });
});

describe('years a 分别 list pairs with its values', () => {
  it('are only years written as a list, not a year dating who set the aims', () => {
    const news =
      '省卫生厅在2021年全省卫生工作会议上提出:到2025年,孕产妇死亡率和婴儿死亡率分别降至9/10万和5‰。';
    expect(extractTargets(news).targets.map((t) => [t.value, t.year])).toEqual([
      [9, 2025],
      [5, 2025],
    ]);
  });

  it('pair in order where the years are joined', () => {
    const plan =
      '2024年全区卫生工作计划\n到2025年底和2028年,全区居民健康素养水平分别达到30%和36%。';
    expect(extractTargets(plan).targets.map((t) => [t.value, t.year])).toEqual([
      [30, 2025],
      [36, 2028],
    ]);
  });
});

describe('a paragraph reviewing a span gone by', () => {
  it('is not turned ahead by the end of a from-to in a past year', () => {
    const page =
      '2020年全市卫生健康工作要点\n“十三五”期间,全市健康水平稳步提高。人均预期寿命预计提高1.5岁;孕产妇死亡率从2015年的12/10万下降到2019年的8/10万。\n';
    expect(values(page)).toEqual([]);
  });
});

describe('the year a comparison is made with', () => {
  it('is not the year the page plans for', () => {
    const page =
      '会上通报,全县门诊量同2013年相比增长12%,与2013年相比住院量增长9%。会议要求,2016年家庭医生签约率达到40%。';
    expect(extractTargets(page).document.year).toBe(2016);
  });
});

describe('an aim standing from a year on', () => {
  it('has no year, and its start year is no plan year', () => {
    const plan =
      '健康扶贫工作方案\n从2019年起,确保贫困人口家庭医生签约率达到100%;确保门诊报销比例达到80%。\n到2020年,住院报销比例达到90%。';
    const r = extractTargets(plan);
    expect(r.targets.map((t) => [t.value, t.year])).toEqual([
      [100, null],
      [80, null],
      [90, 2020],
    ]);
  });

  it('leaves a page whose only year starts a standing rule yearless', () => {
    const plan = '健康扶贫工作方案\n自2019年起,确保贫困人口家庭医生签约率达到100%。';
    expect(extractTargets(plan).document.year).toBeNull();
  });

  it('dates a span with an end by its end', () => {
    const plan =
      '全县近视防控责任书\n从2019年起到2023年,力争儿童青少年总体近视率每年下降0.5个百分点。';
    expect(extractTargets(plan).document.year).toBe(2023);
  });
});

describe('a meeting that reviews one year and deploys the next', () => {
  it('plans the year it deploys, where the two are named as often', () => {
    const news =
      '全县卫生工作会议3月2日召开。2019年,全县门诊量达120万人次,比上年增长3%。会议总结了2019年工作,部署了2020年重点任务。';
    const r = extractTargets(news);
    expect(r.document.year).toBe(2020);
    expect(r.targets).toEqual([]);
  });

  it('keeps the year first named where no year before the deployed one is reviewed', () => {
    const news =
      '2008年是防控攻坚年,全国报告病例持续下降。会上,部长提出2009年的重点工作是扩大筛查。';
    expect(extractTargets(news).document.year).toBe(2008);
  });
});
