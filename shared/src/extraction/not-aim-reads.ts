import { isGrantThreshold, isPersonBar } from './eligibility';
import { sumsPlannedItems, withoutPlannedTotal } from './planned-totals';
import { brokenSentenceStart, periodStart } from './clauses';
import { continuesTally } from './tally-lists';
import { isBracketedMilestone, isSiteSize, isStatedShare, isWorksProgress } from './asides';
import { isMeasureUnit } from './units';
import {
  isAchieved,
  ownMilestone,
  pastYear,
  pastYearEndLead,
  pastTimeLead,
  continuesPresent,
} from './context-rules';
import { isComputedRate, isCountOfItsRate } from './computed-rates';
import {
  fromToYear,
  isFromValue,
  isFromBeforeSpan,
  isInsideBaseline,
  withoutBaselines,
  withoutFrom,
  type Change,
} from './change';
import type { BoundWords } from './comparators';
import type { PartInfo } from './header';
import type { Mention } from './mentions';
import { plannedAddition } from './planned-additions';
import { recallsEarlier } from './early-past';
import { sameYearAsPast } from './same-year';
import { firstOfSteps, scheduledYear } from './scheduled-years';
import { isShareOfTally, isTalliedShare } from './approx-shares';
import { isExampleFigure } from './example-figures';
import { isPerItemBase, isScoringStep } from './points-rules';
import { closedAsDone } from './done-closes';
import { presentApproach } from './criteria';
import { isPriorValue } from './prior-values';
import { isNewCaseTally } from './new-cases';
import { isKindsOfPieces, isProjectInput } from './project-inputs';
import { isWorkDivision } from './work-parts';
import { isStandingBenefit } from './standing-benefits';
import {
  continuesPastComparison,
  countsDoneGroup,
  followsTally,
  continuesDone,
  samePeriodChange,
  servedVolume,
  statedLevelGrowth,
  summedDone,
  judgedState,
  madeChange,
  pricedNow,
  rankedAfter,
  cameTo,
  timesAfter,
} from './told-now';
import { afterDataLead } from './data-leads';
import { PLAN_KIND, sentenceAims } from './report-kind';
import { earlierItemsWithoutBaselines } from './mention-years';
import {
  asOfBeforeSemicolon,
  breaksDownReported,
  continuesLastYear,
  reportedWhere,
  namedAim,
  afterAimsMetTally,
  indicatorsMetShare,
  reportedFigure,
} from './reported';
import { statedMeasure } from './reported-figures';
import { inAimParagraph, progressLead } from './progress-leads';
import { inProgressCell, inProgressColumn, isCompletionTold } from './progress-shares';
import { inBaselineColumn } from './table-columns';
import {
  listLead,
  pastListLead,
  firstItemLead,
  doneWith,
  doneBefore,
  periodEnd,
} from './list-leads';
import { paragraphStart } from './paragraphs';
import { isTimeShare } from './time-shares';
import { isAllowedMargin } from './margins';
import { LOOKS_FORWARD } from './report-boundary';
import { isBarOfCount } from './bar-figures';
import { isConferredCount, opensWithOpenedFacility } from './conferred-honours';
import { isPlacePopulation } from './place-populations';

// A figure a plan writes may be where things stand or stood (已达到95%, 2020年为90%, (2022:90%)),
// a level reported (截至去年底…为1.6个), a fact stated (全国平均值是14.18%) or a tally of what
// happened (新增41名病患): not an aim. Those readings are one ordered list (NOT_AIM_READS), asked
// once per mention by readMention; the first that answers names why the figure is dropped. Each
// entry keeps its logic in its own module; the list only says in which order they are asked.
//
// Every entry only drops a figure, so no order of them keeps or drops another: the order decides
// which reading is named for a figure two of them drop (`notAimBy`, the tests) and what a figure
// costs. It is the order the checks ran in when each was an `if` of its own: the mention loop's
// three (an example's 为例, a level approached, a bracketed prior value: a few characters each)
// first, then readMention's, from the clause's own change and from-to over the clause's words and
// year to the sentence's lead, a report around it and its list's lead, and last what only a kind
// of figure (a count, a rate) can be. A reading of the clause is put before one of the sentence
// (achieved before pastYear before pastTime before reported): the nearer words are the surer
// reason. A new reading is one entry, put where its reach puts it, with a comment saying why
// there; `not-aim-reads.test.ts` holds pairs that both answer.

const UNREAD = Symbol('unread');

// 是 right before the figure, or before a pace (每年) and an about (约, 近) that lead it.
const STATED_WITH_SHI = /是\s*(?:每[年月日天周])?\s*(?:约|大约|近)?\s*$/;

// A part titled as a plan (…工作要点, …实施方案): its 共完成… is a task to sum up, not a tally.
function planTitled(part: PartInfo): boolean {
  return part.title !== null && PLAN_KIND.test(part.title);
}

/** What readMention has read of a mention before it asks the list; computed once there. */
export interface MentionReading {
  /** Start and end of the mention's sentence, and the start of its clause. */
  sStart: number;
  sEnd: number;
  cStart: number;
  /** The segment the mention is named from, up to the number. */
  before: string;
  /** The clause after the number, and that clause after the number's unit and suffix. */
  after: string;
  tail: string;
  /** The bound words around the number. */
  bound: BoundWords;
  /** A change the words before the number state (提高5个百分点), or null. */
  change: Change | null;
}

/**
 * The context the not-aim readings test, built once per mention: eager where readMention has it
 * already, on first use where it slices or scans the text.
 */
export class MentionContext {
  readonly sStart: number;
  readonly sEnd: number;
  readonly cStart: number;
  readonly before: string;
  readonly after: string;
  readonly tail: string;
  readonly bound: BoundWords;
  readonly change: Change | null;
  #sentenceBefore: string | typeof UNREAD = UNREAD;
  #sentenceAfter: string | typeof UNREAD = UNREAD;
  #clauseBefore: string | typeof UNREAD = UNREAD;
  #fromless: string | typeof UNREAD = UNREAD;
  #aimClause: string | typeof UNREAD = UNREAD;
  #listHead: string | null | typeof UNREAD = UNREAD;
  #paragraphStart: number | null | typeof UNREAD = UNREAD;

  constructor(
    readonly t: string,
    readonly m: Mention,
    readonly part: PartInfo,
    readonly planFrom: number | null,
    reading: MentionReading,
  ) {
    this.sStart = reading.sStart;
    this.sEnd = reading.sEnd;
    this.cStart = reading.cStart;
    this.before = reading.before;
    this.after = reading.after;
    this.tail = reading.tail;
    this.bound = reading.bound;
    this.change = reading.change;
  }

  /** The sentence up to the number. */
  get sentenceBefore(): string {
    if (this.#sentenceBefore === UNREAD)
      this.#sentenceBefore = this.t.slice(this.sStart, this.m.start);
    return this.#sentenceBefore;
  }

  /** The sentence after the number. */
  get sentenceAfter(): string {
    if (this.#sentenceAfter === UNREAD) this.#sentenceAfter = this.t.slice(this.m.end, this.sEnd);
    return this.#sentenceAfter;
  }

  /** The number's clause up to it. */
  get clauseBefore(): string {
    if (this.#clauseBefore === UNREAD) this.#clauseBefore = this.t.slice(this.cStart, this.m.start);
    return this.#clauseBefore;
  }

  /** The clause without a from-to's starting point (由…提高到); the clause itself when it has none. */
  get fromless(): string {
    if (this.#fromless === UNREAD) this.#fromless = withoutFrom(this.clauseBefore);
    return this.#fromless;
  }

  /**
   * The clause as an aim is read from: without a from-to's start, and without a change's or a
   * planned addition's baseline (比上年, 较2020年), which are no achievements; else without the
   * baselines of the list's earlier items only.
   */
  get aimClause(): string {
    if (this.#aimClause === UNREAD) {
      const m = this.m;
      this.#aimClause =
        this.change ||
        (m.kind === 'count' && plannedAddition(this.sentenceBefore, this.fromless, this.part.year))
          ? withoutBaselines(this.fromless)
          : earlierItemsWithoutBaselines(this.fromless);
    }
    return this.#aimClause;
  }

  /** Where the sentence's paragraph opens (paragraphs.ts), read by two readings. */
  get paragraphStart(): number | null {
    if (this.#paragraphStart === UNREAD) this.#paragraphStart = paragraphStart(this.t, this.sStart);
    return this.#paragraphStart;
  }

  /**
   * The opening clause of the full sentence when the mention is an item its semicolons list
   * (2005年,…达到72岁; 孕产妇死亡率控制在…), or null: a time clause there governs every item.
   */
  get listHead(): string | null {
    if (this.#listHead === UNREAD)
      this.#listHead = listLead(this.t, this.sStart, this.m.start)
        ? firstItemLead(this.t, this.sStart)
        : null;
    return this.#listHead;
  }
}

/** One reading of a figure as no aim; true when it drops the figure. */
export interface NotAimRead {
  /** A short name, for tests and the README. */
  name: string;
  test: (x: MentionContext) => boolean;
}

const MEETING_ATTENDED =
  /^(?:参加|出席|列席|参与)了?(?:本次|此次|这次|今天的)?(?:会议|大会|座谈会|推进会|培训会|仪式|开幕式)/;

// 从目标要求上看,…今年…由去年的60%提高到了70%: a sentence that opens by reading the aims (从目标
// (要求|任务)上看/来看) tells this year's aims, so its 提高到了 names the new aim, not a level reached.
const AIMS_READ_LEAD = /^[^,，;；。]{0,6}目标(?:要求|任务)?(?:上|来)看[,，]/;

// 决定从2010年开始,…筹资额从100元提高到了150元: what a body decides shall hold from a date on is
// its rule still to come, however a reporter's 了 tells it.
const DECIDED_START = /决定(?:从|自|于)[^,，;；。]{1,12}(?:起|开始)/;

/** The readings of a figure as no aim, in the order they are asked; the first that answers drops it. */
const ALLOCATION_BASE = /对\s*(?:原有|原来的?|增加的?|新增的?)?\s*$/;
const ALLOCATED_PART = /^\s*(?:的?(?:基数)?部分|的?补助标准不变|按)/;

export const NOT_AIM_READS: readonly NotAimRead[] = [
  {
    // 以…12980元为例: the example a rule is worked through with (example-figures.ts). First: it
    // reads 32 characters before the number and 4 after.
    name: 'example',
    test: (x) =>
      isExampleFigure(
        x.t.slice(Math.max(0, x.m.start - 32), x.m.start),
        x.t.slice(x.m.end, x.m.end + 4),
      ),
  },
  {
    // 产值超过50亿元的3家: a bar the counted units clear, not an aim (bar-figures.ts); the clause
    // after the figure only. A share before 的 (90%以上的社区建设1所…) is the share of units
    // that do something, an aim of its own.
    name: 'barOfCount',
    test: (x) => x.m.kind !== 'rate' && isBarOfCount(x.tail),
  },
  {
    // 接近…的水平 in a sentence that looks nowhere ahead: a level things approach now (criteria.ts).
    name: 'presentApproach',
    test: (x) =>
      x.sentenceBefore.includes('接近') &&
      presentApproach(x.sentenceBefore, x.t.slice(x.m.end, x.m.end + 12)),
  },
  {
    // 中央财政对原有120元的补助标准不变,对200元部分按…比例补助: the sum a payer's share is counted
    // on (the part of a subsidy it pays a share of, or keeps) is the base of an allocation rule, not
    // a sum to reach. Money only, read from 6 characters before the number and 8 after.
    name: 'allocationBase',
    test: (x) =>
      x.m.kind === 'amount' &&
      x.t.slice(Math.max(0, x.m.start - 6), x.m.start).includes('对') &&
      ALLOCATION_BASE.test(x.t.slice(Math.max(0, x.m.start - 6), x.m.start)) &&
      ALLOCATED_PART.test(x.t.slice(x.m.end, x.m.end + 8)),
  },
  {
    // ≥95%(2022:90%): last year's value a list prints after each aim (prior-values.ts); the 16
    // characters before the number.
    name: 'priorValue',
    test: (x) => isPriorValue(x.t.slice(Math.max(0, x.m.start - 16), x.m.start)),
  },
  {
    // 每降低1个百分点扣0.5分, 每漏报1例,扣…: the step or threshold of an assessment's scoring rule
    // (points-rules.ts). Beside the mention loop's three: it reads 6 characters before the number
    // and 10 after, and only when a deduction's character is among those 10; a ladder's band
    // (≥60%得1分,<60%不得分) reads 6 before across the comma.
    name: 'scoringStep',
    test: (x) =>
      isScoringStep(
        x.t.slice(Math.max(x.cStart, x.m.start - 6), x.m.start),
        x.t.slice(x.m.end, x.m.end + 10),
        x.t.slice(Math.max(0, x.m.start - 6), x.m.start),
      ),
  },
  {
    // 每救治1例患者,补助800元: the one item a per-item payment counts by (points-rules.ts); only
    // for a figure of one right after 每 and a verb.
    name: 'perItemBase',
    test: (x) => isPerItemBase(x.before, x.m.value, x.t.slice(x.m.end, x.sEnd)),
  },
  {
    // 上下浮动5%: the margin a rule lets each place move a level within (margins.ts); the 8
    // characters before the number.
    name: 'allowedMargin',
    test: (x) => isAllowedMargin(x.t.slice(Math.max(0, x.m.start - 8), x.m.start)),
  },
  {
    // 提高了5个百分点: a change told with 了 has happened (change.ts reads it).
    name: 'pastChange',
    test: (x) => x.change?.past === true,
  },
  {
    // 由76岁提高到…, 比2020年的90%: the starting point of a from-to and a value inside a
    // change's baseline are no aims (change.ts).
    name: 'fromValue',
    test: (x) =>
      isFromValue(x.clauseBefore, x.after) ||
      isInsideBaseline(x.clauseBefore, x.after) ||
      // 由20%,5年减至15%: the start level's clause ends at the comma before the span.
      (x.after.length < 4 &&
        (x.clauseBefore.includes('由') || x.clauseBefore.includes('从')) &&
        isFromBeforeSpan(x.clauseBefore, x.t.slice(x.m.end, x.m.end + 24))),
  },
  {
    // 2015年至2020年,从76岁提高到78岁: a from-to in a sentence about past years is a statistic.
    // Only a clause with a from-to (fromless differs) is read. A year inside the plan's own period,
    // not before the page came out, is one of its milestones (到2020年 in a plan for 2019–2025
    // issued in 2019), as pastYear reads it below.
    name: 'pastFromTo',
    test: (x) =>
      x.fromless !== x.clauseBefore &&
      pastYear(withoutFrom(x.sentenceBefore), x.part.year, x.part.published ?? null, x.planFrom),
  },
  {
    // 对…范围进行了调整,由300个扩大到500个: the from-to spells out a change the sentence says was made
    // (told-now.ts).
    name: 'madeChange',
    test: (x) => x.fromless !== x.clauseBefore && madeChange(x.sentenceBefore),
  },
  {
    // …由1993年的7.5%提升至2016年的80.3%: a from-to ending in a year before the plan's. 提升到2020年的
    // 20% in a plan for 2019–2025 issued in 2019 ends at a milestone of its own period instead.
    name: 'fromToEndYear',
    test: (x) => {
      const endYear = x.fromless !== x.clauseBefore ? fromToYear(x.clauseBefore) : null;
      return (
        endYear !== null &&
        x.part.year !== null &&
        endYear < x.part.year &&
        !ownMilestone(endYear, x.planFrom, x.part.published ?? null)
      );
    },
  },
  {
    // …新增托位数431个;…筛查6181人。均超额完成下达任务数。: a paragraph that closes by saying all its
    // figures were met reports them (done-closes.ts); reads up to 400 characters after the sentence.
    name: 'closedDone',
    test: (x) => closedAsDone(x.t, x.sEnd),
  },
  {
    // 已达到95%, 现有…: the clause (without its from-to and baselines) tells a level reached
    // (context-rules.ts, present-state.ts). Before pastYear: the words of the clause itself are
    // the surer reading.
    name: 'achieved',
    test: (x) =>
      isAchieved(
        withoutPlannedTotal(x.aimClause, x.sentenceBefore, () =>
          sumsPlannedItems(x.t, x.sStart, x.sEnd),
        ),
      ) &&
      !(x.sentenceBefore.includes('目标') && AIMS_READ_LEAD.test(x.sentenceBefore)) &&
      !(x.sentenceBefore.includes('决定') && DECIDED_START.test(x.sentenceBefore)),
  },
  {
    // 现有医院30家,卫生室200个: a bare noun and count going on with a tally (tally-lists.ts).
    name: 'tallyList',
    test: (x) => x.m.kind === 'count' && continuesTally(x.clauseBefore, x.sentenceBefore),
  },
  {
    // 已接种…的人数达223万: a count of those who have already done something (told-now.ts).
    name: 'doneGroup',
    test: (x) => x.m.kind === 'count' && countsDoneGroup(x.clauseBefore, x.sentenceBefore),
  },
  {
    // 较去年同期增加…,约增长23.3%: a bare change after a comparison with last year (told-now.ts).
    name: 'pastComparison',
    test: (x) => continuesPastComparison(x.clauseBefore, x.sentenceBefore),
  },
  {
    // 人均可支配收入51652元,增长6.1%: a bare level and its bare growth, a bulletin's pair
    // (told-now.ts), unless the sentence aims. Beside pastComparison, the other growth told as a result.
    name: 'levelGrowth',
    test: (x) =>
      statedLevelGrowth(x.clauseBefore, x.sentenceBefore, x.sentenceAfter) &&
      !sentenceAims(x.t, x.m.start, x.m.end),
  },
  {
    // 同比提高3个百分点: a bare change against last year's same period is a result (told-now.ts).
    name: 'samePeriodChange',
    test: (x) =>
      samePeriodChange(x.clauseBefore, x.sentenceBefore, x.sentenceAfter) &&
      !sentenceAims(x.t, x.m.start, x.m.end),
  },
  {
    // 共筛查新生儿4500人: 共 and a verb of doing sum up work done (told-now.ts), unless the sentence
    // aims. Beside doneGroup's 已, the other tally word.
    name: 'summedDone',
    test: (x) =>
      x.m.kind === 'count' &&
      !planTitled(x.part) &&
      summedDone(x.clauseBefore, x.sentenceBefore) &&
      !sentenceAims(x.t, x.m.start, x.m.end),
  },
  {
    // 全年诊疗824.33万人次: a volume of care given is a tally of work done (told-now.ts), unless the
    // sentence aims. After the readings of a change: a count's own words.
    name: 'servedVolume',
    test: (x) =>
      x.m.kind === 'count' &&
      servedVolume(x.clauseBefore, x.sentenceBefore, x.m.unit) &&
      !sentenceAims(x.t, x.m.start, x.m.end),
  },
  {
    // 2020年全市…达到90%: the clause's year is before the plan's (context-rules.ts), unless a
    // bracket gives the year as a milestone of the aim ((2025年达到90%)).
    name: 'pastYear',
    // A step of a schedule told with 将 (2016年…将达到…;2017年达到…), or one the sentence goes on
    // from to a later year's step (…以上,2021年达到…), is a milestone (scheduled-years.ts).
    test: (x) =>
      !isBracketedMilestone(x.sentenceBefore) &&
      pastYear(x.aimClause, x.part.year, x.part.published, x.planFrom) &&
      !scheduledYear(x.t, x.aimClause, x.m.start) &&
      !firstOfSteps(x.aimClause, x.sentenceAfter, x.part.published ?? null),
  },
  {
    // 截至2023年底,…: the sentence opens with the end of a past year (context-rules.ts).
    name: 'pastYearEnd',
    test: (x) => pastYearEndLead(x.sentenceBefore, x.part.year, x.part.published),
  },
  {
    // 2004年,…。全年共为5.5万人次报销…: a sentence opening with 全年/当年 goes on with the past year the
    // sentence before it opened with (same-year.ts). Beside pastYearEnd, the other past lead.
    name: 'sameYearAsPast',
    test: (x) => sameYearAsPast(x.t, x.sStart, x.part.year, x.part.published ?? null, x.planFrom),
  },
  {
    // 早在2009年…: the sentence recalls an earlier notice (early-past.ts).
    name: 'recallsEarlier',
    test: (x) => recallsEarlier(x.sentenceBefore),
  },
  {
    // 截至去年底…为1.6个: time gone by opens the sentence (context-rules.ts). 距离十四五期末3个的
    // 目标: a figure named as the aim right after it is that aim all the same, as reportedFigure
    // reads 截至.
    name: 'pastTime',
    test: (x) =>
      pastTimeLead(x.sentenceBefore, x.part.year, x.planFrom, x.part.published ?? null) &&
      !namedAim(x.sentenceAfter),
  },
  {
    // 目前,全区有站点38个。平均反应时间约14分钟: the sentence goes on from a paragraph that opened
    // with 目前 or a day not after the plan's year (截至2018年底,), nothing looking ahead since
    // (context-rules.ts); reads back over the paragraph.
    name: 'continuesPresent',
    test: (x) => continuesPresent(x.t, x.sStart, x.sEnd, x.part.year, x.paragraphStart),
  },
  {
    // 下面有一组数据:\n人均预期寿命…达到75.8岁: the paragraph right after a lead to data tells
    // statistics (data-leads.ts), unless it looks ahead; reads back over the paragraph, as
    // continuesPresent does, and is put beside it.
    name: 'afterDataLead',
    test: (x) => afterDataLead(x.t, x.sStart, x.sEnd, x.paragraphStart),
  },
  {
    // 每月僅需收費9000元, 高居全国第一, 是美国的十三倍, 施打率来到80.6%: a price someone only pays
    // now, a figure ranked where it stands, compared as so many times another's or come to
    // (told-now.ts), unless the sentence aims. Beside continuesPresent, as azround placed it.
    name: 'toldNow',
    test: (x) =>
      ((x.m.kind === 'amount' && pricedNow(x.t.slice(x.sStart, x.sEnd))) ||
        rankedAfter(x.t.slice(x.m.end, x.m.end + 24)) ||
        timesAfter(x.t.slice(x.m.end, x.m.end + 24)) ||
        cameTo(x.clauseBefore)) &&
      !sentenceAims(x.t, x.m.start, x.m.end),
  },
  {
    // 某镇常住人口达8.3万人: a place's population told with a bare 达/为/有 is the place as it
    // stands (place-populations.ts), unless the sentence aims. Beside toldNow, another figure a
    // story tells of the present whatever page it is on.
    name: 'placePopulation',
    test: (x) =>
      x.m.kind === 'count' &&
      isPlacePopulation(x.clauseBefore, x.m.unit) &&
      !sentenceAims(x.t, x.m.start, x.m.end),
  },
  {
    // 健康状况不容乐观,…约1.2亿人: figures in a sentence that judges how things stand are the
    // present (told-now.ts), unless the sentence aims. After toldNow, the other reading of a
    // story's present from its sentence.
    name: 'judgedState',
    test: (x) => judgedState(x.sentenceBefore) && !sentenceAims(x.t, x.m.start, x.m.end),
  },
  {
    // 住院分娩6173人,住院分娩率96.29%: a report's rate beside the count it was computed from
    // (computed-rates.ts).
    name: 'computedRate',
    test: (x) => x.m.kind === 'rate' && isComputedRate(x.sentenceBefore),
  },
  {
    // 只用了1/3左右的时间: a fraction of the time something took (time-shares.ts). Beside
    // computedRate, another rate that is no level.
    name: 'timeShare',
    test: (x) =>
      x.m.kind === 'rate' &&
      x.m.source !== 'arabic' &&
      isTimeShare(x.t, x.m.end, x.t.slice(x.m.start, x.m.end)),
  },
  {
    // 占同期新症约2.3%, 已创建…33个,占…的17.84%: the share a present tally comes to
    // (approx-shares.ts).
    name: 'talliedShare',
    test: (x) =>
      x.m.kind === 'rate' && (isTalliedShare(x.sentenceBefore) || isShareOfTally(x.sentenceBefore)),
  },
  {
    // 健康体检1830人,体检率为76.4%: the count the next clause computes its rate from.
    name: 'countOfItsRate',
    test: (x) =>
      x.m.kind === 'count' && isCountOfItsRate(x.t.slice(x.sStart, x.m.end), x.sentenceAfter),
  },
  {
    // A figure its sentence reports (历史最低, 较2000年降低了…, a note, a 截至 lead, 完成了…任务):
    // reported.ts.
    name: 'reported',
    test: (x) =>
      reportedFigure(
        x.sentenceBefore,
        x.sentenceAfter,
        x.part.year,
        x.part.title,
        stepsFrom(x.planFrom, x.part.published ?? null),
      ),
  },
  {
    // 共完成签约12.3万人,签约率达到65%: a figure after a clause that sums up work done goes on
    // telling that tally (told-now.ts), unless the sentence aims. A reading of the sentence, after
    // reported, which reads a report's own leads (截至…,共完成…) first.
    name: 'followsTally',
    test: (x) =>
      !planTitled(x.part) &&
      followsTally(x.clauseBefore, x.sentenceBefore) &&
      !sentenceAims(x.t, x.m.start, x.m.end),
  },
  {
    // 已完成产前筛查2804人,新生儿筛查3142人: a count in a clause after one told done with 已 goes on
    // telling it (told-now.ts). Beside followsTally, the other clause a tally runs on into; not on
    // a part titled as a plan.
    name: 'continuesDone',
    test: (x) =>
      x.m.kind === 'count' &&
      !planTitled(x.part) &&
      continuesDone(x.clauseBefore, x.sentenceBefore),
  },
  {
    // 83项提前达到规划目标,占76.9%: a monitoring report's tally of the aims met (reported.ts), read
    // back over the lines a PDF broke the sentence into.
    name: 'afterAimsMet',
    test: (x) => afterAimsMetTally(x.t.slice(brokenSentenceStart(x.t, x.sStart), x.m.start)),
  },
  {
    // 76.9%的监测指标达到中期目标: the share of a plan's indicators that met their aims.
    name: 'indicatorsMet',
    test: (x) => x.m.kind === 'rate' && indicatorsMetShare(x.tail, x.sentenceBefore),
  },
  {
    // 截至年底,甲完成…;乙完成2400人: a 截至 opening the full sentence governs every item after its
    // semicolons (reported.ts), unless the figure is named as the aim right after it.
    name: 'asOfBeforeSemicolon',
    test: (x) => asOfBeforeSemicolon(x.t, x.sStart, x.m.start) && !namedAim(x.sentenceAfter),
  },
  {
    // 全县孕产妇系统管理率为91.2%: a value stated with 为 where nothing around it aims
    // (reported-figures.ts); reads the full sentence across semicolons.
    name: 'statedMeasure',
    test: (x) =>
      x.clauseBefore.includes('为') &&
      statedMeasure(
        x.t,
        x.clauseBefore,
        x.m.end,
        periodStart(x.t, x.m.start),
        periodEnd(x.t, x.m.end),
        x.part.year,
      ),
  },
  {
    // 其中,大专以上学历的护士超70%: a breakdown of a figure the sentence before reports
    // (reported.ts).
    name: 'breaksDownReported',
    test: (x) =>
      x.t.slice(x.sStart, x.sStart + 4).includes('其中') &&
      breaksDownReported(x.t, x.sStart, x.part.year, x.part.title, x.planFrom),
  },
  {
    // 据了解,去年,…。将22种…纳入…。: a sentence after one that opens with last year goes on with
    // that year's results (reported.ts). Reads back four sentences at most.
    name: 'continuesLastYear',
    test: (x) => continuesLastYear(x.t, x.sStart, x.part.year),
  },
  {
    // 2005年,…达到72岁; 孕产妇死亡率…: a past time clause opening the full sentence governs the
    // items its semicolons list (list-leads.ts). Reads back to the sentence's lead.
    name: 'pastListLead',
    test: (x) => !!x.listHead && pastListLead(x.listHead, x.sentenceBefore, x.part, x.planFrom),
  },
  {
    // …健康水平稳步提高,孕产妇死亡率下降到…, 数据显示,…: progress made or a statistic quoted
    // (progress-leads.ts). An item of a list is read with the list's lead: 到2022年,…;重点人群
    // 健康状况明显改善,… looks ahead, so the state said to improve is aimed at.
    name: 'progress',
    // A paragraph that opens with its aims (行动目标是,到2022年,…。) goes on with them.
    test: (x) =>
      progressLead(x.listHead ? `${x.listHead}${x.sentenceBefore}` : x.sentenceBefore) &&
      !inAimParagraph(x.t, x.sStart),
  },
  {
    // 在两县的8个乡镇抓了试点: a count whose own clause goes on to a verb told with 了 is work done.
    // 近80%的农民参加了…: a share of people who did something (的, then a verb with 了) is the
    // present, unless the sentence aims.
    name: 'doneWith',
    test: (x) =>
      (x.m.kind === 'count' && doneWith(x.after)) ||
      (x.m.kind === 'rate' &&
        x.after.startsWith('的') &&
        doneWith(x.after.slice(1)) &&
        !sentenceAims(x.t, x.m.start, x.m.end)),
  },
  {
    // 据了解,某省在54个县实施…: the places a reporter says a scheme runs in (reported.ts), unless
    // the sentence aims.
    name: 'reportedWhere',
    test: (x) =>
      x.m.kind === 'count' &&
      reportedWhere(x.sentenceBefore) &&
      !sentenceAims(x.t, x.m.start, x.m.end),
  },
  {
    // 从…中招聘了26名…: a count right after a verb told with 了 is work done (list-leads.ts),
    // unless the sentence aims.
    name: 'doneBefore',
    test: (x) =>
      x.m.kind === 'count' && doneBefore(x.before) && !sentenceAims(x.t, x.m.start, x.m.end),
  },
  {
    // 干部职工约100人参加会议: how many people attend the meeting being told of is no aim.
    name: 'meetingAttended',
    test: (x) => x.m.kind === 'count' && x.m.unit === '人' && MEETING_ATTENDED.test(x.tail),
  },
  {
    // 全国平均值是14.18%: a value stated with 是 and no aim word describes, unless the clause speaks
    // of an aim (目标是90%). A pace or an about between (牙科学额则是每年约50个) changes nothing.
    name: 'statedWithShi',
    test: (x) =>
      x.before.includes('是') &&
      STATED_WITH_SHI.test(x.before) &&
      (!x.bound.aimed || (x.bound.explicit === '~' && /(?:约|近)\s*$/.test(x.before))) &&
      !/目标|要求|任务|标准|指标/.test(x.clauseBefore),
  },
  {
    // 外墙施工完成90%: how far a building work has got, not a rate to reach (asides.ts).
    name: 'worksProgress',
    test: (x) => x.m.kind === 'rate' && isWorksProgress(x.before),
  },
  {
    // 责任单位 | 40% under a header 进展比例, or …,完成率110%: how far a task has got
    // (progress-shares.ts); reads the table's lines above, up to 4000 characters.
    name: 'progressShare',
    test: (x) =>
      x.m.kind === 'rate' &&
      ((!x.bound.aimed && isCompletionTold(x.before)) || inProgressColumn(x.t, x.m.start)),
  },
  {
    // 最新进度 | heading a table flattened a cell to a line, and a cell below telling work done
    // (…基本完成,新增床位超200张 |): progress, not the row's aim (progress-shares.ts).
    name: 'progressCell',
    test: (x) => inProgressCell(x.t, x.m.start),
  },
  {
    // 指标 | 基线 | 2020年 | 2025年 over …(%) | 10.92% | 下降10% | …: the cell under a baseline
    // column is where the plan starts from (table-columns.ts); same reach as progressShare.
    name: 'baselineColumn',
    test: (x) => inBaselineColumn(x.t, x.m.start),
  },
  {
    // 项目占地面积约11.4亩: the size of a project's site or building describes it (asides.ts);
    // beside worksProgress, the other figure of a building project that is no aim.
    name: 'siteSize',
    test: (x) => isMeasureUnit(x.m.unit) && isSiteSize(x.before),
  },
  {
    // 每年新发病例占全球总数的17%: a share of a whole far larger than the plan's ground, with no aim
    // word, is a fact (asides.ts).
    name: 'statedShare',
    test: (x) => x.m.kind === 'rate' && isStatedShare(x.before, x.bound.aimed),
  },
  {
    // 新增41名病患: a tally of new cases with no bound (new-cases.ts).
    name: 'newCases',
    test: (x) =>
      x.m.kind === 'count' &&
      x.m.value !== null &&
      !x.bound.explicit &&
      isNewCaseTally(x.before, x.tail),
  },
  {
    // 决定命名甲市等12个城市为…示范城市: places a notice names, listed and cut with 等
    // (conferred-honours.ts). Beside newCases, another count a story tells as done.
    name: 'conferredCount',
    test: (x) => x.m.kind === 'count' && isConferredCount(x.clauseBefore, x.tail),
  },
  {
    // 新启用的某中心由政府投资2亿元: figures of a facility told as newly opened are the present
    // (conferred-honours.ts), unless the sentence looks ahead. Gated on the opening words.
    name: 'openedFacility',
    test: (x) =>
      (x.sentenceBefore.includes('启用') ||
        x.sentenceBefore.includes('落成') ||
        x.sentenceBefore.includes('建成') ||
        x.sentenceBefore.includes('开业') ||
        x.sentenceBefore.includes('投') ||
        x.sentenceBefore.includes('开放')) &&
      opensWithOpenedFacility(x.sentenceBefore) &&
      !LOOKS_FORWARD.test(x.t.slice(x.sStart, x.sEnd)),
  },
  {
    // 总投资114万元,其中省级补助80万元: a project's budget by funder (project-inputs.ts). Last: only
    // a sum of money is asked.
    name: 'projectInput',
    test: (x) =>
      x.m.unit.endsWith('元') &&
      isProjectInput(
        x.m.unit,
        x.t.slice(x.cStart, x.m.start),
        x.t.slice(x.sStart, x.m.start),
        x.t.slice(x.m.end, x.m.end + 16),
      ),
  },
  {
    // 二女户享受3000元养老补贴: a benefit of a policy in force (standing-benefits.ts).
    name: 'standingBenefit',
    test: (x) => isStandingBenefit(x.m.unit, x.clauseBefore, x.bound.explicit !== null),
  },
  {
    // 分两个阶段进行: the parts a piece of work is divided into (work-parts.ts).
    name: 'workDivision',
    test: (x) =>
      x.m.kind === 'count' &&
      isWorkDivision(x.clauseBefore, x.m.unit, x.t.slice(x.m.end, x.m.end + 4)),
  },
  {
    // 体重:男≥50千克: a person's bar to take part, in a list item labelled with the body's measure
    // (eligibility.ts); read from the line's start within the 40 characters before the number.
    name: 'personBar',
    test: (x) => {
      const w = x.t.slice(Math.max(0, x.m.start - 40), x.m.start);
      const nl = w.lastIndexOf('\n');
      return (nl >= 0 || x.m.start <= 40) && isPersonBar(w.slice(nl + 1));
    },
  },
  {
    // 报名人数达20人,可与血站预约: the threshold that grants a group a service (eligibility.ts); the
    // 12 characters after the number.
    name: 'grantThreshold',
    test: (x) => isGrantThreshold(x.t.slice(x.m.end, x.m.end + 12)),
  },
  {
    // 采购119项1847台次: the kinds a count of pieces is sorted into (project-inputs.ts).
    name: 'kindsOfPieces',
    test: (x) => x.m.kind === 'count' && isKindsOfPieces(x.m.unit, x.t.slice(x.m.end, x.m.end + 8)),
  },
];

// The first year a clause opening with a year may name a step of the plan from: the plan's period's
// start, but no later than the year after the page's dateline — a story of 2016 cannot look back on
// 2020 (2020年,…达到77.3岁 in news of a plan for 2030 is its first step).
function stepsFrom(planFrom: number | null, published: number | null): number | null {
  if (published === null) return planFrom;
  return planFrom === null ? published + 1 : Math.min(planFrom, published + 1);
}

/** The name of the first reading that drops the mention as no aim, or null when none does. */
export function notAimBy(x: MentionContext): string | null {
  for (const read of NOT_AIM_READS) if (read.test(x)) return read.name;
  return null;
}
