import { describe, expect, it } from 'vitest';
import { clauseEnd, clauseStart, sentenceEnd, sentenceStart } from './clauses';
import { readBound } from './comparators';
import { readChange } from './change';
import { extractTargets } from './extract-targets';
import { findMentions } from './mentions';
import { MentionContext, NOT_AIM_READS, notAimBy } from './not-aim-reads';

// A figure is dropped as no aim by the first of NOT_AIM_READS that answers. Each pair below is a
// figure two readings both drop: the list must name the one it puts first. Every reading only
// drops, so the order changes no target; it says which reading a figure is dropped by and what it
// costs. Wording of our own.

const PLAN_YEAR = 2024;

/** The context of the first figure written `figure` in `text`, as readMention builds it (plainly). */
function contextOf(text: string, figure: string): MentionContext {
  const at = text.indexOf(figure);
  const m = findMentions(text).find((x) => x.start === at);
  if (!m) throw new Error(`no mention ${figure}`);
  const sStart = sentenceStart(text, m.start);
  const sEnd = sentenceEnd(text, m.end);
  const cStart = clauseStart(text, m.start, sStart);
  const before = text.slice(cStart, m.start);
  const after = text.slice(m.end, clauseEnd(text, m.end, sEnd));
  const bound = readBound(before, after.slice(0, 6), m.valueMax !== null);
  const change =
    m.kind === 'count'
      ? null
      : readChange(before, text.slice(sStart, m.start), false, text.slice(m.end, sEnd));
  const part = { title: null, region: null, regionCode: null, year: PLAN_YEAR, start: 0, end: 0 };
  return new MentionContext(text, m, part, null, {
    sStart,
    sEnd,
    cStart,
    before,
    after,
    tail: after,
    bound,
    change,
  });
}

const answers = (name: string, x: MentionContext): boolean => {
  const read = NOT_AIM_READS.find((r) => r.name === name);
  if (!read) throw new Error(`no reading ${name}`);
  return read.test(x);
};

/** Both readings drop the figure; the list names the earlier. */
function expectEarlierNamed([earlier, later]: [string, string], text: string, figure: string) {
  const x = contextOf(text, figure);
  expect(answers(earlier, x)).toBe(true);
  expect(answers(later, x)).toBe(true);
  expect(notAimBy(x)).toBe(earlier);
  // …and the extractor sets no target at that figure.
  const at = text.indexOf(figure);
  const set = extractTargets(`${PLAN_YEAR}年卫生健康工作要点\n${text}`).targets;
  expect(set.some((t) => t.quote.includes(figure))).toBe(false);
  expect(at).toBeGreaterThanOrEqual(0);
}

describe('the order of the not-aim readings', () => {
  it('is the order not-aim-reads.ts documents, each name once', () => {
    expect(NOT_AIM_READS.map((r) => r.name)).toEqual([
      'example',
      'barOfCount',
      'presentApproach',
      'allocationBase',
      'priorValue',
      'scoringStep',
      'perItemBase',
      'allowedMargin',
      'pastChange',
      'fromValue',
      'pastFromTo',
      'madeChange',
      'fromToEndYear',
      'closedDone',
      'achieved',
      'tallyList',
      'doneGroup',
      'pastComparison',
      'levelGrowth',
      'samePeriodChange',
      'summedDone',
      'servedVolume',
      'pastYear',
      'pastYearEnd',
      'sameYearAsPast',
      'recallsEarlier',
      'pastTime',
      'continuesPresent',
      'afterDataLead',
      'toldNow',
      'placePopulation',
      'judgedState',
      'computedRate',
      'timeShare',
      'talliedShare',
      'countOfItsRate',
      'reported',
      'followsTally',
      'continuesDone',
      'afterAimsMet',
      'indicatorsMet',
      'asOfBeforeSemicolon',
      'statedMeasure',
      'breaksDownReported',
      'continuesLastYear',
      'pastListLead',
      'progress',
      'doneWith',
      'reportedWhere',
      'doneBefore',
      'meetingAttended',
      'statedWithShi',
      'worksProgress',
      'progressShare',
      'progressCell',
      'baselineColumn',
      'siteSize',
      'statedShare',
      'newCases',
      'conferredCount',
      'openedFacility',
      'projectInput',
      'standingBenefit',
      'workDivision',
      'personBar',
      'grantThreshold',
      'kindsOfPieces',
    ]);
  });

  it('names a level the clause says is reached before the clause’s past year', () => {
    expectEarlierNamed(['achieved', 'pastYear'], '2021年全县产前筛查率已达到93%。', '93%');
  });

  it('names the start of a from-to before the past year it is dated to', () => {
    expectEarlierNamed(
      ['fromValue', 'pastYear'],
      '全市注册护士从2016年的2800人增加到2021年的4100人。',
      '2800人',
    );
  });

  it('names a lead of time gone by before the report that lead makes of the sentence', () => {
    expectEarlierNamed(
      ['pastTime', 'reported'],
      '截至9月15日,全县共完成危房改造任务1200户,完成率为61%。',
      '61%',
    );
  });

  it('names a present level approached before the present the paragraph opened with', () => {
    expectEarlierNamed(
      ['presentApproach', 'continuesPresent'],
      '目前,全区共有急救站点12个。儿科床位接近2张/千人的水平。',
      '2张/千人',
    );
  });

  it('drops nothing an aim sets', () => {
    const x = contextOf('到2026年,全县产前筛查率达到93%以上。', '93%');
    expect(notAimBy(x)).toBeNull();
  });
});
