import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Reported figures on first contact (issue 14, precision2): rules that tell a figure a page
// reports from one it aims at by the grammar of its sentence and its surroundings, each tested
// in wording of its own, with the aims in similar wording that must be kept.

const targets = (text: string) => extractTargets(text).targets;
const values = (text: string) => targets(text).map((t) => t.value);

describe('a page that opens with a span of time gone by (one set of span words)', () => {
  it('reads a report opening 过去五年, as told, as it reads 这一年,', () => {
    const text =
      '某县人民政府工作报告\n\n过去五年,我们坚持一张蓝图绘到底,要素保障持续加强。' +
      '全县新建村卫生室60所,培训乡村医生1500人次,新增床位420张。\n';
    expect(targets(text)).toEqual([]);
  });

  it('keeps the aims of a page whose opening goes on to the year to come', () => {
    const text =
      '某县卫生健康局工作报告\n\n过去五年,我们坚持一张蓝图绘到底,要素保障持续加强。' +
      '今年,全县新建村卫生室15所。\n';
    expect(values(text)).toEqual([15]);
  });
});

describe('将 that moves its object into a use, and 将近, look nowhere ahead', () => {
  it('reads 将…的N%用于… in a report of the year gone by as what was done', () => {
    const text =
      '某县人民政府工作报告\n\n这一年,我们全力保基本、兜底线,将新增财力的76%用于教育、医疗和养老。' +
      '全县新建村卫生室20所。\n';
    expect(targets(text)).toEqual([]);
  });

  it('reads 将近 (nearly) after a lead of past time as no look ahead', () => {
    const text =
      '某县2024年卫生健康工作要点\n\n近年来,全县家庭医生签约服务扩面提质,签约居民将近12万人,' +
      '重点人群签约率达到78%。\n';
    expect(targets(text)).toEqual([]);
  });

  it('keeps 将 as the future on a report page (将于明年新建…)', () => {
    const text =
      '某县人民政府工作报告\n\n这一年,我们全力保基本、兜底线,民生投入持续加大。' +
      '全县将于明年新建村卫生室20所。\n';
    expect(values(text)).toEqual([20]);
  });

  it('keeps the same 将…用于 as an aim in the plan part after the review', () => {
    const text =
      '某县2024年卫生健康工作要点\n\n过去一年,全县基层服务能力持续提升。\n' +
      '今年,将新增财力的70%以上用于民生支出。\n';
    expect(values(text)).toEqual([70]);
  });
});

describe('a value stated with 为 where nothing around it aims', () => {
  const plan = '某区2025年妇幼健康工作计划\n\n';

  it('reads …率为N% in a plan page’s account of where things stand as measured', () => {
    const text =
      plan +
      '全区产后访视率为93.4%,新生儿听力筛查率为96.1%,两项均居全市前列。' +
      '全年产后访视率要达到95%以上。\n';
    expect(values(text)).toEqual([95]);
  });

  it('reads each value of a 分别为 list as measured', () => {
    const text = plan + '全区低出生体重儿发生率和早产儿发生率分别为3.2%、5.6%。新建母婴室12个。\n';
    expect(values(text)).toEqual([12]);
  });

  it('keeps 为N%以上 and 为N岁左右: a bound makes the value an aim', () => {
    const text = plan + '全区产前筛查率为90%以上,人均预期寿命为80岁左右。\n';
    expect(values(text)).toEqual([90, 80]);
  });

  it('keeps 到2025年…为85%: a milestone governs the sentence', () => {
    const text = plan + '到2026年,全区孕产妇健康管理率为85%。\n';
    expect(values(text)).toEqual([85]);
  });

  it('keeps a value under a lead or a heading that names aims', () => {
    const lead = plan + '主要指标:全区孕产妇系统管理率为92%,儿童系统管理率为91%。\n';
    expect(values(lead)).toEqual([92, 91]);
    const heading =
      plan + '一、工作目标\n\n1.全区孕产妇系统管理率为92%。\n2.儿童系统管理率为91%。\n';
    expect(values(heading)).toEqual([92, 91]);
  });

  it('keeps a value stated with 为 in a sentence that aims (要, 确保, 不低于)', () => {
    const text = plan + '要确保全区住院分娩率为99%,剖宫产率不高于40%。\n';
    expect(values(text)).toEqual([99, 40]);
  });

  it('reads 为 before a count that goes on to a noun as "for": the count is kept', () => {
    const text = plan + '免费为3000名适龄妇女提供宫颈癌筛查。\n';
    expect(values(text)).toEqual([3000]);
  });
});

describe('a change told done with 了 after its complement', () => {
  it('reads 提高到了 and 下降到了 as where things came to', () => {
    const text =
      '某县2025年卫生健康工作要点\n\n全县高血压患者规范管理率提高到了68%,' +
      '因病致贫返贫户数下降到了120户。2025年高血压患者规范管理率提高到70%。\n';
    expect(values(text)).toEqual([70]);
  });
});

describe('a page that looks ahead nowhere and names no plan', () => {
  it('reads the bare figures of a record (name, then value) as values recorded', () => {
    const text =
      '职业卫生\n\n重点行业职业健康检查率96%以上,尘肺病患者随访率90%,' +
      '职业病诊断机构县级覆盖率100%。\n';
    expect(targets(text)).toEqual([]);
  });

  it('keeps a figure a verb sets on such a page (补助标准提高…元)', () => {
    const text =
      '政府工作报告摘要\n\n稳步推进医疗保障。城乡居民医保人均财政补助标准提高40元。' +
      '加强基层医疗卫生服务。\n';
    expect(values(text)).toEqual([40]);
  });

  it('keeps the same bare figures on a page that names aims', () => {
    const text =
      '职业卫生工作目标\n\n重点行业职业健康检查率96%以上,尘肺病患者随访率90%,' +
      '职业病诊断机构县级覆盖率100%。\n';
    expect(values(text)).toEqual([96, 90, 100]);
  });
});
