import { describe, expect, it } from 'vitest';
import { pastYear } from './context-rules';
import { isDownIndicator } from './direction';
import { extractTargets } from './extract-targets';
import { planPeriodStart, titlePeriodStart } from './reported';
import { rateBaseLength } from './rate-bases';
import { commonestWhole } from './whole-ties';

// Rules written from the failure classes of hold-out set AP (a period whose dash is two box-drawing
// lines or a doubled em dash, a milestone in the first year of the plan's own period on a page
// issued that year, a per-10万 rate whose population noun stands before its bound word, the short
// form 报病率, a township that calls its whole by two levels as often, and names that carry the
// level they hold at, a term's abbreviation, the unit a rate holds in one by one, or the members
// counted off before `等N种`), each tested in wording of its own.

const targets = (text: string) => extractTargets(text).targets;

describe('a period written with a doubled dash', () => {
  it('gives the first year of a span drawn with box-drawing lines or a doubled em dash', () => {
    expect(planPeriodStart('某县学校卫生三年行动方案(2019──2021年)', 2021)).toBe(2019);
    expect(planPeriodStart('某市控烟工作规划(2016——2018年)', 2018)).toBe(2016);
    expect(titlePeriodStart('某县慢病防治行动(2022―2024年)')).toBe(2022);
  });

  it('keeps the first year’s aim of a plan issued that year', () => {
    const text = [
      '某县人民政府关于印发某县学校卫生三年行动方案的通知',
      '现将《某县学校卫生三年行动方案》(2019──2021年)印发给你们。',
      '二○一九年三月五日',
      '一、工作指标',
      '2019年全县中小学生体检率达90%,2021年体检率均达98%。',
    ].join('\n');
    expect(targets(text).map((t) => [t.value, t.year])).toEqual([
      [90, 2019],
      [98, 2021],
    ]);
  });
});

describe('a milestone in the first year of the plan’s own period', () => {
  it('is not the past when the page came out that year', () => {
    expect(pastYear('2019年全县中小学生体检率', 2021, 2019, 2019)).toBe(false);
    // Without the period, or on a page issued later, the year is still a baseline.
    expect(pastYear('2019年全县中小学生体检率', 2021, 2019, null)).toBe(true);
    expect(pastYear('2019年全县中小学生体检率', 2021, 2020, 2019)).toBe(true);
  });
});

describe('a per-10万 rate whose population noun stands before the bound word', () => {
  it('reads the bound after 人口 or 活产 (8/10万人口以下)', () => {
    expect(rateBaseLength('1/10万', '活产以下。')).toBe(2);
    expect(rateBaseLength('1/10万', '人口以内,')).toBe(2);
    // Not a noun that goes on (人群中), nor after a unit with no base.
    expect(rateBaseLength('1/10万', '人群中')).toBe(0);
    expect(rateBaseLength('%', '人口以下')).toBe(0);
  });

  it('bounds an unnamed rate from above and quotes the noun with it', () => {
    const [t] = targets('今后三年,新生儿听力筛查阳性检出率在20/10万活产以下。');
    expect([t?.comparator, t?.value, t?.unit]).toEqual(['<=', 20, '1/10万']);
    expect(t?.quote.endsWith('20/10万活产以下')).toBe(true);
  });
});

describe('the short form 报病率', () => {
  it('is a disease rate: lower is better', () => {
    expect(isDownIndicator('手足口病年报病率')).toBe(true);
  });
});

describe('a township calling its whole by two levels as often', () => {
  it('takes the level it calls itself by (我乡) on a tie', () => {
    const counts = new Map([
      ['全镇', 1],
      ['全乡', 1],
    ]);
    expect(commonestWhole(counts, () => '我乡')).toBe('全乡');
    expect(commonestWhole(counts, () => null)).toBe('全镇');
    // No tie: the commonest stands whatever the page calls itself.
    expect(
      commonestWhole(
        new Map([
          ['全镇', 2],
          ['全乡', 1],
        ]),
        () => '我乡',
      ),
    ).toBe('全镇');
  });

  it('gives a page with no place name that whole', () => {
    const text = [
      '村卫生室工作安排',
      '为做好全镇群众的基本医疗服务,我乡卫生院制定本安排。我乡地处山区,全乡群众居住分散。',
      '目标:各村高血压患者规范管理率达60%以上。',
    ].join('\n');
    expect(targets(text).map((t) => t.region)).toEqual(['全乡']);
  });
});

describe('names', () => {
  it('drop the level a rate holds at (全省层面, 全市范围内)', () => {
    const [a] = targets('到2027年,全省层面乙肝母婴传播率降至1%以下。');
    const [b] = targets('到2027年,全市范围内病媒生物密度控制水平达标率达到90%。');
    expect([a?.indicator, b?.indicator]).toEqual(['乙肝母婴传播率', '病媒生物密度控制水平达标率']);
  });

  it('take a term’s abbreviation for all it stands for', () => {
    const [t] = targets('今年城镇职工基本医疗保险(以下简称职工医保)参保率达到98%。');
    expect(t?.indicator).toBe('职工医保参保率');
  });

  it('leave out the unit a rate holds in one by one (每乡, 各村)', () => {
    const [t] = targets('今年麻疹疫苗每乡接种率达到95%以上。');
    expect(t?.indicator).toBe('麻疹疫苗接种率');
  });

  it('leave out the members counted off before 等N种', () => {
    const [t] = targets('今年鼠疫、霍乱、炭疽等5种传染病疫情报告及时率达到100%。');
    expect(t?.indicator).toBe('传染病疫情报告及时率');
  });
});
