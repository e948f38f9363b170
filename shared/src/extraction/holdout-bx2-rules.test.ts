import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';
import { isSitingNorm } from './siting-norms';
import { isTimeShare } from './time-shares';
import { looksAhead, opensWithPastSpan } from './report-boundary';

// Rules written from the failure classes of hold-out set BX in its second round, each tested in
// wording of its own.

const values = (text: string) => extractTargets(text).targets.map((t) => t.value);

describe('a paragraph reviewing a five-year span after 回顾', () => {
  const page = (lead: string) =>
    `某市卫生健康事业发展规划(2026—2030年)\n\n${lead},2018年至2025年,全市孕产妇死亡率从15/10万降至9.6/10万,居民健康素养水平提升到32.5%。\n\n到2030年,全市居民健康素养水平达到40%。`;

  it('is a review: its bare 提升到 is a result', () => {
    expect(values(page('回顾“十四五”时期'))).toEqual([40]);
  });

  it('opens with the span gone by, as the span alone does', () => {
    expect(opensWithPastSpan('回顾十三五时期,全市新建医院3所。')).toBe(true);
    expect(opensWithPastSpan('“十三五”时期,全市新建医院3所。')).toBe(true);
    expect(opensWithPastSpan('回顾本规划,全市新建医院3所。')).toBe(false);
  });
});

describe('a span of years closed by 至', () => {
  it('ended before the plan’s year, looks nowhere ahead', () => {
    expect(looksAhead('2016年至2020年,全市床位数从3000张增加到4200张。', 2025)).toBe(false);
  });

  it('ending at or after the plan’s year, still looks ahead', () => {
    expect(looksAhead('2021年至2025年,全市床位数增加到4200张。', 2025)).toBe(true);
  });
});

describe('a fraction of the time something took', () => {
  it('is no share to reach', () => {
    expect(isTimeShare('某省只用了1/4左右的时间就完成', 8, '1/4')).toBe(true);
    expect(isTimeShare('用三分之一的时间完成了', 6, '三分之一')).toBe(true);
  });

  it('leaves a fraction of other things and a per cent of working time alone', () => {
    expect(isTimeShare('覆盖1/4的村庄', 6, '1/4')).toBe(false);
    expect(isTimeShare('50%的时间用于临床', 3, '50%')).toBe(false);
  });

  it('drops the figure from a story', () => {
    expect(
      values('到2035年,全省人均预期寿命达到80岁。某国用了百年,而我省仅用了1/2的时间就做到了。'),
    ).toEqual([80]);
  });
});

describe('a per-population siting norm', () => {
  it('is no count to reach', () => {
    expect(isSitingNorm('在县域,每3万至5万人口设置')).toBe(true);
    expect(isSitingNorm('每10万人原则上设')).toBe(true);
    expect(
      values(
        '到2030年,全市千人口床位数达到7张。在街道层面,每3万至5万人口设置1至2个社区卫生服务中心。',
      ),
    ).toEqual([7]);
  });

  it('leaves a density that an aim word leads alone', () => {
    expect(isSitingNorm('公共场所达到每10万人配置')).toBe(false);
    expect(isSitingNorm('达到每5万人设置')).toBe(false);
  });
});
