import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out sets CT (specific-disease projects: screening
// and check quotas, planned workloads, shares of counties) and CS (occupational health, emergency
// rescue), each tested in wording of its own.

const values = (text: string) => extractTargets(text).targets.map((t) => t.value);
const read = (text: string) =>
  extractTargets(text).targets.map((t) => ({
    value: t.value,
    indicator: t.indicator,
    scope: t.scope,
    year: t.year,
    comparator: t.comparator,
    direction: t.direction,
  }));

describe('a progress meeting’s news that closes with its yearly aims (report-kind.ts)', () => {
  const lead = '5月8日,记者从全县老年人健康体检工作进展通报会上获悉,全县已有3200名老人完成体检。';
  it('keeps the aims told from now on (今后每年, 今后三年)', () => {
    expect(
      values(`${lead}全县今后每年为65岁以上老人免费体检,使老年人健康管理率达到70%以上。`),
    ).toEqual([70]);
    expect(values(`${lead}今后三年,全县高血压患者规范管理率达到65%。`)).toEqual([65]);
  });
  it('still reads the meeting’s own figures as reached', () => {
    expect(values(`${lead}体检覆盖率达62%。`)).toEqual([]);
  });
});

describe('a sum of work the page says it intends to do (拟)', () => {
  it('keeps 拟共完成 as a quota, not a tally of work done', () => {
    expect(values('市卫生局印发方案,全市拟共完成8000名孕妇的免费产前筛查。')).toEqual([8000]);
  });
  it('still reads a 共完成 without 拟 as work done', () => {
    expect(values('市卫生局印发方案,全市共完成8000名孕妇的免费产前筛查。')).toEqual([]);
  });
  it('leaves 拟定 (a plan drafted) no word of intent', () => {
    expect(values('该县拟定了方案,全县共完成8000名孕妇的免费产前筛查。')).toEqual([]);
  });
});

describe('a count that sizes a plan or a quota (figure-gates.ts)', () => {
  it('keeps 三千人的…计划, and 800例的…任务 with a verb of no making', () => {
    expect(values('全区今年将启动三千人的肺癌低剂量螺旋CT筛查计划。')).toEqual([3000]);
    expect(values('县医院今年将承接800例的白内障复明手术任务。')).toEqual([800]);
  });
  it('still reads a count that only describes', () => {
    expect(values('全区将启动三千人的肺癌低剂量螺旋CT筛查。')).toEqual([]);
    expect(values('县医院今年将承接800例白内障复明手术。')).toEqual([]);
  });
});

describe('a rate’s bound that says which places a share counts (criteria.ts)', () => {
  it('reads the share, not the bound after its places', () => {
    expect(values('到2025年,全市95%以上的乡镇碘缺乏病患病率低于5%。')).toEqual([95]);
    expect(values('到2030年,90%的县(区)学生近视率不高于50%。')).toEqual([90]);
    expect(values('到2030年,全省90%的县(区)碘缺乏病患病率要控制在5%以下。')).toEqual([90]);
  });
  it('reads a bound held (控制在) before the places a share counts as picking them', () => {
    expect(values('到2030年,全省碘缺乏病患病率控制在5%以下的县(区)比例达到95%。')).toEqual([95]);
  });
  it('keeps a bound whose clause has no share before it', () => {
    expect(values('到2025年,全市乡镇碘缺乏病患病率低于5%。')).toEqual([5]);
  });
});

describe('what a thing usually costs or comes to (told-facts.ts)', () => {
  it('reads no aim from 一般在…左右 or 通常为…上下', () => {
    expect(values('据介绍,做一次胃镜检查的费用一般在每人400元左右。')).toEqual([]);
    expect(values('该病的住院天数通常为12天上下。')).toEqual([]);
  });
  it('keeps a level a plan holds about a figure', () => {
    expect(values('今年全县人口自然增长率控制在6‰左右。')).toEqual([6]);
  });
});

describe('a span of years gone by written with 年间 or after what has run (report-boundary.ts)', () => {
  it('reads the figures after 三年间 and 工程实施4年间 as reached', () => {
    expect(values('三年间全市完成孕前优生健康检查5万余人。')).toEqual([]);
    expect(
      values('在各方支持下,助听工程实施4年间惠及了全省12个市,为3000名听障儿童验配助听器。'),
    ).toEqual([]);
  });
  it('keeps a span the clause then aims from (实施3年间将…)', () => {
    expect(values('助听工程实施3年间将为3000名听障儿童验配助听器。')).toEqual([3000]);
  });
});

describe('a five-year plan’s span still running when the page is written (context-rules.ts)', () => {
  const page = (span: string) =>
    `国家中医药管理局近日印发《中医药人才发展规划》。\n2022-06-10 来源:中国中医药报\n规划提出,${span},在全国建设30个左右国家中医药传承创新中心。`;
  it('keeps an aim set for the period under way', () => {
    expect(values(page('“十四五”期间'))).toEqual([30]);
  });
  it('still reads a period that has ended as time gone by', () => {
    expect(values(page('“十三五”期间'))).toEqual([]);
  });
});

describe('a census or survey named as the source of a figure (context-rules.ts)', () => {
  it('reads the figures after 根据…普查数据 and 据…监测结果显示 as statistics', () => {
    expect(
      values('专家介绍,根据第三次全国残疾人抽样调查数据,听力残疾人占残疾人总数的24.2%。'),
    ).toEqual([]);
    expect(values('据本省慢性病监测结果显示,全省成人高血压患病率为27.5%。')).toEqual([]);
  });
  it('keeps an aim the sentence sets after the source', () => {
    expect(
      values('根据第七次全国人口普查数据,到2025年全市每千名老年人养老床位数达到40张。'),
    ).toEqual([40]);
  });
});

describe('news dated after the year its body looks back to (plan-years.ts)', () => {
  it('dates 今年 by the page’s date, not by the past year the body names', () => {
    const page =
      '“十三五”期间全市健康促进医院数量翻番\n\n2021年04月28日08:09  来源:某某日报网\n\n  据统计,2016年至2020年,全市健康促进医院从12家增加到40家。截至2020年底,全市已建成健康促进医院40家。今年,全市将新建健康促进医院15家。';
    expect(read(page).map((t) => [t.value, t.year])).toEqual([[15, 2021]]);
  });
});

describe('a yearly aim from now on (relative-years.ts)', () => {
  it('is for no one year', () => {
    const page = '区卫健局今后每年为全区65岁以上老人免费体检,使老年人健康管理率达到70%以上。';
    expect(extractTargets(page, { defaultYear: 2019 }).targets.map((t) => t.year)).toEqual([null]);
  });
  it('keeps a year written after it', () => {
    const page = '今后每年新增托位500个,到2025年每千人口托位数达到4.5个。';
    expect(extractTargets(page, { defaultYear: 2021 }).targets.map((t) => t.year)).toContain(2025);
  });
});

describe('each place of a level opening a name (name-refinements.ts)', () => {
  it('is the scope, the rest the name', () => {
    expect(
      read('到2025年,每个乡镇新建成健康村不少于3个,每个街道新增托育机构不少于2家。'),
    ).toMatchObject([
      { value: 3, indicator: '新建成健康村数', scope: '每个乡镇' },
      { value: 2, indicator: '新增托育机构数', scope: '每个街道' },
    ]);
  });
  it('leaves a body of that level and a density per village in the name', () => {
    expect(read('到2025年,每个乡镇卫生院至少配备2名全科医生。')[0]!.scope).toBeNull();
    expect(read('到2020年,每村无主犬数少于3只。')[0]!.scope).toBeNull();
  });
});

describe('which way a rate of dealing with what is bad points (direction.ts)', () => {
  it('points up for 查处率 and 办结率, whatever they deal with', () => {
    expect(
      read('今年全区食品安全投诉举报办结率达到98%,违法案件查处率达到100%。').map((t) => [
        t.comparator,
        t.direction,
      ]),
    ).toEqual([
      ['>=', 'up'],
      ['>=', 'up'],
    ]);
  });
  it('still points down for what is left undone', () => {
    expect(read('今年全区传染病漏报率控制在1%。')[0]!.direction).toBe('down');
  });
  it('points up for a share of places under a ceiling', () => {
    expect(read('到2030年,全省90%的县(区)碘缺乏病患病率要控制在5%以下。')[0]!.direction).toBe('up');
  });
});

describe('a count whose work falls in the places a count before it numbers (count-naming.ts)', () => {
  it('takes those places as its scope', () => {
    expect(read('今年计划完成8个村老年人免费体检3000人次。')[1]).toMatchObject({
      value: 3000,
      indicator: '老年人免费体检人次',
      scope: '8个村',
    });
  });
  it('leaves a body of those places in the name', () => {
    expect(read('今年为20所乡镇卫生院购置医疗设备300台。').at(-1)!.scope).toBeNull();
  });
});

describe('a quota of people told as a plan (quota-names.ts)', () => {
  it('names the deed, not the plan', () => {
    expect(read('今年将启动两万人的大肠癌筛查计划。')[0]!.indicator).toBe('大肠癌筛查人数');
  });
});

describe('a share named by where it comes from or goes to (name-refinements.ts)', () => {
  it('takes the words after the figure', () => {
    expect(read('确保三级医院门诊量30%以上来自预约挂号。')[0]!.indicator).toBe(
      '三级医院门诊量来自预约挂号比例',
    );
  });
  it('leaves a rate named before its figure alone', () => {
    expect(read('确保预约挂号率30%以上由线上完成。')[0]!.indicator).toBe('预约挂号率');
  });
});

describe('the units a programme acts on, and a verb that names a rate (indicator.ts)', () => {
  it('reads 被抽检单位 as the scope', () => {
    expect(read('到2025年,被抽检单位的消毒产品合格率达到95%。')[0]).toMatchObject({
      indicator: '消毒产品合格率',
      scope: '被抽检单位',
    });
  });
  it('drops the 的 before a rate named by its verb', () => {
    expect(read('到2025年,职业健康检查的开展率和职业健康的培训率达到90%。')[0]!.indicator).toBe(
      '职业健康检查开展率和职业健康培训率',
    );
  });
});

describe('约 inside a word (comparators.ts)', () => {
  it('is no bound of about: 预约, 签约 stay in the name', () => {
    expect(read('今年重点人群签约率65%以上,门诊预约诊疗率50%以上。')).toMatchObject([
      { indicator: '重点人群签约率', comparator: '>=' },
      { indicator: '门诊预约诊疗率', comparator: '>=' },
    ]);
  });
  it('still reads 约 before a figure as about', () => {
    expect(read('今年全区常住人口控制在约65万人。')[0]!.comparator).toBe('~');
  });
});
