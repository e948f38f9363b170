import { describe, expect, it } from 'vitest';
import { readChange } from './change';
import { extractTargets } from './extract-targets';
import { isThresholdCount } from './asides';
import { aimedYear } from './plan-years';
import { progressLead } from './progress-leads';

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
    expect(readChange('新发病例数比2020年减少', '到2026年底,新发病例数比2020年减少')).not.toBeNull();
    expect(readChange('感染人数比上年减少', '方案要求,感染人数比上年减少')).not.toBeNull();
    // Without one, a growth or fall against a baseline is a statistic.
    expect(readChange('门诊人次比上年增加', '全年门诊人次比上年增加')).toBeNull();
  });

  it('is read as a change target named for its fall', () => {
    const r = extractTargets('到2026年底,全省结核病新发病例数比2020年减少20%。');
    expect(r.targets).toHaveLength(1);
    expect(r.targets[0]).toMatchObject({ value: 20, unit: '%', year: 2026, comparator: '>=' });
    expect(r.targets[0]!.indicator).toMatch(/下降幅度$/);
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
    const r = extractTargets('某省健康规划发布:2035年人均寿命81岁\n到2035年,全省人均预期寿命达到81岁左右。');
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
