import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../regions/gazetteer';
import { SAMPLE_UNITS, unit } from '../regions/gazetteer.fixture';
import { PageContext, pageRegion, REGION_SOURCES } from './page-region';

// The page's region is the first of REGION_SOURCES that answers. Each pair below is a page that two
// sources both answer, differently: the one the list puts first must win. Wording of our own.
const gazetteer = buildGazetteer([
  ...SAMPLE_UNITS,
  unit('421100', '黄冈市', 2, '420000'),
  unit('421181', '麻城市', 3, '421100'),
  unit('421122', '丰岭县', 3, '421100'),
]);

const answer = (name: string, title: string | null, body: string) => {
  const source = REGION_SOURCES.find((s) => s.name === name);
  if (!source) throw new Error(`no source ${name}`);
  return source.read(new PageContext(title, body, gazetteer))?.name ?? null;
};

/** Both sources answer the page, each its own place; the page takes the earlier's. */
function expectEarlierWins(
  [earlier, later]: [string, string],
  title: string | null,
  body: string,
): void {
  const first = answer(earlier, title, body);
  const second = answer(later, title, body);
  expect(first).not.toBeNull();
  expect(second).not.toBeNull();
  expect(first).not.toBe(second);
  expect(pageRegion(title, body, gazetteer)?.name).toBe(first);
}

describe('the order of the page region sources', () => {
  it('is the order page-region.ts documents, each name once', () => {
    expect(REGION_SOURCES.map((s) => s.name)).toEqual([
      'ownOffice',
      'titleTown',
      'implementerTown',
      'officeHeadline',
      'school',
      'taiwanWhole',
      'fittedPlace',
      'cityZone',
      'title',
      'issuer',
      'titleStem',
      'leadTown',
      'lead',
      'planName',
      'headlineProvince',
      'soleNamed',
      'paper',
      'dateline',
      'antecedent',
      'countyStem',
      'soleOfWord',
      'autonomousWhole',
      'source',
      'townGovernment',
      'openingTown',
      'countyTown',
      'countySite',
      'taiwanCounty',
      'sar',
      'centralIssuer',
      'blankedTitle',
      'blankedPlan',
      'levelBodies',
      'levelGovernment',
      'overDefaultNation',
      'soleTown',
      'ownWord',
      'judgedCriteria',
    ]);
  });

  it('reads a town’s office speaking for itself before the town written after the title’s place', () => {
    expectEarlierWins(
      ['ownOffice', 'titleTown'],
      '丰岭县石桥镇东坪办事处2026年度妇幼工作目标任务书',
      '丰岭县石桥镇东坪办事处2026年度妇幼工作目标任务书为确保我办妇幼工作任务完成,特制定本任务书。',
    );
  });

  it('reads a town written after the title’s place before the place itself', () => {
    expectEarlierWins(
      ['titleTown', 'title'],
      '湖北省石桥镇2026年妇幼工作安排',
      '全镇孕产妇系统管理率保持在90%以上。',
    );
  });

  it('reads a sub-district office heading a page before the district its name opens with', () => {
    expectEarlierWins(
      ['officeHeadline', 'title'],
      null,
      '麻城市人民政府东湖街道办事处\n关于做好2026年适龄儿童免疫接种工作的通知\n各社区:接种率达到95%。',
    );
  });

  it('reads the title’s place before an issuing body of another place', () => {
    expectEarlierWins(
      ['title', 'issuer'],
      '武汉市2026年慢病防治工作要点',
      '四川省卫生健康委员会\n各地要把慢病防治摆在突出位置。',
    );
  });

  it('reads the issuing body before the place the opening keeps naming', () => {
    expectEarlierWins(
      ['issuer', 'lead'],
      '2026年慢病防治工作要点',
      '武汉市卫生健康委员会\n四川省慢病防治经验值得借鉴,四川省的做法已在多地推开。',
    );
  });

  it('reads a paper’s city before the city a dateline files from', () => {
    expectEarlierWins(
      ['paper', 'dateline'],
      null,
      '武汉晚报讯 据新华网吉林5月3日电,全市将新建社区卫生服务站,全市覆盖率争取达到95%。',
    );
  });

  it('reads the city a dateline files from before the city a later 该市 refers back to', () => {
    expectEarlierWins(
      ['dateline', 'antecedent'],
      null,
      '新华网武汉5月3日电 社区卫生服务站建设提速。\n记者在吉林市看到,该市新建社区卫生服务站,全市覆盖率争取达到95%。',
    );
  });

  it('reads the county a scheme fits a province’s measures to before the province its title names', () => {
    expectEarlierWins(
      ['fittedPlace', 'title'],
      '湖北省乡村医生队伍建设若干措施实施办法',
      '为落实省里部署,结合丰岭县乡村医生队伍现状和实际,特制定本办法。到2027年,村医大专学历占比达到50%。',
    );
  });

  it('reads the township whose government signs the page before a town the opening keeps naming', () => {
    expectEarlierWins(
      ['townGovernment', 'openingTown'],
      null,
      '依据青石乡人民政府(甲方)年度安排,白沙镇卫生院协助,白沙镇各村参与,白沙镇医生驻点。我乡签约率达到70%。',
    );
  });

  it('reads a sub-district a headline opens with before the county the headline names', () => {
    expectEarlierWins(
      ['titleTown', 'title'],
      null,
      '上周,江汉区柳湾街道的居民到社区卫生服务中心参加体检,预计服务居民8000人。',
    );
  });

  it('reads a town a story keeps naming after its county before the county its lead names', () => {
    expectEarlierWins(
      ['leadTown', 'lead'],
      null,
      '要闻\n\n日前,江汉区石桥镇卫生院病房楼开工。石桥镇卫生院建成后,石桥镇群众就近就医。',
    );
  });

  it('reads the one town a page of 我镇 names before the word itself', () => {
    expectEarlierWins(
      ['soleTown', 'ownWord'],
      null,
      '我镇启动老年人体检\n为了关爱老人,石桥镇会同卫生院开展体检,服务本镇老人。',
    );
  });

  it('reads the town an opening keeps naming before one a byline writes after its county', () => {
    expectEarlierWins(
      ['openingTown', 'countyTown'],
      null,
      '石桥镇今年将推进家庭医生签约,石桥镇各村卫生室全部达标,石桥镇居民受益。全镇签约率达到70%。\n来自: 丰岭县白沙镇',
    );
  });

  it('reads a county site’s county before Hong Kong, which its story mentions', () => {
    const story =
      '丰岭网消息 近日,县人民医院同香港一家医院结成帮扶对子,双方依照国务院有关文件开展合作,每年培训医生不少于20人。';
    expectEarlierWins(['countySite', 'sar'], null, story);
  });

  it('reads a Taiwan county its page keeps naming before Taiwan as a whole', () => {
    expectEarlierWins(
      ['taiwanCounty', 'sar'],
      null,
      '花莲县卫生局表示,花莲今年长照据点将再增设20处,花莲乡亲就近可用;台东也将跟进。',
    );
  });

  it('reads Hong Kong before the nation of a central body the page cites', () => {
    expectEarlierWins(
      ['sar', 'centralIssuer'],
      null,
      '医管局依照国务院有关文件推进合作,明年新增病床不少于300张。',
    );
  });

  it('reads Taiwan before the 全国 its own page writes for its whole', () => {
    expectEarlierWins(
      ['taiwanWhole', 'title'],
      null,
      '卫生福利部今日召开记者会,邀集全国医学会共同推动,预计2030年全国成人肥胖率降至15%以下。',
    );
  });

  it('reads a title’s blanked town as its whole before the page’s 本镇', () => {
    expectEarlierWins(
      ['blankedTitle', 'ownWord'],
      null,
      'xx镇2023年老年人健康服务方案\n结合本镇实际,制定本方案。老年人健康管理率达到70%。',
    );
  });

  it('falls back to the page’s own word, and to it alone without a gazetteer', () => {
    const body = '全市将新建社区卫生服务站,全市覆盖率争取达到95%。';
    expect(pageRegion(null, body, gazetteer)).toEqual({ name: '全市', code: null });
    expect(pageRegion('武汉市2026年工作要点', body, undefined)).toEqual({
      name: '武汉市',
      code: null,
    });
  });
});
