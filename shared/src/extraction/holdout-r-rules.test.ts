import { describe, expect, it } from 'vitest';
import { isReportKind } from './report-kind';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set R (provincial and national plans, news
// of national aims, pages that report), each tested in wording of its own.

const targets = (text: string) => extractTargets(text).targets;
const values = (text: string) => targets(text).map((t) => t.value);

describe('counts of the mental-health field', () => {
  it('counts 精神卫生 bodies to build, while 精神 alone is still a spirit', () => {
    expect(values('2015年卫生工作安排。新建12所精神卫生专科机构。')).toEqual([12]);
    expect(values('2015年卫生工作安排。贯彻3个精神会议。')).toEqual([]);
  });

  it('reads about so many before a kind of place as a count, not as a threshold', () => {
    expect(values('2015年卫生工作安排。改造60所左右乡镇卫生院。')).toEqual([60]);
    expect(values('2015年卫生工作安排。对服务人口5万人以上的乡镇加强监管。')).toEqual([]);
  });
});

describe('bounds and quantities', () => {
  it('reads a bare 超 touching the number as more than', () => {
    const [t] = targets('2016年医改要点。门诊费用报销比例将超55%。');
    expect(t?.comparator).toBe('>');
    expect(t?.indicator).toBe('门诊费用报销比例');
  });

  it('reads 为 after a list marker as done for people, not as an exact quantity', () => {
    const [t] = targets('2016年工作安排。\n(2)为12万名农村老人免费开展健康体检。');
    expect(t?.value).toBe(120000);
    expect(t?.comparator).toBe('>=');
  });

  it('keeps kinds and items of a service package out of the counts', () => {
    expect(values('2016年工作要点。完成12类46项基本公共卫生服务任务。新增服务项目3项。')).toEqual([
      3,
    ]);
  });

  it('leaves a number a body may choose out of the targets', () => {
    expect(values('2016年工作要点。各县可自行确定2至3个乡镇开展试点;新建村卫生室30个。')).toEqual([
      30,
    ]);
  });

  it('gives the second of two counts joined by 及 its own number and object', () => {
    const ts = targets('2016年工作要点。建成6个县级影像中心及4个市级病理中心。');
    expect(ts.map((t) => [t.value, t.quote, t.indicator])).toEqual([
      [6, '建成6个', '县级影像中心数'],
      [4, '4个', '市级病理中心数'],
    ]);
  });
});

describe('a national task list', () => {
  it('is the country’s when each task names the ministry in charge', () => {
    const text = '二、重点任务\n1.农村居民健康档案建档率达到35%。(卫生部、财政部负责)\n';
    expect(targets(text).map((t) => t.region)).toEqual(['全国']);
  });

  it('is a province’s when the body in charge carries its level', () => {
    const text = '二、重点任务\n1.农村居民健康档案建档率达到35%。(省卫生厅、省财政厅负责)\n';
    expect(targets(text).map((t) => t.region)).not.toEqual(['全国']);
  });
});

describe('years', () => {
  it('dates a carried-over task by the plan, not by the year it was set', () => {
    const ts = targets(
      '2012年卫生工作安排。完成2011年30万户农村改厕任务。到2014年新建卫生室500个。',
    );
    expect(ts.map((t) => [t.value, t.year])).toEqual([
      [300000, 2012],
      [500, 2014],
    ]);
  });

  it('takes the year of a plan whose issue a story relays', () => {
    const text =
      '政府将提高居民医保报销水平\n日前,卫生部发布《关于医改2012年度重点工作的通知》。通知提出,居民医保门诊报销比例达50%以上。';
    expect(targets(text).map((t) => t.year)).toEqual([2012]);
  });
});

describe('figures a page reports', () => {
  it('reads a page under a headline of last year as a report', () => {
    expect(isReportKind('去年全省婴儿死亡率降至4.1‰\n记者从会上获悉', 30)).toBe(true);
    expect(isReportKind('2023年全省卫生健康工作要点\n一、主要目标', 30)).toBe(false);
  });

  it('drops its figures, those held with 控制在 too, and its comparisons by reference', () => {
    const text =
      '去年全省人均预期寿命提高到79.5岁\n' +
      '记者从全省卫生健康工作会上获悉,2023年全省人均预期寿命提高到79.5岁,孕产妇死亡率控制在9.2/10万,' +
      '病媒生物密度控制水平达到国家标准。全年实施30项惠民工程。';
    expect(targets(text)).toEqual([]);
  });

  it('keeps an aim told with 将 on such a page', () => {
    const text =
      '去年全省人均预期寿命提高到79.5岁\n记者从会上获悉,今年全省孕产妇死亡率将控制在9/10万以内。';
    expect(values(text)).toEqual([9]);
  });

  it('drops a comparison by reference after a clause of a past year’s data', () => {
    const text = '2018年妇幼工作要点。从2016年数据来看,全省新生儿死亡率低于全国平均水平。';
    expect(targets(text)).toEqual([]);
  });

  it('drops a figure dated in brackets to an earlier year', () => {
    const text =
      '2018年全市卫生工作要点。全市人均期望寿命达到80.2岁(2016年末),新建社区卫生服务站8个。';
    expect(values(text)).toEqual([8]);
  });

  it('drops the figures of a family-planning year before the plan’s', () => {
    const text = '2018年全市卫生计生工作要点。2016计生年度,全市人口自然增长率6.2‰。';
    expect(targets(text)).toEqual([]);
  });

  it('drops volumes whose growth is told over a year two before the plan’s', () => {
    const text =
      '2018年全市卫生计生工作要点。全市医疗机构完成住院服务80.5万人次,较2016年增长3.2%。' +
      '到2018年底,全市床位数达到3.2万张,比2016年增长12%。';
    // The aim's own growth over the same year is a change target (比2016年增长12%).
    expect(values(text)).toEqual([32000, 12]);
  });
});

describe('names', () => {
  it('trims 再次提高 before a name and 也 after it', () => {
    const ts = targets(
      '2014年工作要点。再次提高门诊统筹筹资标准,达到400元左右。人均基本药物补助标准也将提高到12元。',
    );
    expect(ts.map((t) => t.indicator)).toEqual(['门诊统筹筹资标准', '人均基本药物补助标准']);
  });
});
