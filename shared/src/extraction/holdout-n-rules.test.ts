import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';
import { progressLead } from './progress-leads';
import { pastClauseLead } from './reported';
import { isReportKind, sentenceAims } from './report-kind';
import { reviewSpans } from './review';
import { summaryPlanYear, summarySpan } from './summary-plan';
import { openingTown, titleTown } from './towns';
import { buildGazetteer } from '../regions/gazetteer';
import { SAMPLE_UNITS } from '../regions/gazetteer.fixture';

// Rules written from the failure classes of hold-out set N, each tested in wording of its own.

const values = (text: string) => extractTargets(text).targets.map((t) => t.value);

describe('a page that puts a year’s summary and the next year’s plan under one title', () => {
  it('is for the plan’s year', () => {
    expect(summaryPlanYear('某县疾控中心2021年工作总结及2022年工作打算\n一、2021年工作情况')).toBe(
      2022,
    );
    expect(summaryPlanYear('社区卫生服务中心2019年度工作总结暨2020年度工作计划')).toBe(2020);
    expect(summaryPlanYear('某县2022年卫生工作要点')).toBeNull();
    // 明年 names no year: the page's own count decides.
    expect(summaryPlanYear('2020年工作总结和明年工作思路')).toBeNull();
  });

  it('tells the summary up to the plan’s heading', () => {
    const text =
      '某镇卫生院2021年工作总结和2022年工作计划\n一年来,新建村卫生室3所。\n' +
      '二、2022年工作计划\n新建村卫生室5所。';
    const span = summarySpan(text, text.length)!;
    expect(text.slice(span[1]).startsWith('\n二、2022年工作计划')).toBe(true);
    expect(values(text)).toEqual([5]);
    expect(extractTargets(text).document.year).toBe(2022);
  });

  it('finds the plan under other headings', () => {
    const text =
      '某县卫健局2022年工作总结和2023年工作计划\n一、主要成绩\n全年新建村卫生室3所。\n' +
      '二、下步工作重点\n新建村卫生室4所。';
    expect(values(text)).toEqual([4]);
  });

  it('is all summary when the copy stops before the plan', () => {
    const text =
      '区卫健局2022年工作总结和2023年工作计划 2022年,我局新建社区卫生服务站4个,' +
      '改造卫生院2家,培训家庭医生120名。 一、工作总结 (一)…';
    expect(summarySpan(text, text.length)).toEqual([0, text.length]);
    expect(values(text)).toEqual([]);
  });

  it('skips the title repeated in a table of contents', () => {
    const text =
      '汇编 目录 1.某县2022年工作总结和2023年工作计划 2.某区2022年工作总结及2023年工作打算\n' +
      '某县2022年工作总结和2023年工作计划\n全年建成示范村6个。\n三、明年工作打算\n建成示范村8个。';
    expect(values(text)).toEqual([8]);
  });

  it('leaves pages with one kind alone', () => {
    expect(summarySpan('2023年全县卫生健康工作要点\n新建卫生院2所。', 20)).toBeNull();
    expect(summarySpan('2022年工作总结\n新建卫生院2所。', 15)).toBeNull();
  });
});

describe('a target told as met', () => {
  it('does not make a report’s sentence look ahead', () => {
    const s = '2019年全镇参合率为96.2%,超额完成市里下达95%的目标。';
    expect(sentenceAims(s, s.indexOf('96.2'), s.indexOf('96.2') + 5)).toBe(false);
    const ahead = '明年全镇参合率要达到97%,确保完成年度目标。';
    expect(sentenceAims(ahead, ahead.indexOf('97'), ahead.indexOf('97') + 3)).toBe(true);
  });

  it('does not stop a paragraph of achievements from being a review', () => {
    const text =
      '2021年全区卫生工作成效显著,已提前实现了健康行动2025年的目标值(90%),' +
      '区计划生育协会获表彰,全区婴儿死亡率为2.1‰。\n二、明年任务\n婴儿死亡率控制在3‰以内。';
    expect(reviewSpans(text, text.length)[0]).toEqual([0, text.indexOf('\n')]);
    expect(values(text)).toEqual([3]);
  });

  it('reads 成绩明显 and 成果突出 as a paragraph of achievements', () => {
    const text = '去年全县妇幼工作成绩明显,住院分娩率为99.8%。\n住院分娩率保持在99%以上。';
    expect(values(text)).toEqual([99]);
  });
});

describe('an aim in a later clause of the same sentence', () => {
  it('belongs to its own figure, not the one before', () => {
    const s = '全市抽检合格率达98.6%,明年将提高到99%';
    expect(sentenceAims(s, s.indexOf('98.6'), s.indexOf('98.6') + 5)).toBe(false);
    expect(sentenceAims(s, s.indexOf('99%'), s.indexOf('99%') + 3)).toBe(true);
  });
});

describe('a meeting that went through how the year’s work stands', () => {
  it('is a report kind', () => {
    expect(
      isReportKind('会上通报了全县健康促进行动上半年完成情况。全县健康素养达到24%。', 60),
    ).toBe(true);
    expect(isReportKind('会议通报了各乡镇重点项目进展情况', 40)).toBe(true);
    expect(isReportKind('全县卫生健康工作会议部署了今年的重点任务', 40)).toBe(false);
  });
});

describe('a survey’s first count', () => {
  it('reports, and its 将 tells an estimate', () => {
    expect(progressLead('据了解,全省居民体质监测初步统计,2023年合格率将超过')).toBe(true);
    expect(progressLead('抽样调查初步统计,全市儿童近视率约为')).toBe(true);
    // A plan's own aim after a statistic still looks ahead.
    expect(progressLead('据统计,全市吸烟率为24%,力争到2025年降至')).toBe(false);
  });
});

describe('a past year opening an earlier clause', () => {
  it('puts that clause’s figures in the past on a later page', () => {
    expect(pastClauseLead('据介绍,2022年全县建成村级卫生室,新增床位', 2023, null)).toBe(true);
    expect(pastClauseLead('2021年某区完成改厕任务,新建公厕', 2023, null)).toBe(true);
    // A later clause that turns to the plan's year undoes it.
    expect(pastClauseLead('2022年全县建成10所,2024年新建', 2024, null)).toBe(false);
    // Not on the page of that year, and not a year of its own clause.
    expect(pastClauseLead('2023年全县新建卫生院,新增床位', 2023, null)).toBe(false);
    expect(pastClauseLead('2022年全县建成卫生院', 2023, null)).toBe(false);
  });

  it('keeps last year’s results out of a news item and the year’s aim in', () => {
    const text =
      '2024-02-01 来源:某县融媒体\n据了解,2023年某县建成托育中心,新增托位800个。' +
      '2024年,某县将新增托位1000个。';
    expect(values(text)).toEqual([1000]);
  });
});

describe('a number of kinds', () => {
  it('tells a programme’s breadth unless bound', () => {
    expect(values('全省将开展6类健康单位的示范创建活动。')).toEqual([]);
    expect(values('全省将新增健康单位示范类型3类以上。')).toEqual([3]);
  });
});

describe('a page whose first paragraph tells what its year achieved', () => {
  it('is a report of the year: only sentences that aim keep a figure', () => {
    const text =
      '2021年,某区卫生健康局聚焦基层、补齐短板,各项工作成效明显,获评全市综合考核一等奖,' +
      '辖区医疗机构总数较上年有所增加,群众满意度稳步提升。\n' +
      '(一)加强党建。组建督查组,对9个基层党支部开展专项检查。';
    expect(isReportKind(text, text.length)).toBe(true);
    expect(values(text)).toEqual([]);
  });

  it('leaves news that goes on to the next year alone', () => {
    const text =
      '2023年,全县卫生健康工作成效显著,群众看病就医更加方便,医疗服务能力稳步提升,获评全省先进县。\n' +
      '2024年,全县新建村卫生室6所。';
    expect(isReportKind(text, text.length)).toBe(false);
    expect(values(text)).toEqual([6]);
  });

  it('leaves a plan that opens with last year’s achievements alone', () => {
    const text =
      '2022年全区卫生健康工作要点\n2021年,全区卫生健康工作取得了显著成效,获评全市综合考核一等奖,' +
      '群众满意度稳步提升。\n新建社区卫生服务站5个。';
    expect(isReportKind(text, text.length)).toBe(false);
    expect(values(text)).toEqual([5]);
  });
});

describe('a town’s plan', () => {
  const gazetteer = buildGazetteer(SAMPLE_UNITS);

  it('is the town a title names after its place, below the gazetteer', () => {
    expect(titleTown('湖北龙泉镇2024年卫生工作计划', gazetteer)).toBe('龙泉镇');
    expect(titleTown('武汉市江汉区石门乡健康村建设方案', gazetteer)).toBe('石门乡');
    // Ordinary words before 镇/乡 are no town.
    expect(titleTown('湖北省乡镇卫生院建设方案', gazetteer)).toBeNull();
    expect(titleTown('湖北卫生乡镇创建规划', gazetteer)).toBeNull();
    const r = extractTargets('四川青石镇健康乡镇建设规划\n全镇卫生户厕普及率达到90%以上。', {
      gazetteer,
    });
    expect(r.document.region).toBe('青石镇');
  });

  it('is the town the opening keeps naming when nothing else resolves', () => {
    const head =
      '解读:白沙镇2024年工作计划\n白沙镇今年的目标是…白沙镇将新建卫生室2所,建设美丽白沙。';
    expect(openingTown(head)).toBe('白沙镇');
    expect(openingTown('全镇城乡居民…乡镇卫生院…各乡镇…城镇化…乡镇')).toBeNull();
    expect(extractTargets(head, { gazetteer }).document.region).toBe('白沙镇');
  });
});

describe('a byline in brackets before a name', () => {
  it('is not part of the name', () => {
    const [t] = extractTargets('本报讯(记者王某 通讯员李某)居民健康素养水平达到30%以上。').targets;
    expect(t!.indicator).toBe('居民健康素养水平');
  });
});
