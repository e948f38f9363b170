import { describe, expect, it } from 'vitest';
import { fromToYear, readChange } from './change';
import { extractTargets } from './extract-targets';
import { buildGazetteer } from '../regions/gazetteer';
import { SAMPLE_UNITS } from '../regions/gazetteer.fixture';
import { isThresholdCount } from './asides';
import { inPublisherName } from './mastheads';
import { aimedYear, thisYear } from './plan-years';
import { houseForm, rateName } from './indicator';
import { progressLead } from './progress-leads';
import { isReportKind } from './report-kind';
import { servedName } from './served-shares';

// Rules written from the failure classes of hold-out set I, each tested in wording of its own.

const values = (text: string) => extractTargets(text).targets.map((t) => t.value);

describe('a sentence that tells progress made or quotes statistics', () => {
  it('is told by an earlier clause saying a state improved', () => {
    expect(progressLead('会上通报,上年全区居民健康水平持续提升,新生儿死亡率降至')).toBe(true);
    expect(progressLead('经过几年努力,本省老年人健康状况明显改善,失能率下降至')).toBe(true);
    expect(progressLead('疫情防控形势总体平稳,发病率控制在')).toBe(true);
    // Looking ahead, the same words describe the aim.
    expect(progressLead('到2027年,居民健康水平进一步提高,人均预期寿命达到')).toBe(false);
    expect(progressLead('力争全区健康状况持续改善,婴儿死亡率降至')).toBe(false);
    // The improvement must be a clause of its own before the figure.
    expect(progressLead('健康水平提高')).toBe(false);
  });

  it('is told by a clause quoting data or a survey', () => {
    expect(progressLead('监测数据显示,全市成人肥胖率超过')).toBe(true);
    expect(progressLead('据统计,该病门诊患者占比')).toBe(true);
    expect(progressLead('抽样调查表明,农村居民知晓率仅')).toBe(true);
    expect(progressLead('数据显示,到2030年目标值为')).toBe(false);
  });

  it('keeps such figures out of the targets, and the aim beside them in', () => {
    const text =
      '本市召开妇幼工作会议。会议指出,去年全市妇幼健康状况持续改善,孕产妇死亡率下降到8.1/10万,' +
      '婴儿死亡率下降到3.2‰。今年要确保住院分娩率达到99%以上。';
    expect(values(text)).toEqual([99]);
    const survey = '调查数据显示,本省成人吸烟率为24.5%,青少年尝试吸烟率约6%。';
    expect(values(survey)).toEqual([]);
  });
});

describe('what a figure already is', () => {
  it('is told by 已 before a verb of passing or falling, and by 约有', () => {
    expect(values('全县高血压患者已超过5万人。')).toEqual([]);
    expect(values('本区慢阻肺患者约有2万人。')).toEqual([]);
    expect(values('到2025年,全县新建村卫生室超过20个。')).toEqual([20]);
  });
});

describe('a fall against a baseline year in a sentence with a milestone', () => {
  it('aims when the sentence opens with the milestone or a demand', () => {
    expect(
      readChange('新发病例数比2020年减少', '到2026年底,新发病例数比2020年减少'),
    ).not.toBeNull();
    expect(readChange('感染人数比上年减少', '方案要求,感染人数比上年减少')).not.toBeNull();
    // Without one, a growth or fall against a baseline is a statistic.
    expect(readChange('门诊人次比上年增加', '全年门诊人次比上年增加')).toBeNull();
  });

  it('is read as a change target named for its fall', () => {
    const r = extractTargets('到2026年底,全省结核病新发病例数比2020年减少20%。');
    expect(r.targets).toHaveLength(1);
    expect(r.targets[0]).toMatchObject({ value: 20, unit: '%', year: 2026, comparator: '>=' });
    expect(r.targets[0]!.indicator).toMatch(/减少幅度$/);
  });
});

describe('a counting word before 性病', () => {
  it('counts the thing named after it (个性 is a word, 个性病 is not)', () => {
    const r = extractTargets('2025年,全市增设4个性病门诊。');
    expect(r.targets.map((t) => [t.value, t.unit])).toEqual([[4, '个']]);
    expect(values('2025年,全市培养4个性鲜明的团队。')).toEqual([]);
  });
});

describe('a year an aim word points at', () => {
  it('is a milestone, like 到…年', () => {
    const s = '确保完成2026年目标,力争2027年达标,2020年基数';
    expect(aimedYear(s, s.indexOf('2026'))).toBe(true);
    expect(aimedYear(s, s.indexOf('2027'))).toBe(true);
    expect(aimedYear(s, s.indexOf('2020'))).toBe(false);
  });

  it('keeps an earlier aim on a page whose later horizon sets its year', () => {
    const text =
      '本省爱卫会提出,力争2035年实现无害化卫生厕所全覆盖。各地要确保完成2028年全省农村卫生厕所普及率达到92%的任务。';
    const r = extractTargets(text);
    expect(r.targets.map((t) => [t.value, t.year])).toEqual([[92, 2028]]);
  });
});

describe('a life span written right after its name', () => {
  it('is read without an aim word, as a headline writes it', () => {
    const r = extractTargets(
      '某省健康规划发布:2035年人均寿命81岁\n到2035年,全省人均预期寿命达到81岁左右。',
    );
    expect(r.targets.map((t) => t.value)).toEqual([81, 81]);
  });

  it('leaves an age before a noun alone', () => {
    expect(values('到2030年,80岁老人家庭医生签约率达到90%。')).toEqual([90]);
  });
});

describe('a count that says which places a measure reaches', () => {
  it('is a threshold when 以上/以下 and 的 lead to a kind of place', () => {
    expect(isThresholdCount('的乡镇开设门诊')).toBe(true);
    expect(isThresholdCount('的医疗机构设立')).toBe(true);
    expect(isThresholdCount('开设戒烟门诊')).toBe(false);
  });

  it('keeps such a count out and the aim of the sentence in', () => {
    const r = extractTargets(
      '到2027年,常住人口10万人以上的乡镇均设立1个以上康复站,康复服务覆盖率达到80%以上。',
    );
    expect(r.targets.map((t) => t.value)).toEqual([1, 80]);
  });
});

const gazetteer = buildGazetteer(SAMPLE_UNITS);

describe('a paper’s name with its 讯 or 记者', () => {
  it('is a publisher, not the story’s place', () => {
    const s = '武汉晚报讯 武汉晚报记者从会上获悉 武汉市卫生健康委';
    expect(inPublisherName(s, s.indexOf('武汉晚报讯') + 2)).toBe(true);
    expect(inPublisherName(s, s.indexOf('武汉晚报记者') + 2)).toBe(true);
    expect(inPublisherName(s, s.indexOf('武汉市') + 3)).toBe(false);
  });

  it('leaves a national story national', () => {
    const text =
      '重庆晚报讯(记者 李明)记者从国家卫生健康委获悉,国家卫生健康委等部门印发方案,到2030年全国脑卒中死亡率下降到100/10万以下。';
    const r = extractTargets(text, { gazetteer });
    expect(r.targets.map((t) => t.region)).toEqual(['全国']);
  });
});

describe('a national official telling aims on a page naming no place', () => {
  it('makes the page the country’s', () => {
    const text =
      '托育服务再扩容\n来源:某某晚报\n国家卫生健康委人口家庭司副司长12日在国新办发布会上表示,到2027年,每千人口托位数达到5个。';
    expect(extractTargets(text, { gazetteer }).targets.map((t) => t.region)).toEqual(['全国']);
  });
});

describe('a news story dated only by its dateline', () => {
  it('takes the year of a dateline that names its source', () => {
    const text =
      '某地启动防治示范区\n新闻中心 2016-05-20 09:30 来源:卫生健康委网站\n示范区居民知晓率要达到85%以上。';
    expect(extractTargets(text).targets.map((t) => t.year)).toEqual([2016]);
  });

  it('does not take a document site’s upload time for the plan’s year', () => {
    const text = '某单位年度工作计划\n时间:2016-05-20\n全年居民知晓率要达到85%以上。';
    expect(extractTargets(text).targets.map((t) => t.year)).toEqual([null]);
  });
});

describe('a share whose number stands between the halves of its name', () => {
  it('names a coverage by what covers, the people after it its scope', () => {
    expect(servedName('健康教育覆盖全县', '健康教育', '的农村居民')).toEqual({
      name: '健康教育覆盖率',
      scope: '农村居民',
    });
    expect(servedName('健康教育覆盖全县', '健康教育', '农村居民')).toBeNull();
  });

  it('names a share of people served by who and the service', () => {
    expect(servedName('为', '为', '登记在册的慢阻肺患者提供肺功能检查服务')).toEqual({
      name: '登记在册的慢阻肺患者肺功能检查比例',
      scope: null,
    });
    expect(servedName('全区', '全区', '患者提供检查服务')).toBeNull();
  });

  it('reads both in a plan sentence', () => {
    const r = extractTargets(
      '到2027年,家庭医生随访服务覆盖辖区85%以上的独居老人,为90%以上确诊的结核病患者提供全程督导服务。',
    );
    expect(r.targets.map((t) => [t.indicator, t.scope, t.value])).toEqual([
      ['家庭医生随访服务覆盖率', '独居老人', 85],
      ['确诊结核病患者全程督导比例', null, 90],
    ]);
  });
});

describe('people named around a rate', () => {
  it('takes an age group of people opening the name as scope, not a named age group', () => {
    expect(rateName('35至64岁人群因脑卒中导致的死亡率', [])).toEqual({
      name: '脑卒中导致的死亡率',
      scope: '35至64岁人群',
    });
    expect(rateName('15岁及以上居民吸烟率', [])).toEqual({
      name: '吸烟率',
      scope: '15岁及以上居民',
    });
    expect(rateName('5岁以下儿童死亡率', []).name).toBe('5岁以下儿童死亡率');
  });

  it('takes a population right after the rate as scope', () => {
    expect(rateName('控烟知识知晓率农村居民', [])).toEqual({
      name: '控烟知识知晓率',
      scope: '农村居民',
    });
  });

  it('carries the rate to clauses that name only their people', () => {
    const r = extractTargets(
      '2025年,全省结核病防治知识知晓率城市居民要达到90%以上,农村居民要达到85%以上,高校学生和进城务工人群要达到95%以上。',
    );
    expect(r.targets.map((t) => [t.indicator, t.scope])).toEqual([
      ['结核病防治知识知晓率', '城市居民'],
      ['结核病防治知识知晓率', '农村居民'],
      ['结核病防治知识知晓率', '高校学生和进城务工人群'],
    ]);
  });
});

describe('the house form of a name', () => {
  it('keeps a number that is part of the name and drops a note wherever it stands', () => {
    expect(houseForm('1型糖尿病患者管理率')).toBe('1型糖尿病患者管理率');
    expect(houseForm('养老服务业(不含康养旅游)总收入')).toBe('养老服务业总收入');
    expect(houseForm('2医疗机构数')).toBe('医疗机构数');
  });

  it('keeps 的 after 导致 and drops a trailing 持续提高', () => {
    expect(rateName('因伤害导致的死亡率', []).name).toBe('因伤害导致的死亡率');
    expect(rateName('居民健康素养水平持续提高', []).name).toBe('居民健康素养水平');
  });
});

describe('a from-to whose end carries its own year', () => {
  it('reads the end year and bound after the verb', () => {
    expect(fromToYear('新生儿死亡率从2020年的3.1‰降到2035年的≤')).toBe(2035);
    expect(fromToYear('覆盖率由2010年的40%提高至2015年底的')).toBe(2015);
    expect(fromToYear('覆盖率由40%提高到')).toBeNull();
  });

  it('sets the end as the target, and reports a from-to that ended before the plan', () => {
    const plan = extractTargets(
      '某省健康2035规划:到2035年,新生儿死亡率从2020年的3.1‰降到2035年的≤2.5‰。',
    );
    expect(plan.targets.map((t) => [t.value, t.year, t.comparator])).toEqual([[2.5, 2035, '<=']]);
    const past = extractTargets(
      '到2035年,全省卫生厕所普及率达到95%。全省卫生厕所普及率由2000年的30%提升至2020年的85%。',
    );
    expect(past.targets.map((t) => t.value)).toEqual([95]);
  });
});

describe('a count of places named', () => {
  it('reads 命名 as a verb of doing', () => {
    expect(values('2026年,全市命名20所健康促进学校。')).toEqual([20]);
  });
});

describe('news published after the only years it names', () => {
  it('is a report of those years', () => {
    const late =
      '某地去年为孕妇免费筛查\n2021-03-02 10:00 来源:某某网\n2020年全省共为12万名孕妇提供免费筛查。';
    expect(isReportKind(late, late.length)).toBe(true);
    expect(values(late)).toEqual([]);
  });

  it('is not when it looks ahead or names its own year', () => {
    const ahead =
      '筛查再扩面\n2021-03-02 10:00 来源:某某网\n2020年全省共筛查12万人,力争到2023年筛查覆盖率达到90%。';
    expect(isReportKind(ahead, ahead.length)).toBe(false);
    const same = '今年计划\n2021-03-02 10:00 来源:某某网\n2021年全省为12万名孕妇提供免费筛查。';
    expect(isReportKind(same, same.length)).toBe(false);
  });
});

describe('an aim for this year on a page that writes its year only as a horizon', () => {
  it('has no known year', () => {
    const page = '某省出台行动计划,到2030年要把发病率控制在5%以下。今年底要建成12个监测点。';
    expect(thisYear('今年底要建成', page, 2030, 2030)).toBeNull();
    expect(extractTargets(page).targets.map((t) => [t.value, t.year])).toEqual([
      [5, 2030],
      [12, null],
    ]);
  });

  it('keeps the plan year when the page writes it as its own', () => {
    const page = '2030年工作要点。到2030年发病率控制在5%以下。';
    expect(thisYear('今年底要建成', page, 2030, 2030)).toBe(2030);
    expect(thisYear('到2030年', page, 2030, 2030)).toBe(2030);
  });
});
