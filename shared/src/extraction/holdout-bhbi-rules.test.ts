import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';
import { regionOf } from './region-words';
import { inProgressColumn } from './progress-shares';

// Rules written from the failure classes of hold-out sets BH and BI (a 民生实事 progress table,
// completion rates told, events counted in 场, people served in 万 with their age, a work
// meeting reviewing the year before, a budget year, Hong Kong's additions and visits, Taiwan
// counties), each tested in wording of its own.

const targets = (text: string) => extractTargets(text).targets;
const values = (text: string) => targets(text).map((t) => t.value);

describe('a progress column of a list of works', () => {
  const table =
    '编号 | 工作内容 | 牵头单位 | 完成进度 |\n' +
    '1 | 新建社区卫生服务站12个。 | 县卫健局 | 60% |\n' +
    '2 | 儿童免疫规划疫苗接种率达到95%。 | 县疾控中心 | 30% |\n';

  it('gives no aim, while the rows own aims stay', () => {
    expect(values(table)).toEqual([12, 95]);
  });

  it('is read from the header cell over the figure', () => {
    expect(inProgressColumn(table, table.indexOf('60%'))).toBe(true);
    expect(inProgressColumn(table, table.indexOf('95%'))).toBe(false);
  });

  it('leaves a column of aims alone', () => {
    const aims = '序号 | 指标 | 2025年目标 |\n1 | 孕产妇系统管理率 | 90% |\n';
    expect(values(aims)).toEqual([90]);
  });
});

describe('a completion rate', () => {
  it('told bare is how much of a task is done', () => {
    const report = '今年计划新建的8个卫生室已完成10个,完成率125%;培训乡医200人,完成率96.5%。';
    expect(values(report).filter((v) => v === 125 || v === 96.5)).toEqual([]);
  });

  it('with an aim word stays an aim', () => {
    expect(values('2025年,全县家庭医生履约任务完成率达到100%。')).toEqual([100]);
  });
});

describe('events counted in 场', () => {
  it('are a count to reach after a verb of holding', () => {
    const news = '本报讯 县卫生局明年将在各乡镇办理36场免费健康检查活动。';
    const t = targets(news);
    expect(t.map((x) => [x.value, x.unit])).toEqual([[36, '场']]);
  });

  it('are no count without such a verb', () => {
    expect(values('本报讯 县卫生局表示,上周的篮球联赛共12场。')).toEqual([]);
  });
});

describe('people served written in 万 before their age', () => {
  it('are counted in 人 with a floor', () => {
    const plan = '2024年,为2.35万65岁以上老人免费开展骨密度检测。';
    const t = targets(plan);
    expect(t.map((x) => [x.value, x.unit, x.comparator])).toEqual([[23500, '人', '>=']]);
  });

  it('take a floor after 为 where the count names its people with their age', () => {
    const plan = '今年,某区计划为3000名70岁以上老人提供上门体检。';
    expect(targets(plan).map((x) => x.comparator)).toEqual(['>=']);
  });
});

describe('内 that opens a word', () => {
  it('is no bound after a count', () => {
    const plan = '2023年,增加的服务为心电图和血脂检测两项内容。';
    expect(targets(plan).map((x) => x.comparator)).not.toContain('<=');
    const hk = '2022年度,醫院會增加8個內窺鏡服務節數。';
    expect(targets(hk).map((x) => x.comparator)).toEqual(['>=']);
  });
});

describe('a work meeting that reviews the year before its own', () => {
  it('dates the page by the year said to be ahead', () => {
    const news =
      '据新华社电 部长在2015年全国卫生工作会议上表示,2015年我国将继续巩固基本医保。\n' +
      '——参保率保持在95%以上。2014年,全国参保人数达到13亿,参保率为96%。\n' +
      '——提高筹资水平。人均补助达到每人每年500元。2014年,各级财政共投入资金800亿元。\n' +
      '——提高报销水平。2014年,门诊报销比例提高了5个百分点。\n';
    const t = targets(news);
    expect(t.map((x) => [x.value, x.year])).toEqual([
      [95, 2015],
      [500, 2015],
    ]);
  });
});

describe('a budget year that runs into the next', () => {
  it('is the year it opens', () => {
    const hk = '醫院管理局通過2023至24年度工作計劃,將會增加約200張病床。';
    expect(targets(hk).map((x) => x.year)).toEqual([2023]);
  });
});

describe("Hong Kong's additions and visits", () => {
  it('reads 增加 right before a count as something to add', () => {
    const hk = '2023至24年度,專科門診會增加2.1萬個診症名額和6000就診人次等。';
    const t = targets(hk);
    expect(t.map((x) => [x.value, x.unit])).toEqual([
      [21000, '个'],
      [6000, '人次'],
    ]);
    expect(t[1]!.indicator).toContain('就诊人次');
  });

  it('leaves an increase told against last year', () => {
    expect(values('2019年全县床位比上年增加300张。')).toEqual([]);
  });
});

describe('units brought into a scheme', () => {
  it('are a count to reach with 纳入 after them', () => {
    expect(values('2021年将把9个西部省份纳入试点。')).toEqual([9]);
  });
});

describe('offices of a list named by their level', () => {
  it('outweigh a higher whole an item names for a scheme', () => {
    const body =
      '序号 | 项目 | 责任单位 |\n1 | 全区新建口腔诊室5个。 | 区卫生健康局 |\n' +
      '2 | 落实全省统一的门诊报销。 | 区医疗保障局 |\n3 | 参加全省联网结算。 | 区医疗保障局 |\n';
    expect(regionOf(null, body)).toBe('全区');
  });
});

describe('a Taiwan county', () => {
  it('is the page of its county news naming it in full, its own word too', () => {
    const news =
      '【記者 王小明／屏東 報導】屏東縣衛生局明年將在全縣33鄉鎮市辦理60場整合式篩檢活動,屏東縣府表示…';
    expect(targets(news).map((x) => x.region)).toEqual(['屏东县']);
  });

  it('dates 明(115)年 as the year after the story', () => {
    const news =
      ' date 2025-11-20 【記者 王小明／屏東 報導】屏東縣衛生局明(115)年將辦理60場整合式篩檢活動,屏東縣府表示…';
    expect(targets(news).map((x) => x.year)).toEqual([2026]);
  });
});

describe('names on these pages', () => {
  it('title events held in 场 by their sittings', () => {
    const news = '本报讯 县卫生局明年将在各乡镇办理36场免费健康检查活动。';
    expect(targets(news).map((x) => x.indicator)).toEqual(['免费健康检查活动场次']);
  });

  it("leave a flattened table's row number out", () => {
    const table = '编号 | 工作内容 | 牵头单位 |\n4 | 培训乡村医生300人以上。 | 县卫健局 |\n';
    const [t] = targets(table);
    expect(t!.indicator).not.toMatch(/^\d/);
  });
});
