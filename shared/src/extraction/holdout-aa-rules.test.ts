import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set AA (a province's and a district's rural
// toilet tasks with their progress, a city's review of a year's 血防 work, a district's plan adding
// beds, a national plan sizing an industry in 万亿元, a school's aims with an aside in brackets),
// each tested in wording of its own.

const targets = (text: string) => extractTargets(text).targets;
const values = (text: string) => targets(text).map((t) => t.value);

describe('how far a task has got', () => {
  it('is no aim when told as a share of the year’s task', () => {
    expect(values('今年全县累计完成孕前检查1860对,占全年任务的64.3%。')).not.toContain(64.3);
    expect(values('今年全县累计完成孕前检查1860对,占年度计划任务的64.3%。')).not.toContain(64.3);
  });

  it('is no aim when completion rates are told with 为, place by place', () => {
    expect(values('各乡镇完成率分别为:东镇82.5%、西镇67.1%、南镇91.0%。')).toEqual([]);
  });

  it('is still an aim when the plan says the rate must be reached', () => {
    expect(values('2025年,确保各乡镇任务完成率为100%。')).toEqual([100]);
  });
});

describe('a page opening with a year whose tasks were done', () => {
  it('reports every figure after it', () => {
    const text =
      '2019年,在全县上下的共同努力下,我县全面完成了结核病防治任务。\n' +
      '一是全年筛查可疑症状者3200人,发现患者41例。\n' +
      '二是学校结核病健康教育覆盖率达100%。';
    expect(targets(text)).toEqual([]);
  });

  it('leaves a plan page that reviews its year alone', () => {
    const text =
      '2020年全县结核病防治工作计划\n' +
      '一、目标\n' +
      '全年肺结核患者成功治疗率达到90%以上,筛查可疑症状者3500人。';
    expect(values(text)).toEqual([90, 3500]);
  });
});

describe('a page titled with how work is going', () => {
  it('keeps the aim its body sets for the year', () => {
    const text =
      '2024年某县家庭医生签约工作开展情况\n' +
      '今年是签约服务提质之年,确保今年全县完成重点人群签约3.5万人。截至5月底,已签约2.1万人。';
    expect(values(text)).toEqual([35000]);
  });
});

describe('counts and amounts in new words', () => {
  it('reads beds a hospital opens (增开)', () => {
    expect(values('2024年,县人民医院增开床位80张。')).toEqual([80]);
  });

  it('reads a size in 万亿元 as an amount', () => {
    const [t] = targets('到2030年,全省健康服务业总规模达到1.2万亿元。');
    expect([t?.value, t?.unit, t?.kind]).toEqual([1.2, '万亿元', 'amount']);
  });
});

describe('a name after an aside in brackets', () => {
  it('does not open with the aside’s closing bracket', () => {
    const found = targets(
      '力争新发近视率控制在15%以内(较上年下降1个百分点)、近视进展率较上年降低20%。',
    );
    const last = found.at(-1)!;
    expect(last.value).toBe(20);
    expect(last.indicator.startsWith('近视进展率')).toBe(true);
  });
});
