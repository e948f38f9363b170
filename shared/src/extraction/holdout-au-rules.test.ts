import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../regions/gazetteer';
import { SAMPLE_UNITS, unit } from '../regions/gazetteer.fixture';
import { extractTargets } from './extract-targets';
import { headlineProvince } from './province-short-names';

// Rules written from the failure classes of hold-out set AU (insurance schemes and their shares,
// hospitals' occupancy aims, blood-donation quotas, a provincial headline's short name, Taiwan
// pages), each tested in wording of its own.

const targets = (text: string) => extractTargets(text).targets;

describe('places a page names without a full unit name', () => {
  const gazetteer = buildGazetteer([
    ...SAMPLE_UNITS,
    unit('430000', '湖南省', 1, '000000'),
    unit('430300', '湘潭市', 2, '430000'),
  ]);
  const regions = (text: string) =>
    extractTargets(text, { gazetteer }).targets.map((t) => t.region);

  it('reads a province from the short name its headline opens with (湘…, 鄂…)', () => {
    const body = '\n省卫生厅要求,今年全省二级医院预约诊疗率达到60%以上。';
    expect(regions(`湘今年推进预约诊疗服务${body}`)).toEqual(['湖南省']);
    expect(regions(`鄂今年推进预约诊疗服务${body}`)).toEqual(['湖北省']);
  });

  it('leaves a headline opening with a city (湘潭…) to the usual rules', () => {
    expect(headlineProvince('湘潭今年推进预约诊疗服务', '全省', gazetteer)).toBeNull();
    expect(headlineProvince('湘今年推进预约诊疗服务', '全省', gazetteer)?.name).toBe('湖南省');
  });

  it('leaves a headline opening with an ordinary word (新…) on a page of 全省', () => {
    const page = '新一年推进预约诊疗服务\n全省二级医院预约诊疗率达到60%以上。';
    expect(regions(page)).toEqual(['全省']);
  });

  it('reads Taiwan from its own bodies or two of its counties (traditional)', () => {
    expect(regions('依衛生福利部之規劃,所屬醫院門診預約率目標值為60%。')).toEqual(['台湾']);
    expect(regions('花蓮及屏東兩地醫院之門診預約率目標值為60%。')).toEqual(['台湾']);
  });

  it('does not read Taiwan from one mention of it on a page naming no place', () => {
    expect(regions('对来自台湾的患者,门诊预约率达到60%以上。')).toEqual([null]);
  });
});

describe('an insurance scheme named once for the measures after it', () => {
  const names = (text: string) => targets(text).map((t) => [t.indicator, t.scope]);

  it('titles shares of a sentence whose subject is the scheme, across its semicolons', () => {
    const plan =
      '2019年,城镇职工基本医疗保险按规定调整缴费基数,参保率保持在98%以上;政策范围内住院医疗费用报销比例稳定在80%左右。';
    expect(names(plan)).toEqual([
      ['城镇职工医保参保率', null],
      ['城镇职工医保政策范围内住院费用报销比例', null],
    ]);
  });

  it('leaves a share bare where the scheme is only an object of the sentence', () => {
    const plan = '落实城乡居民医保筹资政策,政策范围内住院费用报销比例达到70%以上。';
    expect(names(plan)).toEqual([['政策范围内住院费用报销比例', null]]);
  });

  it('takes the scheme of a news headline for a share its story names bare', () => {
    const page =
      '某地推行城乡居民医保门诊统筹\n今年,有关部门要求将符合政策的门诊医疗费用支付比例提高到50%左右。';
    expect(names(page)).toEqual([['城乡居民医保政策范围内门诊费用支付比例', null]]);
  });

  it('does not title a sum with one of two schemes joined (新农合和城镇居民医保)', () => {
    const plan = '今年要把新农合和城镇居民医保财政补助标准提高到300元。';
    expect(names(plan)[0]![0]).not.toMatch(/^城镇居民医保/);
  });

  it('keeps 城镇 before 医保 in the scheme’s name, not as an area', () => {
    expect(names('今年全市城镇医保最高支付限额提高到10万元。')).toEqual([
      ['城镇医保最高支付限额', null],
    ]);
  });
});

describe('a sum raised around its object (提高…标准N元, 标准新增N元)', () => {
  const named = (text: string) => targets(text).map((t) => [t.indicator, t.value]);

  it('names a raise written after the verb and its object for the object', () => {
    expect(named('今年同步提高大病保险筹资标准15元,达到每人每年115元。')).toEqual([
      ['大病保险筹资标准提高额', 15],
      ['大病保险人均筹资标准', 115],
    ]);
  });

  it('reads 新增 after a standard as its raise, and the level after it without the raise', () => {
    expect(named('城乡居民医保人均筹资标准新增45元,达到每人每年不低于1000元。')).toEqual([
      ['城乡居民医保人均筹资标准提高额', 45],
      ['城乡居民医保人均筹资标准', 1000],
    ]);
  });

  it('drops the words per head and year after a standard’s name', () => {
    expect(named('人均财政补助标准每人每年不低于600元。')).toEqual([['人均财政补助标准', 600]]);
  });

  it('leaves a count after 新增 and its object alone (新增床位100张)', () => {
    expect(targets('今年新增床位100张。').map((t) => t.indicator)).not.toContain('床位提高额');
  });
});

describe('aims set for groups of units one by one (…等N家医院目标值为N%)', () => {
  const named = (text: string) => targets(text).map((t) => [t.indicator, t.scope, t.value]);

  it('names each group’s figure by the measure the sentence set the aims on, what it is kept on first', () => {
    const plan =
      '卫生局对所属医院床位使用率之目标管理,主要在于普通病床,包括东城医院等5家三级医院目标值为85%,西城医院等7家二级医院目标值为75%。';
    expect(named(plan)).toEqual([
      ['普通病床床位使用率', '三级医院', 85],
      ['普通病床床位使用率', '二级医院', 75],
    ]);
  });

  it('names them by the measure alone where nothing says what it is kept on', () => {
    const plan = '对下属机构随访率的目标管理,包括甲中心等3家中心目标值为90%。';
    expect(named(plan)).toEqual([['随访率', '中心', 90]]);
  });
});

describe('an example worked through, and a sum’s range with both ends in 元', () => {
  it('reads no aim from the figure of 以…为例', () => {
    const plan =
      '大病保险起付线不高于1.5万元,以当地居民人均可支配收入9800元为例,起付线可定为1万元。';
    expect(targets(plan).map((t) => t.value)).not.toContain(9800);
  });

  it('reads 在3万元至4.5万元间 as one range, not a second target at its top', () => {
    const found = targets('今年最高支付限额将在3万元至4.5万元间确定。');
    expect(found.map((t) => [t.value, t.valueMax, t.unit])).toEqual([[3, 4.5, '万元']]);
  });

  it('keeps a from-to of sums apart (从…元到…元)', () => {
    const found = targets('人均筹资标准从300元到450元,要逐步提高。');
    expect(found.some((t) => t.valueMax === 450)).toBe(false);
  });
});

describe('a quota set as a share of a base (按…的N%下达任务)', () => {
  const page =
    '某街道2019年度义务植树工作安排\n二、任务分配\n(一)各社区按常住人口的2%分配任务;\n(二)辖区企业按职工总数的5%下达任务。';

  it('reads an exact share titled as the task’s share of the base, the units its scope', () => {
    const found = targets(page).map((t) => [t.indicator, t.scope, t.comparator, t.value]);
    expect(found).toEqual([
      ['义务植树任务占常住人口比例', '各社区', '=', 2],
      ['义务植树任务占职工比例', '辖区企业', '=', 5],
    ]);
  });

  it('leaves a share that allocates nothing to the usual rules', () => {
    const found = targets('今年各社区按常住人口的2%开展抽样调查,调查覆盖率达到95%。');
    expect(found.every((t) => t.comparator !== '=')).toBe(true);
  });
});

describe('a task stated with 为, in units of blood, under a notice of the year’s work', () => {
  const notice =
    '东湖镇人民政府关于做好2024年义务献血工作的通知\n各村、各单位:\n一、任务\n东湖镇2024年度义务献血工作任务为90单位,请各单位分解落实。';

  it('reads the task as a floor in 单位, titled 任务量 after its topic', () => {
    const found = targets(notice).map((t) => [t.indicator, t.comparator, t.value, t.unit, t.kind]);
    expect(found).toEqual([['义务献血任务量', '>=', 90, '单位', 'count']]);
  });

  it('takes the notice’s title (关于做好…工作的通知) for the plan’s, and its town', () => {
    expect(extractTargets(notice).document.title).toContain('义务献血工作');
    expect(targets(notice).map((t) => t.region)).toEqual(['东湖镇']);
  });

  // A task of an act done to people (两癌筛查) is titled by the people reached since AW's round
  // (…筛查人数, as ao01's and aw03's golds write it); a deed people do themselves keeps 任务人数.
  it('titles a task in people 任务人数', () => {
    const found = targets('2024年,全县无偿献血工作任务为3000人。').map((t) => t.indicator);
    expect(found).toEqual(['无偿献血任务人数']);
  });
});
