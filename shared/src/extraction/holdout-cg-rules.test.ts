import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set CG (yearly plans of towns, counties and
// cities: a main-indicator table with a unit column, response-time limits, plans that name their
// place only by their own word), each tested in wording of its own.

const read = (text: string) =>
  extractTargets(text).targets.map((t) => ({
    indicator: t.indicator,
    comparator: t.comparator,
    value: t.value,
    unit: t.unit,
    kind: t.kind,
  }));

describe('a table with a unit column (table.ts)', () => {
  const head = '2030年某县卫生事业主要指标\n领域 | 序号 | 指标 | 单位 | 2030年 |\n';

  it('reads the cell after the unit column as the target, not the unit', () => {
    const text = `${head}健康状况 | 1 | 5岁以下儿童死亡率 | ‰ | <6 |\n`;
    expect(read(text)).toEqual([
      { indicator: '5岁以下儿童死亡率', comparator: '<', value: 6, unit: '‰', kind: 'rate' },
    ]);
  });

  it('never reads a per-100,000 unit cell as a figure', () => {
    const text = `${head}2 | 甲类传染病报告发病率 | 1/10万 | ≤3 | |\n`;
    expect(read(text)).toEqual([
      {
        indicator: '甲类传染病报告发病率',
        comparator: '<=',
        value: 3,
        unit: '1/10万',
        kind: 'rate',
      },
    ]);
  });

  it('reads a count per thousand people with its counting word from the unit column', () => {
    const text = `${head}3 | 每千人口药师数 | 人 | 0.6 | |\n`;
    expect(read(text)).toEqual([
      { indicator: '每千人口药师数', comparator: '>=', value: 0.6, unit: '人', kind: 'count' },
    ]);
  });
});

describe('a numbered row whose sex ratio has no unit (table.ts)', () => {
  it('reads the label after the row number and the ratio as boys per 100 girls', () => {
    const text =
      '2030年某县卫生事业主要指标\n序号 | 指标 | 2030年 |\n9 | 出生婴儿性别比 | ≤110 |\n';
    expect(read(text)).toEqual([
      {
        indicator: '出生婴儿性别比',
        comparator: '<=',
        value: 110,
        unit: '男/100女',
        kind: 'rate',
      },
    ]);
  });
});

const regions = (text: string) => extractTargets(text).targets.map((t) => t.region);

describe('a plan that names its place only by its own word (document-region.ts, region-words.ts)', () => {
  it('binds the area a plan fits itself to past a long field (结合区域…发展实际)', () => {
    const text =
      '2026年妇幼健康工作计划\n为推进健康中国建设,结合区域妇幼健康服务体系发展实际,制定本计划。全年孕产妇系统管理率达到95%以上。';
    expect(regions(text)).toEqual(['区域']);
  });

  it('takes the level of an office a plan hands its part to (由市卫健委牵头)', () => {
    const text =
      '2026年疾病预防控制工作计划\n一、健全机制。由市卫健委牵头建立联席会议制度,全年传染病报告及时率达到98%以上。';
    expect(regions(text)).toEqual(['全市']);
  });

  it('takes the level of an office a plan names as its hub (明确市卫生健康委…为中枢)', () => {
    const text =
      '2026年血液安全工作计划\n一、理顺体系。明确市卫生健康委医政处为统筹中枢,全年无偿献血率达到12‰以上。';
    expect(regions(text)).toEqual(['全市']);
  });
});

const limits = (text: string) =>
  extractTargets(text).targets.map((t) => [t.indicator, t.comparator, t.value, t.unit, t.kind]);

describe('a response time limit (time-standards.ts, extract-targets.ts)', () => {
  it('reads the time within which a deed must be done as a ceiling', () => {
    const text = '2026年急救工作计划\n一、提速。确保接到报警后30分钟内到达现场。';
    expect(limits(text)).toEqual([['到达时间', '<=', 30, '分钟', 'amount']]);
  });

  it('reads time limits a plan quotes as a pair', () => {
    const text = '2026年疫情防控工作计划\n一、提速。做到“2小时内上报、12小时内处置”。';
    expect(limits(text)).toEqual([
      ['上报时间', '<=', 2, '小时', 'amount'],
      ['处置时间', '<=', 12, '小时', 'amount'],
    ]);
  });

  it('reads no limit in a reach told with 可 (a service within so many minutes)', () => {
    const text = '2026年工作计划\n一、布局。全区居民15分钟内可到达最近的卫生服务站。';
    expect(limits(text)).toEqual([]);
  });
});

describe('a total of events to hold, and large things (event-counts.ts, context-rules.ts)', () => {
  it('reads a lower-bounded total of events in 次 as a count to reach', () => {
    const text = '2026年健康教育工作计划\n全年举办健康讲座不少于8次。';
    expect(limits(text)).toEqual([['举办健康讲座次数', '>=', 8, '次', 'count']]);
  });

  it('reads no total in a frequency (每月…至少2次)', () => {
    const text = '2026年工作计划\n一、义诊。每月组织至少2次巡回义诊。';
    expect(limits(text)).toEqual([]);
  });

  it('counts large things to build (大型 is no package word)', () => {
    const text = '2026年工作计划\n一、储备。新建2个大型应急物资储备库。';
    expect(limits(text)).toEqual([['新建大型应急物资储备库数', '>=', 2, '个', 'count']]);
  });
});

describe('partners to sign an agreement with (context-rules.ts, partner-counts.ts)', () => {
  const text = '2026年医联体工作计划\n一、合作。与8家基层医院签订紧密型医联体协议,共享资源。';

  it('reads the number of partners to sign with as a count to reach', () => {
    expect(extractTargets(text).targets.map((t) => t.value)).toEqual([8]);
  });

  it('names the count by the agreement, then the partners', () => {
    expect(limits(text)).toEqual([['签订紧密型医联体协议的基层医院数', '>=', 8, '家', 'count']]);
  });
});

describe('a share raised to a part of its base (level-naming.ts)', () => {
  const names = (text: string) => extractTargets(text).targets.map((t) => t.indicator);

  it('says the share once when its subject already ends in 占比', () => {
    const text = '2026年分级诊疗工作计划\n一、下沉。推动基层诊疗量占比提高到总诊疗量的65%。';
    expect(names(text)).toEqual(['基层诊疗量占总诊疗量比例']);
  });

  it('leaves the verb of raising (提升至) out of the base', () => {
    const text = '2026年中医药工作计划\n一、服务。使中医门诊人次提升至门诊总人次的30%。';
    expect(names(text)).toEqual(['中医门诊人次占门诊总人次比例']);
  });
});
