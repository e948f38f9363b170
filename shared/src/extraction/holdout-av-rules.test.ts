import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../regions/gazetteer';
import { SAMPLE_UNITS, unit } from '../regions/gazetteer.fixture';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set AV (a review meeting still to be held,
// the centre's 全省(区、市), …), each tested in wording of its own.

const targets = (text: string) => extractTargets(text).targets;

describe('a review meeting still to come leads no report', () => {
  const plan = (meeting: string) =>
    `试点城市应当每季度召开一次推进会议。${meeting},梳理可复制的做法。\n试点城市社区心理服务站点建成率达70%以上。`;

  it('keeps the figures of a page that says a summing-up meeting is to be held', () => {
    expect(targets(plan('年底前要召开试点总结大会')).map((t) => t.value)).toEqual([70]);
    expect(targets(plan('12月将举行总结表彰会')).map((t) => t.value)).toEqual([70]);
  });

  it('still takes a meeting already held (日前, 召开了) as a report’s lead', () => {
    expect(targets(plan('日前召开试点总结大会'))).toEqual([]);
    expect(targets(plan('各地已召开了试点总结会'))).toEqual([]);
  });
});

describe('the centre’s 全省(区、市)', () => {
  it('is no whole of the page: a centre’s page with no place of its own is national', () => {
    const found = targets(
      '国家卫生健康委要求试点城市总结经验,在全省(区、市)范围推广。试点城市心理援助热线接通率达85%以上。',
    );
    expect(found.map((t) => [t.value, t.region])).toEqual([[85, '全国']]);
  });

  it('leaves a province’s own 全省 alone', () => {
    const found = targets('全省心理援助热线接通率达85%以上,在全省范围推广。');
    expect(found.map((t) => t.region)).toEqual(['全省']);
  });
});

describe('a rate per 100,000 written as people per that many people', () => {
  it('reads 每十万人口N人 after a rate’s name as the rate, in 1/10万', () => {
    const found = targets('到2030年,全市肺癌死亡率要降到每十万人口28人以下。');
    expect(found.map((t) => [t.value, t.unit, t.kind, t.comparator, t.indicator])).toEqual([
      [28, '1/10万', 'rate', '<=', '肺癌死亡率'],
    ]);
  });

  it('reads a per-million base in 1/100万', () => {
    const found = targets('到2030年,全市尘肺病发病率控制在每百万人口9例以内。');
    expect(found.map((t) => [t.value, t.unit])).toEqual([[9, '1/100万']]);
  });

  it('leaves a density of staff (no 率 before the base) a count', () => {
    const found = targets('到2030年,每十万人口康复治疗师达到6名。');
    expect(found.map((t) => [t.value, t.unit])).toEqual([[6, '名']]);
  });

  it('reads 廿 and 卅 as twenty and thirty, and drops a modal 能 from the name', () => {
    const found = targets('預計二○二五年,全縣肝癌死亡率能降到每十萬人口廿六人。');
    expect(found.map((t) => [t.value, t.unit, t.indicator])).toEqual([
      [26, '1/10万', '肝癌死亡率'],
    ]);
    expect(targets('全县明年要新建卫生室卅二所。').map((t) => t.value)).toEqual([32]);
  });
});

describe('present figures told in a plan’s opening or in news', () => {
  it('takes a count after 如今 (nowadays) as the present, not an aim', () => {
    const found = targets('如今全县登记的家犬约2万只,且逐年增加。今年犬只免疫登记数要达到3万只。');
    expect(found.map((t) => t.value)).toEqual([30000]);
  });

  it('leaves a tally of new patients alone, but keeps a bound on new cases', () => {
    expect(targets('全省今年平均每周新增卅五名患者,形势严峻。')).toEqual([]);
    expect(targets('今年全县新发病例控制在30例以内。').map((t) => t.value)).toEqual([30]);
  });
});

describe('a page’s place given only by its own words', () => {
  const gazetteer = buildGazetteer([
    ...SAMPLE_UNITS,
    unit('130000', '河北省', 1, '000000'),
    unit('130900', '沧州市', 2, '130000'),
    unit('131000', '廊坊市', 2, '130000'),
  ]);
  const regions = (text: string) =>
    extractTargets(text, { gazetteer }).targets.map((t) => [t.value, t.region]);

  it('takes 本地区 for a centre’s page that calls its ground so, not the nation of the laws it cites', () => {
    const text =
      '为做好2026年慢病防控工作,依据《中华人民共和国基本医疗卫生与健康促进法》,结合今年重点任务和本地区慢病监测结果,制定本计划。\n本地区作为人口流入城市,慢病负担较重。2026年,高血压患者规范管理率达到65%以上。';
    expect(regions(text)).toEqual([[65, '本地区']]);
  });

  it('leaves 本地区 alone when the page tells others to fit themselves to it', () => {
    const text =
      '依据《中华人民共和国基本医疗卫生与健康促进法》,各地要结合本地区实际抓好落实。2026年,高血压患者规范管理率达到65%以上。';
    expect(regions(text)).toEqual([[65, '全国']]);
  });

  it('takes the city written right before the page’s 全市 (实施范围 沧州全市)', () => {
    const text =
      '狂犬病防治工作方案\n为控制我市狂犬病疫情,制定本方案。\n一、目标\n全市犬只免疫率达到70%以上。\n二、实施范围\n沧州全市';
    expect(regions(text)).toEqual([[70, '沧州市']]);
  });

  it('leaves the page’s 全市 when two cities are so written', () => {
    const text =
      '狂犬病防治工作方案\n为控制狂犬病疫情,制定本方案。全市犬只免疫率达到70%以上。\n实施范围:沧州全市、廊坊全市';
    expect(regions(text)).toEqual([[70, '全市']]);
  });
});

describe('names of shares and changes', () => {
  const names = (text: string) => targets(text).map((t) => [t.indicator, t.scope]);

  it('titles a quality raised by 提升 as its 提升幅度 (时效, 能力), a count’s rise still 提高幅度', () => {
    expect(names('2026年,检验报告互认时效提升25%。')).toEqual([['检验报告互认时效提升幅度', null]]);
    expect(names('2026年,基层急救能力提升15%。')).toEqual([['基层急救能力提升幅度', null]]);
    expect(names('2026年,门诊诊疗人次提升15%。')).toEqual([['门诊诊疗人次提高幅度', null]]);
  });

  it('titles an act covering a share of a population as that population’s coverage rate', () => {
    expect(names('2026年,义诊活动覆盖辖区老年人的70%以上。')).toEqual([
      ['义诊活动辖区老年人覆盖率', null],
    ]);
  });

  it('titles a share of listed units that become a kind by the kind, the units its scope', () => {
    expect(
      names('2026年,60%以上的乡镇卫生院、社区卫生服务中心和村卫生室创建成为健康促进单位。'),
    ).toEqual([['健康促进单位比例', '乡镇卫生院、社区卫生服务中心和村卫生室']]);
  });
});

describe('a share of units that serve someone (…为员工提供…服务)', () => {
  it('titles it deed first, the service named by its kind after a list of examples', () => {
    const found = targets('2026年,80%的机关和企业单位为员工提供心理咨询、心理测评等心理健康服务。');
    expect(found.map((t) => t.indicator)).toEqual(['为员工提供心理健康服务的机关和企业单位比例']);
  });

  it('takes no count of what is built (新建1所) for the units served', () => {
    const share = targets('2026年,85%的行政村新建1所为老人提供助餐、照护等服务的幸福院。')[0]!;
    expect(share.indicator).not.toMatch(/新建1所比例$/);
  });
});

describe('what people know or think of something (…对X的知晓率)', () => {
  const named = (text: string) => targets(text).map((t) => [t.indicator, t.scope]);

  it('titles the rate by its topic and takes the people asked as its scope', () => {
    expect(named('2026年,要使村民对鼠疫防治常识的知晓率达到85%以上。')).toEqual([
      ['鼠疫防治常识知晓率', '村民'],
    ]);
    expect(named('2026年,家长对儿童免疫接种服务满意度达到90%以上。')).toEqual([
      ['儿童免疫接种服务满意度', '家长'],
    ]);
  });
});

describe('a Taiwan page', () => {
  it('is Taiwan’s when it names the island with one of its health bodies (traditional script)', () => {
    const found = targets(
      '【台北報導】衛福部國健署表示,台灣成人吸菸率要在二○三○年降到百分之十以下。',
    );
    expect(found.map((t) => [t.value, t.region, t.regionCode])).toEqual([[10, '台湾', '710000']]);
  });

  it('is not Taiwan’s for a passing mention of the name alone', () => {
    const found = targets('借鉴台湾经验,2030年成人吸烟率要降到20%以下。');
    expect(found.map((t) => t.region)).not.toContain('台湾');
  });
});
