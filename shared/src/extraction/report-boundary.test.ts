import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';
import { headings, isPastSpanClause, isReviewHeading, leadReviews } from './report-boundary';
import { summarySpan } from './summary-plan';
import { isReportKind } from './report-kind';

// The report/plan boundary read part by part: headings in any numbering or markup, paragraph
// leads of time gone by or to come, and the names of report kinds. Synthetic passages, each
// mixing figures a page reports with figures it aims at.

const values = (text: string) => extractTargets(text).targets.map((t) => t.value);

describe('a review part under a heading of any numbering', () => {
  it('reads Arabic-numbered headings (1. …情况 … 2. …重点工作)', () => {
    const text =
      '某镇2025年卫生工作计划\n' +
      '1. 2024年工作开展情况\n' +
      '全镇完成高血压患者随访3200人次,规范管理率为71.4%。\n' +
      '2. 2025年重点工作\n' +
      '高血压患者规范管理率达到75%。';
    expect(values(text)).toEqual([75]);
  });

  it('does not take a numbered item with a sentence inside for a heading', () => {
    const text =
      '某县2025年公共卫生工作方案\n' +
      '(3)对项目实施情况开展督导。(县卫健局负责)\n' +
      '(4)加强督导检查,及时通报项目进展情况\n' +
      '(5)全县儿童健康管理率达到90%。';
    expect(values(text)).toEqual([90]);
  });

  it('does not take an item that ends as no part’s name does (…纳入考核)', () => {
    expect(headings('(2)执行情况纳入年度考核\n', 100)).toEqual([]);
    expect(headings('(2)上年执行情况\n', 100).map((h) => h.kind)).toEqual([5]);
  });

  it('reads headings inside Markdown marks (## 一、…, **一、…**)', () => {
    const text =
      '某区妇幼保健院2025年工作安排\n' +
      '## 一、上一年度取得的成效\n' +
      '辖区产前筛查率为86%,新生儿听力筛查1.1万例。\n' +
      '## 二、本年度工作安排\n' +
      '**一、2024年主要成绩**\n' +
      '孕产妇死亡率为0。\n' +
      '**二、2025年任务**\n' +
      '产前筛查率达到88%以上。';
    expect(values(text)).toEqual([88]);
  });

  it('reads a heading that reports how aims were carried out (目标任务完成情况) as a review', () => {
    expect(isReviewHeading('上年度目标任务完成情况')).toBe(true);
    expect(isReviewHeading('目标任务完成情况及本年工作安排')).toBe(false);
    expect(isReviewHeading('工作总结与目标任务')).toBe(false);
    const text =
      '某市2025年疾控工作要点\n' +
      '一、2024年目标任务执行情况\n' +
      '全市肺结核患者成功治疗率为92%。\n' +
      '二、2025年主要目标\n' +
      '肺结核患者成功治疗率保持在90%以上。';
    expect(values(text)).toEqual([90]);
  });

  it('reads a heading of time gone by (一、近两年来的工作) as a review', () => {
    const text =
      '某县2025年医保工作计划\n' +
      '一、近两年来的工作\n' +
      '全县参保人数达到41万人。\n' +
      '二、今年的主要任务\n' +
      '城乡居民参保率稳定在95%以上。';
    expect(values(text)).toEqual([95]);
  });

  it('reads an unnumbered review heading up to the line that names what comes', () => {
    const text =
      '某社区卫生服务中心2025年工作计划\n' +
      '主要工作成效\n' +
      '辖区居民健康档案使用率为63%。\n' +
      '下一步工作打算\n' +
      '居民健康档案使用率达到65%。';
    expect(values(text)).toEqual([65]);
  });
});

describe('a review part opened by a paragraph’s lead', () => {
  it('runs from a paragraph of time gone by over the figures after it, to the turn ahead', () => {
    const text =
      '某县2025年政府工作报告\n' +
      '过去五年,我们始终把群众健康放在心上。\n' +
      '县人民医院创成三级医院,每千人口执业医师数增加到2.9人,新建村级卫生室46所。\n' +
      '今后五年,每千人口执业医师数达到3.3人。';
    expect(values(text)).toEqual([3.3]);
  });

  it('stops at a paragraph that opens with the plan’s year, though it has no aim word', () => {
    const text =
      '某县2025年政府工作报告\n' +
      '一年来,全县民生支出持续加大。\n' +
      '新建幼儿园3所,改造乡镇卫生院5所。\n' +
      '2025年,全县改造乡镇卫生院4所。';
    expect(values(text)).toEqual([4]);
  });

  it('stops at a heading', () => {
    const text =
      '2025年工作安排\n这一年,全县新建卫生室10所。\n新增床位200张。\n(二)医疗服务\n新增床位300张。';
    const spans = leadReviews(text, text.length, 2025);
    expect(spans).toHaveLength(1);
    expect(text.slice(...spans[0]!)).not.toContain('300');
  });

  it('reads a lead of an event since (…启动以来,) as time gone by', () => {
    expect(isPastSpanClause('医联体建设启动以来')).toBe(true);
    expect(isPastSpanClause('“十三五”期间')).toBe(true);
    expect(isPastSpanClause('今年')).toBe(false);
    const text =
      '某市卫生健康事业发展综述\n' +
      '分级诊疗制度推行以来,全市基层诊疗人次占比达到61%,双向转诊人数增加1.8万人。';
    expect(values(text)).toEqual([]);
  });

  it('reads a sentence opening with a span gone by inside a paragraph of news', () => {
    const text =
      '某区召开卫生健康工作会\n' +
      '会上总结了上年工作。两年来,全区家庭医生签约率达到66%。\n' +
      '会议要求,2025年全区家庭医生签约率达到70%。';
    expect(values(text)).toEqual([70]);
  });

  it('reads 回顾2024年, opening a paragraph as time gone by', () => {
    const text =
      '某中心医院2024年度工作报告\n' +
      '回顾2024年,医院手术量为1.6万台,床位使用率为88%。\n' +
      '2025年,医院床位使用率力争保持在90%以内。';
    expect(values(text)).toEqual([90]);
  });

  it('reads a counted span run straight into its clause (两年来全区…) as the past', () => {
    expect(isPastSpanClause('两年来全区累计建成')).toBe(true);
    expect(isPastSpanClause('年来')).toBe(false);
    const text =
      '某区介绍健康促进工作\n' +
      '据介绍,两年来全区累计建成健康单位85个,居民健康素养水平由21%提升至27%。' +
      '下一步,到2026年,全区居民健康素养水平达到30%。';
    expect(values(text)).toEqual([30]);
  });

  it('keeps a paragraph of time gone by that turns ahead itself', () => {
    const text = '某县2025年工作要点\n五年来,全县新建卫生院3所。今年,全县将新建卫生院2所。';
    expect(values(text)).toEqual([2]);
  });

  it('counts 今年以来 as time gone by: it does not turn the paragraph ahead', () => {
    const text =
      '某区卫健局长:今年以来,我们稳步推进\n' +
      '今年以来,全区新增托位420个,完成老年人健康体检2.6万人,体检率达到71%。';
    expect(values(text)).toEqual([]);
    const page =
      '某区卫生健康工作稳步推进\n今年以来,全区卫生工作平稳。\n新增托位420个,家庭医生签约率达到66%。';
    expect(values(page)).toEqual([]);
  });

  it('reads a paragraph that opens with a year before the plan’s, but no further', () => {
    const text =
      '某县2025年卫生健康工作要点\n' +
      '2024年,全县妇幼健康工作稳步推进。孕产妇系统管理率为93%,住院分娩率为99.8%。\n' +
      '孕产妇系统管理率达到95%。';
    expect(values(text)).toEqual([95]);
  });

  it('leaves a five-year plan’s milestone year alone', () => {
    const text =
      '某市“十四五”卫生健康规划\n' +
      '2023年,全市每千人口护士数达到3.6人。\n' +
      '到2025年,每千人口护士数达到3.8人。';
    expect(values(text)).toEqual([3.6, 3.8]);
  });
});

describe('a summary-and-plan page whose plan half opens without a heading', () => {
  it('turns to the plan at a paragraph of the coming time (下半年,…)', () => {
    const text =
      '某县2025年上半年卫生工作总结和下半年工作打算\n' +
      '上半年,全县完成两癌筛查4100人,筛查率为41%。\n' +
      '下半年,全县再完成两癌筛查4000人。';
    expect(summarySpan(text, text.length)![1]).toBe(text.indexOf('下半年,全县'));
    expect(values(text)).toEqual([4000]);
  });

  it('does not take 今年 for the coming time on such a page: this year is the one summed up', () => {
    const text =
      '某院2024年工作总结和2025年工作计划\n今年,我院门诊量为12万人次。\n2025年,门诊量达到13万人次。';
    expect(values(text)).toEqual([130000]);
  });
});

describe('pages that name themselves reports of how work went', () => {
  it('reads …情况的报告, …完成情况的通报 and …报告如下 as reports', () => {
    const report = '关于全县家庭医生签约服务推进情况的报告\n全县签约率为68%,重点人群签约率为80%。';
    const notice = '关于2024年度卫生重点指标完成情况的通报\n全市婴儿死亡率为2.4‰。';
    const asked = '县卫健局:\n按照要求,现将我院有关工作报告如下。全院床位使用率为91%。';
    expect([report, notice, asked].map((t) => isReportKind(t, t.length))).toEqual([
      true,
      true,
      true,
    ]);
    expect(values(report)).toEqual([]);
  });

  it('reads a plan’s evaluation, a self-check and an account of office as reports', () => {
    const evaluation =
      '某县卫生健康发展规划(2021-2025年)中期评估报告\n每千人口床位数达到5.9张,已接近规划目标。';
    const selfCheck = '某镇2024年家庭医生签约服务自查报告\n签约率达到65%。';
    expect(values(evaluation)).toEqual([]);
    expect(values(selfCheck)).toEqual([]);
  });

  it('still keeps the aims such a report states (到2025年,…)', () => {
    const text =
      '某县卫生健康发展规划中期评估报告\n每千人口床位数为5.9张。到2025年,每千人口床位数达到6.5张。';
    expect(values(text)).toEqual([6.5]);
  });

  it('does not take a government’s 工作报告 for a report of that kind', () => {
    const text = '某县2025年政府工作报告\n今年,全县新建村卫生室12所。';
    expect(isReportKind(text, text.length)).toBe(false);
    expect(values(text)).toEqual([12]);
  });
});
