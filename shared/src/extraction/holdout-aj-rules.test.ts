import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../regions/gazetteer';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set AJ (a milestone at the end of a year
// still ahead of a dated page, a portal's slogan naming its own city, township health centres
// counted with 家), each tested in wording of its own.

const targets = (text: string) => extractTargets(text).targets;
const values = (text: string) => targets(text).map((t) => t.value);

describe('a sentence opening with the end of a year before the plan ends', () => {
  const page = (date: string, lead: string) =>
    [
      '某市出台妇幼健康提升方案(2023-2025年)',
      `${date} 来源:某某日报`,
      `方案提出,2023年底,全市产前筛查率达到80%。${lead}新生儿听力筛查率达到95%以上。`,
    ].join('\n');

  it('is a milestone when the page came out in or before that year', () => {
    expect(values(page('2023-05-10 09:30:00', '2024年底,'))).toEqual([80, 95]);
  });

  it('still tells where things stood when the page came out later', () => {
    expect(values(page('2025-03-02 10:00:00', '2024年底,'))).not.toContain(95);
  });

  it('still looks back after 截至, whatever the date', () => {
    expect(values(page('2023-05-10 09:30:00', '截至2024年底,'))).not.toContain(95);
  });
});

describe("a portal's slogan with a city in it", () => {
  const gazetteer = buildGazetteer([
    { code: '130000', name: '河北省', level: 1, parentCode: null },
    { code: '130200', name: '唐山市', level: 2, parentCode: '130000' },
    { code: '130600', name: '保定市', level: 2, parentCode: '130000' },
  ]);
  const regions = (text: string) =>
    extractTargets(text, { gazetteer }).targets.map((t) => [t.region, t.value]);

  it("says where the site sits, not where the story's aims bind", () => {
    const text = [
      '唐山新闻网-权威发布,唐山城市门户',
      '保定市2024年底前基层医疗机构污水处理达标率达到100%',
      '2024-03-01 08:00:00 来源:某某日报',
      '卫生污水治理行动方案出台',
      '为改善环境,日前,《保定市卫生污水治理行动方案》出台。到2024年底,全市基层医疗机构污水处理达标率达到100%。',
    ].join('\n');
    expect(regions(text).map(([r]) => r)).not.toContain('唐山市');
    expect(regions(text)).toContainEqual(['保定市', 100]);
  });
});

describe('township health centres counted with 家', () => {
  it('are a count: 家 before 乡镇 or 乡卫生院 is the counting word, not 家乡', () => {
    expect(values('到2025年,新增120家乡镇卫生院开设康复科。')).toEqual([120]);
    expect(values('今年再建成8家乡卫生院标准化中医馆。')).toEqual([8]);
  });

  it('leaves 家乡 a hometown', () => {
    expect(values('返乡青年离开家乡3年后回到家乡创业。')).toEqual([]);
  });
});

describe('a local story filed from its own city', () => {
  const gazetteer = buildGazetteer([
    { code: '320000', name: '江苏省', level: 1, parentCode: null },
    { code: '320500', name: '苏州市', level: 2, parentCode: '320000' },
    { code: '320583', name: '昆山市', level: 3, parentCode: '320500' },
  ]);
  const regions = (text: string) =>
    extractTargets(text, { gazetteer }).targets.map((t) => [t.region, t.value]);

  it("takes its dateline's city when it calls itself only 我市", () => {
    const text =
      '江南网昆山3月8日讯 为做好儿童保健工作,我市召开专题会议。我市将力争到2025年实现3岁以下儿童系统管理率达92%以上。';
    expect(regions(text)).toEqual([['昆山市', 92]]);
  });

  it('leaves a dateline that names no city of its own level', () => {
    const text =
      '江南网苏南3月8日讯 为做好儿童保健工作,我市召开专题会议。我市将力争到2025年实现3岁以下儿童系统管理率达92%以上。';
    expect(regions(text)[0]?.[0]).not.toBe('昆山市');
  });
});

describe('a whole whose arrangements the page follows', () => {
  it('is the level above, not the page’s own', () => {
    const text =
      '按照全省的统一部署,我县今年启动儿童口腔疾病综合干预项目。我县力争到2025年适龄儿童窝沟封闭率达到60%以上。';
    expect(extractTargets(text).targets.map((t) => [t.region, t.value])).toEqual([['我县', 60]]);
  });
});

describe('a later rate sharing only the measure word with the one before', () => {
  const names = (text: string) => targets(text).map((t) => [t.indicator, t.scope]);

  it('names a measure of its own when a word in -性 qualifies it', () => {
    expect(names('结核病患者治疗率达到90%,接触儿童预防性治疗率达到60%。')[1]).toEqual([
      '接触儿童预防性治疗率',
      null,
    ]);
    expect(names('疟疾患者规范治疗率达到100%,学生预防性治疗率达到70%。')[1]?.[0]).toBe(
      '学生预防性治疗率',
    );
  });

  it('still carries the name over to a plain group', () => {
    expect(names('城市居民健康档案建档率达到90%,农村居民建档率达到80%。')[1]?.[1]).toBe('农村居民');
  });
});

describe('PDF text copied with a blank line after every line', () => {
  it('joins a bound and its figure that the break split', () => {
    const text =
      '2024年全乡公共卫生工作计划\n\n一、工作目标\n\n65岁以上老年人健康管理率达\n\n75%,孕产妇系统管理率\n\n达90%以上。';
    expect(targets(text).map((t) => [t.indicator, t.value])).toEqual([
      ['65岁以上老年人健康管理率', 75],
      ['孕产妇系统管理率', 90],
    ]);
  });

  it('keeps a paragraph that ends a sentence apart from the next', () => {
    const text =
      '2024年全乡公共卫生工作计划\n\n一、工作目标\n\n加强基层管理。\n\n75%的村卫生室完成标准化建设。';
    expect(targets(text).map((t) => [t.quote, t.value])).toEqual([['75%', 75]]);
  });
});

describe("a national ministry's pledge told through a local story", () => {
  const gazetteer = buildGazetteer([
    { code: '130000', name: '河北省', level: 1, parentCode: null },
    { code: '130600', name: '保定市', level: 2, parentCode: '130000' },
  ]);
  const regions = (text: string) =>
    extractTargets(text, { gazetteer }).targets.map((t) => [t.region, t.value]);

  it('binds the nation when the ministry opens the clause', () => {
    const text =
      '保定市某镇卫生院开设了康复科,村民在家门口就能做康复。2025年,国家卫生健康委将新增500个县级康复医疗中心列入年度重点任务。';
    expect(regions(text)).toEqual([['全国', 500]]);
  });

  it("leaves the page's own aims with the page's place", () => {
    const text = '保定市卫生健康委提出,到2025年,全市新增20个县级康复医疗中心。';
    expect(regions(text)).toEqual([['保定市', 20]]);
  });
});
