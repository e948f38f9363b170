import { describe, expect, it } from 'vitest';
import { readChange } from './change';
import { extractTargets } from './extract-targets';
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
