import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

const HEADER = '2024年全市卫生健康工作要点\n';
const run = (body: string) => extractTargets(HEADER + body).targets;
const pick = (body: string) =>
  run(body).map((t) => [t.indicator, t.value, t.unit, t.comparator, t.direction, t.kind]);

describe('relative changes', () => {
  it('keeps a change against last year as a target named for the change', () => {
    expect(pick('门诊统筹报销比例比上年提高3个百分点。')).toEqual([
      ['门诊统筹报销比例提高幅度', 3, '个百分点', '>=', 'up', 'rate'],
    ]);
  });

  it('reads a fall against a base year as a change to reach, not a past figure', () => {
    expect(pick('心脑血管疾病死亡率较2020年下降15%。')).toEqual([
      ['心脑血管疾病死亡率下降幅度', 15, '%', '>=', 'up', 'rate'],
    ]);
  });

  it('names a yearly change with 年 and keeps an explicit floor', () => {
    expect(pick('成人肥胖率平均每年下降不少于0.3个百分点。')).toEqual([
      ['成人肥胖率年下降幅度', 0.3, '个百分点', '>=', 'up', 'rate'],
    ]);
  });

  it('drops a change reported with 了', () => {
    expect(run('全市财政卫生支出增长了8.5%。')).toEqual([]);
  });
});

describe('from-to sentences', () => {
  it('takes the second number as the target and the first as its baseline', () => {
    expect(pick('城乡居民医保财政补助由每人每年四百五十元提高到四百八十元。')).toEqual([
      ['城乡居民医保人均财政补助', 480, '元', '>=', 'up', 'amount'],
    ]);
  });

  it('does the same in Arabic numerals with a past year on the baseline', () => {
    const ts = run('婚前医学检查率从2020年的60%提高到75%。');
    expect(ts.map((t) => t.value)).toEqual([75]);
  });
});

describe('units plans aim at beyond rates and counts', () => {
  it('reads a life expectancy in 岁, Arabic or Chinese', () => {
    expect(pick('人均预期寿命达到78.5岁,户籍人口期望寿命提高到八十一岁。')).toEqual([
      ['人均预期寿命', 78.5, '岁', '>=', 'up', 'amount'],
      ['户籍人口期望寿命', 81, '岁', '>=', 'up', 'amount'],
    ]);
  });

  it('leaves ages that describe a group alone', () => {
    expect(run('为65岁以上老年人免费体检。3岁以下儿童系统管理率达到90%。')).toHaveLength(1);
  });

  it('converts 万 and 亿 with or without a counting word', () => {
    expect(pick('常住人口保持在1350万左右,年度体检人数增加到2.5万人。')).toEqual([
      ['常住人口', 13_500_000, '人', '~', 'band', 'count'],
      ['年度体检人数', 25_000, '人', '>=', 'up', 'count'],
    ]);
  });

  it('keeps a capacity per unit of time', () => {
    expect(pick('核酸检测能力达到5000份/日。')).toEqual([
      ['核酸检测能力', 5000, '份/日', '>=', 'up', 'count'],
    ]);
  });
});

describe('ranges', () => {
  it('reads a range with a negative lower end', () => {
    const [t] = run('人口自然增长率保持在-1.5‰至3‰之间。');
    expect([t!.value, t!.valueMax, t!.unit]).toEqual([-1.5, 3, '‰']);
  });

  it('reads a count range written with 至', () => {
    const [t] = run('每个乡镇建成1至2家医养结合机构。');
    expect([t!.value, t!.valueMax, t!.unit, t!.comparator]).toEqual([1, 2, '家', '>=']);
  });

  it('keeps a hyphen between two numbers a range separator', () => {
    const [t] = run('培育3-5个重点专科。');
    expect([t!.value, t!.valueMax]).toEqual([3, 5]);
  });
});

describe('statistics and paired lists', () => {
  it('drops a from-to about past years', () => {
    expect(run('2020年至2023年,人均预期寿命从78.1岁提高到79.2岁。')).toEqual([]);
  });

  it('pairs a 分别为 list with its values when the plan sets them', () => {
    const ts = run('到2026年,孕产妇死亡率、婴儿死亡率分别为12/10万、5‰。');
    expect(ts.map((t) => [t.indicator, t.value, t.unit])).toEqual([
      ['孕产妇死亡率', 12, '1/10万'],
      ['婴儿死亡率', 5, '‰'],
    ]);
  });
});

describe('counts without a verb of making', () => {
  it('keeps a density per thousand people', () => {
    expect(pick('每千常住人口注册护士数4.2人。')).toEqual([
      ['每千常住人口注册护士数', 4.2, '人', '>=', 'up', 'count'],
    ]);
  });

  it('keeps a number of people screened', () => {
    expect(run('农村适龄妇女宫颈癌筛查2.4万人。').map((t) => [t.value, t.unit])).toEqual([
      [24_000, '人'],
    ]);
  });
});

describe('names of changes', () => {
  it('leaves a baseline’s bracketed figures out of the name', () => {
    const names = run('乙肝疫苗接种率较上年(88.5%)提高2个百分点。').map((t) => t.indicator);
    expect(names).toEqual(['乙肝疫苗接种率提高幅度']);
  });
});
