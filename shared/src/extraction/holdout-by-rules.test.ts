import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';
import { progressLead } from './progress-leads';
import { firstOfSteps } from './scheduled-years';
import { samePeriodChange } from './told-now';

// Rules written from the failure classes of hold-out set BY, each tested in wording of its own.

const values = (text: string) => extractTargets(text).targets.map((t) => t.value);

describe('a surveillance report’s change against a past period', () => {
  it('with last month’s figure in brackets is a result', () => {
    expect(samePeriodChange('较上月同期(512例)下降', '某区本月报告手足口病430例,', '')).toBe(true);
    expect(samePeriodChange('较去年同期（2100例）上升', '全区报告感染性腹泻2300例,', '')).toBe(
      true,
    );
    expect(samePeriodChange('环比上升', '门诊量4.1万人次,', '')).toBe(true);
  });

  it('bounded by the plan is still an aim', () => {
    expect(samePeriodChange('较上月同期(512例)下降', '某区本月报告430例,', '以上')).toBe(false);
  });

  it('yields no target in a month’s report', () => {
    const page =
      '2023年8月,某市共报告丙类传染病2210例,较上月同期(1984例)上升11.39%,较去年同期(2650例)下降16.6%;死亡2例,较上月同期(3例)下降33.3%。';
    expect(values(page)).toEqual([]);
  });
});

describe('a statistic quoted after 根据统计', () => {
  it('reports where things stand', () => {
    expect(progressLead('根据统计,本县去年居民健康素养水平达到')).toBe(true);
    expect(progressLead('依据统计,全区孕产妇系统管理率为')).toBe(true);
  });

  it('unless the sentence looks ahead', () => {
    expect(progressLead('根据统计,到2030年全区孕产妇系统管理率力争达到')).toBe(false);
  });

  it('yields none of its glossed shares', () => {
    const page =
      '某市卫生健康委员会通报\n\n此外,根据统计,本市结核病防治成效指标达“88-91-93”,即88%患者得到发现,91%接受规范治疗,以及93%治愈。\n\n到2027年,全市肺结核患者成功治疗率达到95%以上。';
    expect(values(page)).toEqual([95]);
  });
});

describe('a sentence that opens by reading the year’s aims', () => {
  it('takes its 提高到了 as the new aim', () => {
    const page =
      '某县召开2024年妇幼健康民生实事推进会\n\n会上印发了今年的目标责任书。从目标任务来看,今年孕产妇产前检查率由去年的80%提高到了88%。';
    expect(values(page)).toEqual([88]);
  });

  it('leaves a review’s 提高到了 a result', () => {
    const page =
      '某县召开2024年妇幼健康民生实事推进会\n\n会上通报了去年的工作。去年孕产妇产前检查率由前年的80%提高到了88%。';
    expect(values(page)).toEqual([]);
  });
});

describe('a year’s level the sentence goes on from to a later year’s', () => {
  it('in the page’s own year is the first step of a schedule', () => {
    expect(firstOfSteps('2021年随访人数达辖区高血压患者的', '以上,2023年达到60%以上。', 2021)).toBe(
      true,
    );
  });

  it('before the page came out stays a report', () => {
    expect(firstOfSteps('2019年随访人数达辖区高血压患者的', '以上,2023年达到60%以上。', 2021)).toBe(
      false,
    );
  });

  it('with no later step is not read as one', () => {
    expect(firstOfSteps('2021年随访人数达辖区高血压患者的', '以上。', 2021)).toBe(false);
  });
});

describe('a news item on a schedule of aims', () => {
  it('keeps the step of its own year', () => {
    const page =
      '某区推进高血压防治工作\n\n来源:某市日报 2021-06-10 09:12\n\n会议提出,2021年随访人数达辖区高血压患者的50%以上,2023年随访人数达辖区高血压患者的60%以上。力争2023年实现高血压患者规范管理率达70%以上。';
    expect(values(page)).toEqual([50, 60, 70]);
  });
});

describe('a count of people given as a share of a population', () => {
  it('keeps 人数 in its name', () => {
    const [t] = extractTargets('到2027年,全区筛查人数达到辖区常住人口的30%以上。').targets;
    expect(t?.indicator).toContain('筛查人数占');
  });
});
