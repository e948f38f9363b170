import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out sets CW and CX (a quota table drawn with box
// rules, a page whose opening year opens a span of work so far, a page placed at the turn of two
// five-year plans, a definition's formula, counts of the items a plan sets out), each tested in
// wording of its own.

const read = (text: string) =>
  extractTargets(text).targets.map((t) => ({
    value: t.value,
    unit: t.unit,
    indicator: t.indicator,
    scope: t.scope,
    year: t.year,
  }));
const values = (text: string) => extractTargets(text).targets.map((t) => t.value);
const years = (text: string) => extractTargets(text).targets.map((t) => [t.value, t.year]);

describe('an allocation table drawn with box rules or bars (quota-tables.ts)', () => {
  const drawn = [
    '关于做好2019年家庭医生签约工作的通知',
    '各区要按下表完成签约任务。',
    '2019年度家庭医生签约任务表',
    '┌──────┬──────────┬──────┐',
    '│ 地 区 │ 签约人数(人) │ 宣传员 │',
    '├──────┼──────────┼──────┤',
    '│ 东城区 │ 1200 │ 30 │',
    '├──────┼──────────┼──────┤',
    '│ 西城区 │ 900 │ 20 │',
    '├──────┼──────────┼──────┤',
    '│ 合 计 │ 2100 │ 50 │',
    '└──────┴──────────┴──────┘',
  ].join('\n');
  it('reads each row’s numbers under the header’s measures, the row’s place as scope', () => {
    expect(read(drawn)).toEqual([
      { value: 1200, unit: '人', indicator: '签约人数', scope: '东城区', year: 2019 },
      { value: 30, unit: '人', indicator: '宣传员人数', scope: '东城区', year: 2019 },
      { value: 900, unit: '人', indicator: '签约人数', scope: '西城区', year: 2019 },
      { value: 20, unit: '人', indicator: '宣传员人数', scope: '西城区', year: 2019 },
      { value: 2100, unit: '人', indicator: '签约人数', scope: null, year: 2019 },
      { value: 50, unit: '人', indicator: '宣传员人数', scope: null, year: 2019 },
    ]);
  });

  it('passes over a merged group cell before the row’s own place, in a bar table too', () => {
    const bars = [
      '2021年全县健康体检任务分解',
      '| 单位 | | 体检人次(人次) |',
      '| 县 | 县直 | 3000 |',
      '| | 城关镇 | 2500 |',
      '| 乡 | 河口乡 | 1800 |',
    ].join('\n');
    expect(read(bars).map((r) => [r.value, r.unit, r.scope])).toEqual([
      [3000, '人次', '县直'],
      [2500, '人次', '城关镇'],
      [1800, '人次', '河口乡'],
    ]);
  });

  it('reads no table whose header names no measure with its counting word', () => {
    const plain = ['2021年工作安排', '│ 单位 │ 负责人 │ 电话 │', '│ 东城区 │ 张三 │ 1234 │'].join(
      '\n',
    );
    expect(values(plain)).toEqual([]);
  });
});

describe('a year that opens a span of work so far (header.ts)', () => {
  it('dates the page by the year it plans for, not the year the span runs from', () => {
    const page = [
      '2019年以来甲省孕产妇系统管理率提高到88%',
      '2019年以来,甲省妇幼健康工作稳步推进,主要指标持续向好。',
      '下一步,甲省将力争孕产妇系统管理率达到92%以上,到2021年底每个县建成1个危重孕产妇救治中心。',
    ].join('\n');
    expect(years(page)).toContainEqual([92, 2021]);
  });
});

describe('a page placed at the turn of two five-year plans (period-year.ts)', () => {
  it('speaks of the later plan’s first year when its written years are its record’s', () => {
    const page =
      '2012年,乙市成为全省首个慢病综合防控示范市。2014年,乙市获评卫生城市……“十二五”收官,“十三五”开局,' +
      '乙市公布了健康惠民计划。计划指出,今年,乙市高血压患者规范管理率达60%。';
    expect(years(page)).toEqual([[60, 2016]]);
  });
});

describe('a definition’s formula (formula-parts.ts)', () => {
  it('reads no aim in the figure a sign and a term follow', () => {
    const page =
      '2018年度考核办法\n(一)未规范管理率(5分)\n未规范管理率=100%—规范管理率。\n规范管理率达到80%以上的,计满分。';
    expect(values(page)).toEqual([80]);
  });
});

describe('counts of the items a plan sets out (context-rules.ts)', () => {
  it('reads no aim in how many tasks or reforms the text names, with what they are for between', () => {
    const page =
      '2015年全市卫生工作要点\n《要点》围绕公共卫生服务三项重点工作目标,提出了2015年推进卫生改革的8项任务。' +
      '全市居民健康档案建档率达到80%以上。';
    expect(values(page)).toEqual([80]);
  });
});
