import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set AF (a plan's span in brackets without its
// last 年, a rate per thousand people, a level dated 提升至YYYY年的, a hedged growth 增长近N倍, a rate
// per million people as a bare number, 抵达 for 达到), each tested in wording of its own.

const targets = (text: string) => extractTargets(text).targets;

describe('a plan span in brackets without its last 年', () => {
  it('keeps a milestone inside the span an aim', () => {
    const found = targets(
      '市卫健委印发《全市职业健康保护行动方案(2024—2026)》。方案提出,2025年,全市重点行业企业职业健康检查率达到90%。2026年,全市接尘劳动者防护用品配发率在95%以上。2026年,全市职业卫生培训率达到85%。',
    );
    expect(found.map((t) => [t.value, t.year])).toEqual([
      [90, 2025],
      [95, 2026],
      [85, 2026],
    ]);
  });
});

describe('a rate per thousand people', () => {
  it('reads N/千人口 as per mille', () => {
    const found = targets('到2026年,全省无偿献血率提高到13/千人口。');
    expect(found.map((t) => [t.value, t.unit])).toEqual([[13, '‰']]);
  });
});

describe('a level dated by the year right before it', () => {
  it('is where things stood: 提升至2016年的N on a page of 2017 sets nothing', () => {
    const found = targets(
      '2017-03-02 来源:某日报\n全县献血人次由2010年的3000提高到2016年的8000,献血率提升至2016年的8.2/千人口。到2020年,全县献血率达到12/千人口。',
    );
    expect(found.map((t) => [t.value, t.year])).toEqual([[12, 2020]]);
  });
});

describe('a hedged growth (增长近N倍)', () => {
  it('reports what happened when nothing around it aims', () => {
    const found = targets(
      '全区门诊人次较五年前增长近3倍,住院人次增长近两成。到2027年,全区床位使用率达到85%。',
    );
    expect(found.map((t) => t.value)).toEqual([85]);
  });

  it('stays an aim when the sentence aims', () => {
    const found = targets('到2027年,全区卫生投入力争增长近20%。');
    expect(found.map((t) => [t.value, t.unit])).toEqual([[20, '%']]);
  });
});

describe('a rate per million people written as a bare number', () => {
  it('takes 1/100万 from the name', () => {
    const found = targets('到2027年,全市每百万人口角膜移植手术率达到60以上。');
    expect(found.map((t) => [t.value, t.unit, t.comparator])).toEqual([[60, '1/100万', '>=']]);
  });

  it('leaves a bare number after another name alone', () => {
    expect(targets('到2027年,全市白内障手术量达到3000。').map((t) => t.unit)).not.toContain(
      '1/100万',
    );
  });
});

describe('抵达 for 达到', () => {
  it('is an aim word, not the end of the name', () => {
    const found = targets('到2026年,全市食源性疾病报告率抵达98%。');
    expect(found.map((t) => [t.indicator, t.value])).toEqual([['食源性疾病报告率', 98]]);
  });
});
