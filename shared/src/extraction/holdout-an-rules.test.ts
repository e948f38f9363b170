import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../regions/gazetteer';
import { SAMPLE_UNITS } from '../regions/gazetteer.fixture';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set AN (an allocation table flattened by
// spaces, a weight or a volume aimed at, a bound between a duration and its noun, a count that
// quantifies the subject of a later figure, a ceiling verb touching a duration, 本省份, a ministry
// signing with provinces, a city written before its district, a trail of the site's sections, an
// aim told met in the plan's own words, a comparison picking out units, a share of a task done, an
// event that took place, a paragraph opened by 目前, names of a group, of units picked out by a
// comparison and of teeth treated), each tested in wording of its own.

const targets = (text: string) => extractTargets(text).targets;

describe('an allocation table flattened by spaces', () => {
  const table =
    '附件2:2024年职工体检名额分配表 科 室 名额(人) 说明 内科 12 外 科 8 儿科病房 5 合计 25';

  it('reads each unit’s number as its quota, the unit as scope and 合计 as the whole', () => {
    const found = targets(table);
    expect(found.map((t) => [t.value, t.scope, t.unit, t.comparator])).toEqual([
      [12, '内科', '人', '>='],
      [8, '外科', '人', '>='],
      [5, '儿科病房', '人', '>='],
      [25, null, '人', '>='],
    ]);
    expect(found.map((t) => t.quote)).toEqual(['内科 12', '外 科 8', '儿科病房 5', '合计 25']);
  });

  it('names the quota by what the title says it is for', () => {
    expect(new Set(targets(table).map((t) => t.indicator))).toEqual(new Set(['职工体检名额人数']));
  });
});

describe('a weight or a volume aimed at', () => {
  it('reads grams a day after a bound (降至25克以下)', () => {
    const found = targets('到2030年,居民人均每日烹调油摄入量降至25克以下。');
    expect(found.map((t) => [t.value, t.unit, t.comparator, t.kind])).toEqual([
      [25, '克', '<=', 'amount'],
    ]);
  });

  it('reads millilitres in 万 (60万毫升)', () => {
    expect(targets('今年全区采血量计划为60万毫升。').map((t) => [t.value, t.unit])).toEqual([
      [600000, '毫升'],
    ]);
  });

  it('reads teeth by the ten thousand (2万颗)', () => {
    expect(targets('今年将为学龄儿童免费封闭2万颗恒牙。').map((t) => [t.value, t.unit])).toEqual([
      [20000, '颗'],
    ]);
  });
});

describe('a guaranteed time with its bound before the noun', () => {
  it('is a time standard (每天2小时以上户外活动时间)', () => {
    const found = targets('学校要保证学生每天2小时以上户外活动时间。');
    expect(found.map((t) => [t.value, t.unit, t.comparator])).toEqual([[2, '小时', '>=']]);
    expect(found[0]!.indicator).toBe('学生每天户外活动时间');
  });
});

describe('a count that quantifies the subject of a later figure', () => {
  it('says how many units the figure is for (组织12个…达标率达到95%)', () => {
    expect(targets('全县组织12个乡镇卫生院年内达标率达到95%。').map((t) => t.value)).toEqual([95]);
  });
});

describe('a ceiling verb touching a duration', () => {
  it('aims at it (缩至11分钟, 控制在30分钟)', () => {
    const found = targets('年内院前急救平均反应时间缩至11分钟,门诊患者平均候诊时间控制在30分钟。');
    expect(found.map((t) => [t.value, t.unit, t.comparator])).toEqual([
      [11, '分钟', '<='],
      [30, '分钟', '<='],
    ]);
  });
});

describe('regions of a story', () => {
  const gazetteer = buildGazetteer(SAMPLE_UNITS);
  const region = (text: string) => extractTargets(text, { gazetteer }).targets.map((t) => t.region);

  it('reads 本省份 (each province in turn) as no place of its own', () => {
    const story =
      '2019-05-28 来源:人民日报\n近日,教育部、国家卫生健康委与首批10个省级人民政府签署责任书。' +
      '责任书提出,省级人民政府在本省份2020年水平的基础上,力争孕产妇系统管理率每年提高1个百分点以上。';
    expect(region(story)).toEqual(['全国']);
  });

  it('takes the unit a city is written before (北京朝阳区), not the city', () => {
    const story = '快讯\n北京朝阳区今年新建急救站\n来源:网络\n今年该区将新建急救工作站8家。';
    expect(region(story)).toEqual(['朝阳区']);
  });

  it('reads past a trail of the site’s sections (当前位置: 健康中国 >) to the headline', () => {
    const story =
      '当前位置: 健康中国> 要闻\n\n武汉新建社区急救站\n\n发布时间: 2021-03-02\n\n今年全市将新建社区急救站15个。';
    expect(region(story)).toEqual(['武汉市']);
  });
});

describe('an aim told met, written as the plan’s aim', () => {
  it('still gives the aim’s figure (计划…新建N个…的目标提前完成)', () => {
    const story =
      '某区新建社区急救站\n某区第3个站日前启用,标志着全区计划在年内新建6个社区急救站的工作目标提前完成。';
    expect(targets(story).map((t) => [t.value, t.unit])).toEqual([[6, '个']]);
  });
});

describe('a comparison that picks out which units a rule is for', () => {
  it('is no reference target (龋患率高于全市平均水平的学校…)', () => {
    const found = targets('在校学生龋患率高于全市平均水平的学校,每年下降2个百分点以上。');
    expect(found.map((t) => t.value)).toEqual([2]);
  });
});

describe('figures told of what was done or what there is', () => {
  it('reads a share of a task done as progress, unless an aim word leads it', () => {
    const text = '全区上半年体检工作完成全年任务数的62.5%。确保完成全年任务的100%。';
    expect(targets(text).map((t) => t.value)).toEqual([100]);
  });

  it('reads counts in a clause of an event that took place (在这次义诊中) as done', () => {
    expect(targets('在这次义诊中,该院组织专家12名,深入5个乡镇巡诊。')).toEqual([]);
  });

  it('reads the sentences after a paragraph’s opening 目前 as the present, until one looks ahead', () => {
    const text =
      '目前,全县有村卫生室180个。乡村医生中执业助理医师占比达到35%,签约覆盖率约60%。到2025年,执业助理医师占比将提高到50%。';
    expect(targets(text).map((t) => t.value)).toEqual([50]);
  });
});

describe('names', () => {
  const names = (text: string) => targets(text).map((t) => t.indicator);

  it('lets a group a clause names replace the group opening the name it carries on', () => {
    expect(names('成年人超重率控制在30%以内,青少年不超过10%。')).toEqual([
      '成年人超重率',
      '超重率',
    ]);
  });

  it('names what units picked out by a comparison are measured on, not the units', () => {
    expect(names('高血压患病率高于全省平均水平的县,每年下降1个百分点以上。')).toEqual([
      '高血压患病率年下降幅度',
    ]);
  });

  it('counts teeth by the ten thousand that will receive a treatment (将获)', () => {
    const found = targets('全市5万颗恒牙将获免费窝沟封闭。');
    expect(found.map((t) => [t.indicator, t.kind, t.value])).toEqual([
      ['免费窝沟封闭恒牙数', 'count', 50000],
    ]);
  });
});
