import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out sets BL and BM (a forecast of births and
// natural growth, a news item relaying the year's practical projects), each tested in wording of
// its own.

const values = (text: string) => extractTargets(text).targets.map((t) => t.value);

describe('a forecast of births and natural growth', () => {
  it('reads no aim in births or growth a 预计 sentence expects', () => {
    const text =
      '预计“十四五”期间,全市平均每天出生900人左右,每年出生33万人,年均自然增长在12万人左右,年均人口自然增长率在4‰左右。';
    expect(values(text)).toEqual([]);
  });

  it('keeps a bound the plan sets on the same rates', () => {
    const text = '到2025年,全市人口自然增长率控制在5‰以内。';
    expect(values(text)).toEqual([5]);
  });

  it('keeps a birth figure with no forecast word as before', () => {
    expect(values('到2025年,每年新增出生人口登记2万人。')).toEqual([20000]);
  });
});

describe("a news item relaying the year's practical projects (民生实事)", () => {
  const opening = '本报讯 2月3日,某市人代会开幕。';

  it('reads the listed projects as aims', () => {
    const text = `${opening}在今年的民生实事中,改建社区卫生服务站200处;新建乡镇卫生院中医馆15个。`;
    expect(values(text)).toEqual([200, 15]);
  });

  it('reads nothing from projects told as finished', () => {
    const text = `${opening}去年民生实事全部完成,改建社区卫生服务站200处。`;
    expect(values(text)).toEqual([]);
  });
});

describe('a floor each unit is to have (每…有N所)', () => {
  it('reads a count each place is to have as an aim', () => {
    expect(values('到2030年,每个街道有2所标准化社区卫生服务中心。')).toEqual([2]);
  });

  it('leaves a rate over time (每N分钟就有N人) and a whole tally alone', () => {
    expect(values('全省每3分钟就有1人确诊该病。')).toEqual([]);
    expect(values('全区有4所社区卫生服务中心。')).toEqual([]);
  });
});

describe('figures told as facts', () => {
  it('reads no aim in what holds in general (一般…都能达)', () => {
    const text = '到2025年,筛查覆盖率达到80%。早期治疗的患者,通常10年生存率均可达85%以上。';
    expect(values(text)).toEqual([80]);
  });

  it("reads no aim in a birth cohort's share", () => {
    const text = '本报讯 记者获悉,今年报名的志愿者中,90后約占55%以上,00后近20%。';
    expect(values(text)).toEqual([]);
  });

  it('reads no aim in the counts of a division into graded areas', () => {
    const text = '到2025年,全省分为一级(6个)、二级(31个)、三级(210个)服务区域,建成护理站120个。';
    expect(values(text)).toEqual([120]);
  });
});

describe('a floor of one service point (至少一个…据点)', () => {
  it('reads one point per unit as a count', () => {
    expect(values('到2027年,每个山区乡至少一个日间照料服务据点。')).toEqual([1]);
  });
});
