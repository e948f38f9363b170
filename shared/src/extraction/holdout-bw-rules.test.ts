import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set BW (medical-insurance pages: a meeting that
// sums a year up and sets the next out, …), each tested in wording of its own.

const targets = (text: string) => extractTargets(text).targets;
const values = (text: string) => targets(text).map((t) => t.value);

describe('news from a meeting that sums up one year and sets out the next', () => {
  it('relays the work set out, not a report', () => {
    const text =
      '全县医保工作会议召开\n日前,县里召开2019年医疗保障工作总结暨2020年工作部署会议。会议明确,门诊统筹报销比例提升为55%;大病保险起付线下调。';
    expect(values(text)).toEqual([55]);
  });

  it('leaves a summary that sets nothing out a report', () => {
    const text =
      '全县医保工作总结\n日前,县里印发2019年医疗保障工作总结。全年门诊统筹报销比例为55%;住院报销比例达到72%。';
    expect(values(text)).toEqual([]);
  });
});

describe('a sum of money bounding the band of costs a payment share is for', () => {
  it('is a condition, not an aim', () => {
    const text =
      '2020年全县医保工作要点\n当年住院医疗费用超过8万元报销比例提高到75%,15万元以上提高到85%;4万元以下部分报销60%。';
    expect(values(text)).toEqual([75, 85, 60]);
  });

  it('keeps a sum set as a level before a share', () => {
    const text = '2020年全县医保工作要点\n住院最高支付限额提高到20万元,报销比例达到72%。';
    expect(values(text)).toEqual([20, 72]);
  });

  it('makes the band the share’s scope and carries the share’s name on', () => {
    const t = targets(
      '2020年全县医保工作要点\n当年住院医疗费用超过8万元报销比例提高到75%,15万元以上提高到85%。',
    );
    expect(t.map((x) => [x.indicator, x.scope])).toEqual([
      ['报销比例', '当年住院医疗费用超过8万元'],
      ['报销比例', '15万元以上'],
    ]);
  });
});

describe('major illnesses counted by kind (N种大病)', () => {
  it('is a count to reach, not a named package', () => {
    expect(values('2020年全县医保工作要点\n大病保险覆盖范围扩大,达到30种大病。')).toEqual([30]);
  });

  it('still reads 五大工程-style packages as no count', () => {
    expect(values('2020年全县医保工作要点\n实施好3大工程,参合率达到98%。')).toEqual([98]);
  });
});

describe('a share after the head count of people enrolled (有N万人参加…)', () => {
  it('tells what share that count is, not an aim', () => {
    const text =
      '全县调整医保待遇\n2020年,全县有41.6万人参加城乡居民医保,参保率达到98.52%。门诊报销比例提高到55%。';
    expect(values(text)).toEqual([55]);
  });

  it('stays an aim where the sentence looks ahead', () => {
    const text = '全县调整医保待遇\n2020年,力争全县有42万人参加城乡居民医保,参保率达到99%。';
    expect(values(text)).toContain(99);
  });
});

describe('payment shares by grade of hospital', () => {
  it('makes a grade opening the share its scope', () => {
    const t = targets('2020年全县医保工作要点\n二级医院住院报销比例提高到65%。');
    expect(t.map((x) => [x.indicator, x.scope])).toEqual([['住院费用报销比例', '二级医院']]);
  });

  it('gives each value of a list of grades its grade', () => {
    const t = targets(
      '2020年全县医保工作要点\n参保居民在乡、县、市级定点医院住院补偿比例分别提高到85%、70%、55%。',
    );
    expect(t.map((x) => [x.value, x.indicator, x.scope])).toEqual([
      // (新农合's 补偿比例 keeps its words since round hcd: only 政策范围内 names the statistic.)
      [85, '住院补偿比例', '乡级定点医院'],
      [70, '住院补偿比例', '县级定点医院'],
      [55, '住院补偿比例', '市级定点医院'],
    ]);
  });
});

describe('places listed after a measure and its colon', () => {
  it('are the scope of the measure told before the colon', () => {
    const t = targets(
      '2020年全市医保工作要点\n2020年度大病保险人均筹资标准为:甲山县、乙水县不低于60元,其他县区不低于70元。',
    );
    expect(t.map((x) => [x.value, x.indicator, x.scope])).toEqual([
      [60, '大病保险人均筹资标准', '甲山县、乙水县'],
      [70, '大病保险人均筹资标准', '其他县区'],
    ]);
  });
});
