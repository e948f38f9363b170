import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';
import { yearOf } from './mention-years';
import { withRocYears } from './roc-years';

// Years round 8 (across all sets): classes of year left by earlier rounds, in wording and places
// of our own.
const years = (text: string) => extractTargets(text).targets.map((t) => [t.value, t.year]);

describe('a 民国 year in a Taiwan page’s sentence', () => {
  it('dates the aim of its clause by the common era (106年底前 → 2017)', () => {
    const story =
      '長照據點再擴充\n' +
      '2016年5月2日 中央社記者台北電\n' +
      '衛福部表示,台灣各縣市將廣設社區據點,預計106年底前全台社區照顧據點達到800處。\n';
    expect(years(story)).toEqual([[800, 2017]]);
  });

  it('reads only a year written as a date, and only on a Taiwan page', () => {
    expect(withRocYears('預計113年度完成', '710000')).toBe('預計2024年度完成');
    expect(withRocYears('於110年3月起實施', '710000')).toBe('於2021年3月起實施');
    // a span of years, a count of years or a page of another place keeps its digits
    expect(withRocYears('本院創立已有120年歷史', '710000')).toBe('本院創立已有120年歷史');
    expect(withRocYears('近100年來首見', '710000')).toBe('近100年來首見');
    expect(withRocYears('预计104年底前完成', '440000')).toBe('预计104年底前完成');
  });
});

describe('a paragraph under a five-year plan’s time (“十四五”期间, “十五五”时期)', () => {
  it('dates the yearless sentences of a paragraph that opens with it by the plan’s last year', () => {
    const story =
      '某市卫生健康工作会议召开\n' +
      '2021年3月5日,某市召开卫生健康工作会议。\n' +
      '“十四五”期间,全市将坚持预防为主,推进服务均等化。力争每千人口执业医师数达到3.5人以上,每千人口注册护士数达到4.2人以上。\n';
    expect(years(story)).toEqual([
      [3.5, 2025],
      [4.2, 2025],
    ]);
  });

  it('dates the paragraph under a short headline that opens with it', () => {
    const story =
      '2026年两会民生数字\n' +
      '“十五五”时期老年照护再上台阶\n' +
      '报告说,要积极应对人口老龄化,养老机构护理型床位占比提高到70%。\n';
    expect(years(story)).toEqual([[70, 2030]]);
  });

  // guard: a plan that ended before the page was written is told of, not aimed at
  it('leaves a paragraph under a plan already ended to the page’s year', () => {
    const story =
      '某县2022年卫生工作要点\n' +
      '“十三五”期间,全县卫生事业稳步发展。\n' +
      '“十三五”期间,全县推进基层建设。今年全县家庭医生签约率达到70%。\n';
    expect(years(story)).toEqual([[70, 2022]]);
  });
});

describe('a run of years, each opening a step of its own (2023年…达, 2025年…达)', () => {
  // yearOf(lead, clause, planYear, planFrom, after, ahead): ahead is the text after the figure.
  it('dates the earlier step by its own year, not the plan’s', () => {
    expect(
      yearOf(
        '2023年筛查人数达常住人口的',
        '2023年筛查人数达常住人口的',
        2025,
        null,
        '',
        '%以上,2025年筛查人数达常住人口的24%以上。',
      ),
    ).toBe(2023);
    expect(
      yearOf(
        '2030年,全省人均预期寿命达到',
        '全省人均预期寿命达到',
        2035,
        null,
        '',
        '岁,2035年达到81.5岁。',
      ),
    ).toBe(2030);
  });

  it('reads a step after a semicolon, and one told with 将', () => {
    const lead = '其中,2019年县级财政补助将达到每人每年';
    expect(
      yearOf(
        lead,
        '2019年县级财政补助将达到每人每年',
        2021,
        null,
        '',
        '元;2020年达到150元;2021年达到180元。',
      ),
    ).toBe(2019);
  });

  // guard: an earlier level stated with 为, or one a horizon with 到 follows, is a baseline
  it('leaves an earlier year with no later step of the same kind to the plan', () => {
    const lead = '2022年全区居民健康素养水平为';
    expect(yearOf(lead, lead, 2025, null, '', '%,到2025年达到30%。')).toBe(2025);
    expect(yearOf('2022年全区居民健康素养水平达到', '', 2025, null, '', '%。')).toBe(2025);
  });
});
