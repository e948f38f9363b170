import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out sets BS and BU (sums listed by area after one
// measure, a schedule of aims by year, a review's year told again as 全年, a share of people who did
// something), each tested in wording of its own.

const targets = (text: string) => extractTargets(text).targets;
const values = (text: string) => targets(text).map((t) => t.value);

describe('sums listed after one measure with the unit written once', () => {
  it('reads each number of the list in the last one’s unit', () => {
    const t = targets('到2025年,山区、丘陵和平原每人每年补助标准分别达到80、60、50元。');
    expect(t.map((x) => [x.value, x.unit])).toEqual([
      [80, '元'],
      [60, '元'],
      [50, '元'],
    ]);
  });

  it('leaves numbered items alone', () => {
    expect(values('到2025年,重点做好以下1、2、3项工作,投入资金500万元。')).toEqual([500]);
  });
});

describe('a schedule of aims by year', () => {
  const text =
    '2018年全县合作医疗工作要点\n2016年全县新农合补助将达到每人40元;2017年达到每人50元;2018年达到每人每年60元。到2018年,参合率达到98%。';

  it('reads each step of the schedule as an aim', () => {
    expect(values(text)).toEqual([40, 50, 60, 98]);
  });

  it('still reads a year-led level before the schedule as the past', () => {
    const past =
      '2018年全县合作医疗工作要点\n2016年全县参合率达到90%。2017年,补助为每人30元;2018年将达到每人40元。';
    expect(values(past)).toEqual([40]);
  });
});

describe('a sentence opening with 全年 after a past year', () => {
  it('tells that year’s results', () => {
    const text =
      '2021年全县医疗保障工作要点\n2019年,全县医保基金支出3.1亿元。全年共为8万人次报销住院费用2.2亿元,人均报销2750元。到2021年,住院费用报销比例达到75%。';
    expect(values(text)).toEqual([75]);
  });

  it('keeps an aim after a lead that is no past year', () => {
    const text = '到2021年,住院费用报销比例达到75%。全年门诊报销比例达到50%以上。';
    expect(values(text)).toEqual([75, 50]);
  });
});

describe('a share of people who did something', () => {
  it('is the present', () => {
    expect(values('据介绍,约85%的居民参加了医疗保险。到2021年,参保率达到95%。')).toEqual([95]);
  });

  it('stays an aim where the sentence aims', () => {
    expect(values('到2021年,确保95%的居民参加了医疗保险。')).toEqual([95]);
  });
});

describe('people counted in 位, and staff put in (投入)', () => {
  it('reads a count of staff written with 位', () => {
    const t = targets('2025年本市将推行社区照护计划,投入80位护理人员。');
    expect(t.map((x) => [x.value, x.unit])).toEqual([[80, '位']]);
  });

  it('leaves a rank and a word opening with 位 alone', () => {
    expect(values('2025年本市将推行社区照护计划,服务中心位于3号楼,排名居全省第2位。')).toEqual([]);
  });
});
