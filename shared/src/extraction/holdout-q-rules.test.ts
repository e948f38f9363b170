import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../regions/gazetteer';
import { SAMPLE_UNITS } from '../regions/gazetteer.fixture';
import { extractTargets } from './extract-targets';
import { isReportKind } from './report-kind';

// Rules written from the failure classes of hold-out set Q, each tested in wording of its own.

const targets = (text: string) => extractTargets(text).targets;
const values = (text: string) => targets(text).map((t) => t.value);

describe('a report to those above, named by its own words', () => {
  const report = (s: string) => isReportKind(s, s.length);

  it('knows 情况汇报, 汇报如下 and 作…汇报 in the opening', () => {
    expect(report('某县卫生局贯彻《全民健康素养促进规划》情况汇报\n今年以来')).toBe(true);
    expect(report('按照会议要求,现将我局半年来的工作汇报如下:')).toBe(true);
    expect(report('下面,我代表县卫生局就今年前三季度工作作简要汇报。')).toBe(true);
  });

  it('leaves a plan page alone, even one that says it reports', () => {
    expect(report('2014年工作总结和2015年工作计划\n现将有关情况汇报如下')).toBe(false);
    expect(report('某区2013年卫生工作要点\n一、主要目标')).toBe(false);
  });

  it('drops the levels such a report gives', () => {
    const text =
      '我就本县今年上半年的卫生工作作简要汇报。全县参合农民达到31万人,参合率97.2%,' +
      '住院补偿比达到55%。';
    expect(values(text)).toEqual([]);
  });
});

describe('figures after a clause that tells the tasks done', () => {
  it('drops the levels that follow 完成了…任务 or 实现了…目标 in one sentence', () => {
    expect(
      values(
        '今年全区卫生系统团结协作,超额完成了市里下达的各项任务,全区孕产妇死亡率降到8.5/10万,' +
          '住院分娩率达到99.3%。',
      ),
    ).toEqual([]);
    expect(
      values('全县实现了接种门诊规范化建设的目标,乙肝疫苗首针及时接种率均达到96%以上。'),
    ).toEqual([]);
  });

  it('keeps an aim that a later clause turns to', () => {
    expect(values('在完成了去年各项任务的基础上,力争今年全区住院分娩率达到99%以上。')).toEqual([
      99,
    ]);
  });
});

describe('a numbered list run together on one line', () => {
  const names = (text: string) => targets(text).map((t) => t.indicator);

  it('ends an item at the space before the next number, so no name runs into the next item', () => {
    const text =
      '二、服务指标 1、老年人健康管理率达70% 2、家庭病床建床率达 5% 3、结核病防治宣传开展到村,' +
      '知晓率达 85% 4、职工两病检查率 60%,随访率 95%';
    expect(names(text)).toEqual([
      '老年人健康管理率',
      '家庭病床建床率',
      '知晓率',
      '职工两病检查率',
      '职工两病随访率',
    ]);
  });

  it('leaves a list of values with 、 inside a sentence alone', () => {
    expect(values('孕产妇死亡率和婴儿死亡率分别控制在 12/10万、6‰以内')).toEqual([12, 6]);
  });
});

describe('a level of facility after a rate’s name', () => {
  it('is the scope of the rate, and alone in the next clause it narrows the same rate', () => {
    const found = targets('剖宫产率二级以上医院控制在 30%以内,乡镇卫生院控制在20%以内。');
    expect(found.map((t) => [t.indicator, t.scope, t.value])).toEqual([
      ['剖宫产率', '二级以上医院', 30],
      ['剖宫产率', '乡镇卫生院', 20],
    ]);
  });
});

describe('counts of people to find and register', () => {
  const counts = (text: string) =>
    targets(text)
      .filter((t) => t.kind === 'count')
      .map((t) => [t.indicator, t.value]);

  it('reads `N余名` and `N多人` as the number with its counting word', () => {
    const found = targets('今年计划培训乡村医生300余名。');
    expect(found.map((t) => [t.value, t.unit, t.kind])).toEqual([[300, '名', 'count']]);
    expect(counts('全年免费筛查妇女1500多人。').map((c) => c[1])).toEqual([1500]);
  });

  it('counts what is to be registered, but not those already on the register', () => {
    expect(counts('4、发现并登记慢阻肺患者120名').map((c) => c[1])).toEqual([120]);
    expect(counts('全镇登记在册重性精神病患者86名。')).toEqual([]);
  });

  it('names the count from the last of two verbs, across a bound between them', () => {
    expect(counts('2、发现并至少登记脑卒中高危人群45名')).toEqual([['登记脑卒中高危人群数', 45]]);
    expect(counts('5、排查并登记肺结核可疑者60名')).toEqual([['登记肺结核可疑者数', 60]]);
  });
});

describe('the size of a collection of texts', () => {
  it('is no count to reach, while papers to publish still are', () => {
    expect(values('本站为您整理了卫生院年度工作计划6篇,供参考。')).toEqual([]);
    expect(values('全年在省级以上期刊发表论文不少于3篇。')).toEqual([3]);
  });
});

describe('an indicator named by the heading line above its value', () => {
  const found = (text: string) => targets(text).map((t) => [t.indicator, t.comparator, t.value]);

  it('takes the name from a heading that is only a name, across blank lines', () => {
    expect(found('一、主要指标\n\n(二)新生儿死亡率\n\n控制在6‰以下\n')).toEqual([
      ['新生儿死亡率', '<=', 6],
    ]);
  });

  it('takes no name from a heading that says more than a name', () => {
    const names = targets('(三)加强妇幼保健机构建设,提高服务能力\n控制在6‰以下\n').map(
      (t) => t.indicator,
    );
    expect(names).toEqual(['']);
  });
});

describe('a name that opens with 其', () => {
  it('drops 其 (its), but keeps 其他 and 其余', () => {
    const names = (text: string) => targets(text).map((t) => t.indicator);
    expect(names('对登记的糖尿病患者进行随访,其空腹血糖控制率达50%。')).toEqual(['空腹血糖控制率']);
    expect(names('其他传染病报告及时率达到95%以上。')).toEqual(['其他传染病报告及时率']);
  });
});

describe('a page that names one place and no other', () => {
  const gazetteer = buildGazetteer(SAMPLE_UNITS);
  const region = (text: string) => extractTargets(text, { gazetteer }).document.region;

  it('is that place’s, when it names it in its own words besides its plans’ titles', () => {
    const text =
      '卫生工作计划范文\n今年是实施《重庆市健康行动方案》和《重庆市妇幼保健规划》的关键一年。' +
      '重庆市妇幼工作要以保障母婴安全为重点。\n孕产妇死亡率控制在12/10万以下。';
    expect(region(text)).toBe('重庆市');
  });

  it('is not, when the place stands only in the titles it cites', () => {
    const text =
      '卫生工作计划范文\n今年是实施《重庆市健康行动方案》和《重庆市妇幼保健规划》的关键一年,' +
      '也是《重庆市卫生健康事业发展规划》的收官之年。\n孕产妇死亡率控制在12/10万以下。';
    expect(region(text)).not.toBe('重庆市');
  });
});
