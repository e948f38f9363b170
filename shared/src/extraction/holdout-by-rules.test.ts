import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';
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
