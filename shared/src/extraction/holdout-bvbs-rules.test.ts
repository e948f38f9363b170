import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';
import { laterThanBaseline } from './later-than-baseline';

const values = (text: string) => extractTargets(text).targets.map((t) => [t.value, t.unit, t.year]);

describe('a change told from a baseline year and dated to a later one (later-than-baseline.ts)', () => {
  it('keeps a rise with no aim word when a later year follows the baseline year', () => {
    expect(values('二、主要指标\n人均预期寿命:在2018年基础上,2022年增加0.8岁。')).toEqual([
      [0.8, '岁', 2022],
    ]);
  });

  it('needs the dated year to be later than the baseline year', () => {
    expect(laterThanBaseline('床位数在2021年基础上,2021年')).toBe(false);
    expect(laterThanBaseline('床位数在2021年基础上')).toBe(false);
    expect(laterThanBaseline('床位数在2021年的基础上,2024年')).toBe(true);
    expect(laterThanBaseline('床位数在2021年底基础上,2024年')).toBe(true);
  });
});

describe('a year in review closed by a next-year outlook without figures (year-then-outlook.ts)', () => {
  const page = (outlook: string) =>
    [
      '2019年,我区卫生健康工作稳步推进,各项任务顺利完成。',
      '基层服务能力提升。全区家庭医生签约率达到65%,标准化村卫生室达到40所。',
      outlook,
    ].join('\n');

  it('reads the figures between the year lead and the outlook as achieved', () => {
    expect(values(page('2020年,区卫健委将继续深化改革,推动卫生健康事业高质量发展。'))).toEqual([]);
  });

  it('keeps a staged plan whose next-year paragraph gives figures too', () => {
    expect(values(page('2020年,全区家庭医生签约率将达到70%。')).map((v) => v[0])).toContain(70);
  });
});

describe('a clause opening with last year and a figure carries on to the next (context-rules.ts)', () => {
  const HEADER = '2016年全县卫生计生工作要点\n';

  it('reads the later clause of the same report as achieved', () => {
    expect(
      values(HEADER + '疾控中心主任近日表示,去年全县儿童接种4.5万剂次,接种率达到98.5%。'),
    ).toEqual([]);
  });

  it('keeps an aim that looks ahead after the last-year clause', () => {
    expect(
      values(HEADER + '去年全县家庭医生签约2.1万人,今年签约率力争达到45%。').map((v) => v[0]),
    ).toEqual([45]);
  });
});

describe('a share of a whole plan (总计划) is no tally (context-rules.ts)', () => {
  it('keeps a share of the total intake plan as an aim', () => {
    expect(
      values('2019年工作要点\n到2021年,儿科专业招生人数要达到全省招生总计划的15%。').map(
        (v) => v[0],
      ),
    ).toEqual([15]);
  });
});

describe('households a scheme is to reach (people-by-wan.ts, context-rules.ts, planned-totals.ts)', () => {
  const HEADER = '2017年全区卫生工作要点\n';
  const counts = (body: string) =>
    extractTargets(HEADER + body).targets.map((t) => [t.value, t.unit]);

  it('counts 万 before 家庭 in 户', () => {
    expect(counts('区政府将为1.5万家庭提供免费健康体检。')).toEqual([[15000, '户']]);
  });

  it('takes those who benefit as the count a scheme is to reach', () => {
    expect(counts('区政府推行送医上门服务,今年全区有8000名老人受益。')).toEqual([[8000, '名']]);
  });

  it('reads 共计 after a 将 in the sentence as the plan’s total, not a tally', () => {
    expect(counts('区里将推动签约服务,先覆盖贫困户,再扩展到全体居民,共计6万家庭受惠。')).toEqual([
      [60000, '户'],
    ]);
  });

  it('still reads 共计 in a sentence of deeds done as a tally', () => {
    expect(counts('去年区里推动了签约服务,共计6万家庭受惠。')).toEqual([]);
  });
});
