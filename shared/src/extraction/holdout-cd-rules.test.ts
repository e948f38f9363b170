import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set CD (新农合 compensation schemes: shares by
// hospital level, deductibles, ceilings, funding per head), each tested in wording of its own.

const targets = (text: string) => extractTargets(text).targets;

describe('a story on a rule changed from a date to come', () => {
  const story =
    '本报讯 近日,某县医保局对大病保险政策作出调整,从明年3月1日起,参保群众待遇将有所提高。首先是提高了报销比例,其中,一级医院提高8%,二级医院提高6%。';
  it('reads the bare changes its paragraph lists as aims', () => {
    const found = targets(`某县调整医保政策\n发布日期:2015/11/02 10:20:00 来源:某某日报\n${story}`);
    expect(found.map((t) => t.value)).toEqual([8, 6]);
  });
  it('dates them by the year the rule takes effect', () => {
    const found = targets(`某县调整医保政策\n发布日期:2015/11/02 10:20:00 来源:某某日报\n${story}`);
    expect(found.map((t) => t.year)).toEqual([2016, 2016]);
  });
  it('leaves a story with no such start to its report', () => {
    const told =
      '本报讯 近日,某县医保局对大病保险政策作出调整。首先是提高了报销比例,其中,一级医院提高8%,二级医院提高6%。';
    expect(
      targets(`某县调整医保政策\n发布日期:2015/11/02 10:20:00 来源:某某日报\n${told}`),
    ).toEqual([]);
  });
});

describe('a from-to after a start year', () => {
  it('is the level of the year the rule starts', () => {
    const found = targets(
      '发布时间:2014-09-20\n某省印发通知,决定自2015年开始,大病保险最高支付限额由每年20万元提高到30万元。',
    );
    expect(found.map((t) => [t.value, t.year])).toContainEqual([30, 2015]);
  });
  it('keeps a decision told with 了 as the rule to come', () => {
    const found = targets(
      '发布时间:2014-09-20\n某省印发通知,决定自2015年开始,城乡居民医保财政补助从320元提高到了380元。',
    );
    expect(found.map((t) => t.value)).toContain(380);
  });
  it('dates a level the old value was of this year by the new rule', () => {
    const found = targets(
      '某县调整医保政策\n发布日期:2015/11/02 10:20:00 来源:某某日报\n本报讯 某县从明年1月1日起调整医保政策。门诊报销限额由今年的300元提高到500元。',
    );
    expect(found.map((t) => [t.value, t.year])).toContainEqual([500, 2016]);
  });
});

describe('levels a scheme sets up with 为', () => {
  it('reads each level of a 分别为 list as set, not as stated', () => {
    const found = targets(
      '某市调整医保政策\n我市统一设立三档起付线,一级、二级、三级医院分别为200元、500元、900元。',
    );
    expect(found.map((t) => t.value)).toEqual([200, 500, 900]);
  });
});

describe('a margin a rule allows', () => {
  it('is no level to reach', () => {
    const found = targets('2016年,住院报销比例达到70%,各县可在此基础上上下浮动3%。');
    expect(found.map((t) => t.value)).toEqual([70]);
  });
});

describe('payment shares and deductibles by hospital level', () => {
  it('keeps a scheme’s 补偿比例 in its own words', () => {
    const found = targets('2016年,全县住院补偿比例提高到65%。');
    expect(found.map((t) => t.indicator)).toEqual(['住院补偿比例']);
  });
  it('makes a level before a share its scope', () => {
    const found = targets('2016年,一级医院住院补偿由75%提高到85%,县级住院报销比例提高到70%。');
    expect(found.map((t) => [t.indicator, t.scope])).toEqual([
      ['住院补偿比例', '一级医院'],
      ['住院费用报销比例', '县级'],
    ]);
  });
  it('drops the copula after a level from its name', () => {
    const found = targets('2016年,全市设立三档封顶线,一级医院为 5万元,三级医院为 10万元。');
    expect(found.map((t) => [t.indicator, t.scope])).toEqual([
      ['封顶线', '一级医院'],
      ['封顶线', '三级医院'],
    ]);
  });
  it('names levels listed alone by the measure set before them', () => {
    const found = targets(
      '2016年,全市设立三档封顶线,一级、二级、三级医院分别为5万元、8万元、10万元。',
    );
    expect(found.map((t) => [t.indicator, t.scope])).toEqual([
      ['封顶线', '一级'],
      ['封顶线', '二级'],
      ['封顶线', '三级医院'],
    ]);
  });
});

describe('a level after a 分别为 list, set on its own', () => {
  it('takes the measure set before the list, though titled a share of units', () => {
    const found = targets(
      '2016年,全市只设立一个报销比例,如一级、二级定点医院分别为80%、65%,非定点医院为30%。',
    );
    expect(found.map((t) => [t.indicator, t.scope])).toEqual([
      ['报销比例', '一级'],
      ['报销比例', '二级定点医院'],
      ['报销比例', '非定点医院'],
    ]);
  });
});

describe('a level changed to another', () => {
  it('reads a level before 调整至 as the old one', () => {
    const found = targets('2016年,门诊统筹报销比例由45%调整至55%。');
    expect(found.map((t) => t.value)).toEqual([55]);
  });
  it('reads a level its change verb follows straight away as the old one', () => {
    const found = targets('2016年,大病保险起付线1.8万元降低至1.2万元。');
    expect(found.map((t) => t.value)).toEqual([1.2]);
  });
});

describe('a cap on what is paid in all', () => {
  it('reads 累计 before a cap as the cap’s name, not a tally', () => {
    const found = targets('2016年,大病保险年度累计支付限额30万元。');
    expect(found.map((t) => t.value)).toEqual([30]);
  });
});

describe('a change of a measure broken down by level', () => {
  it('names each level’s rise by the measure the sentence before raised', () => {
    const found = targets('2016年,全县提高了门诊补偿比例。其中,乡级提高8%,县级均提高5%。');
    expect(found.map((t) => [t.indicator, t.scope])).toEqual([
      ['门诊补偿比例提高幅度', '乡级'],
      ['门诊补偿比例提高幅度', '县级'],
    ]);
  });
});
