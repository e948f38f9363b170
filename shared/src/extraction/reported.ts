import { LOOKS_FORWARD } from './report-boundary';
import { pastTimeLead, pastYearEndLead, strivesAfterYearEnd } from './context-rules';
import { SPAN_DASH } from './span-dash';
import { opensWith, someClauseOpensWith, unitTable } from './unit-tables';
import { ENSURE } from './aim-words';

// Figures a page reports rather than sets: wording that places a sentence's numbers in the past
// or in a record already made. Each check reads only the sentence around the number.

// LOOKS_FORWARD (report-boundary.ts): words that turn a sentence towards the plan
// (近年来…,力争到2025年达到…) undo a lead of past time.

// 均降至历史最低, 创历史新高: a record is something reached.
const RECORD = /历史(?:最低|新低|最好|最高|新高|最佳)/;

// …降至23.2/10万,较2000年降低了56.2%: a comparison with an earlier time told with 了 reports
// (also when the 了 comes in the clause after it: 比上年增加1.3亿人次,增长了1.6%).
const PAST_CHANGE_AFTER =
  /^[^。；;！？!?]*?(?:比|较)[^。；;]{0,24}?(?:增加|提高|下降|降低|增长|减少|上升)了/;

// A clause of time alone: a bare year or its end (2017年, 据悉,2017年,, 2020年底,), or the end or
// span of a five-year plan (“十一五”末, 十二五期间). A family-planning report's own year
// (2016计生年度) is such a year too.
const YEAR_CLAUSE =
  /^(?:据悉|据了解|据统计|另外|同时|此外)?(?:在)?((?:19|20)\d{2})(?:计生年度|年(?:度|全年|上半年|下半年|底|末)?)$/;
// A past year may also open an earlier clause as its time (据了解,2023年全市新建…,…): the clause
// tells that year's work, unless a later clause turns to a year of the plan. A birth cohort's
// year (2007年后出生的儿童…) is no time of the clause, nor is the year a rise starts from
// (在2017年的基础上增加40元, 在2020年水平上): that is a baseline, not when the clause happens.
const YEAR_OPENS =
  /^(?:据悉|据了解|据介绍|另外|同时|此外)?(?:在)?((?:19|20)\d{2})年(?:度|全年|上半年|下半年)?(?=[\u4e00-\u9fff])(?!以?[后前]出生|的?(?:基础|水平)上)/;
// The span may also open the figure's own clause (“十一五”期间全国人均寿命提高1岁).
const PLAN_CLAUSE = /^[“"]?十([一二三四五六七八九])五[”"]?(?:末期?|期末|期间|时期|以来)/;
const DIGIT = '一二三四五六七八九';
// The characters YEAR_CLAUSE, YEAR_OPENS and PLAN_CLAUSE can open with; keep in step with them.
const YEAR_OPENING = unitTable('据另同此在12“"十');
// A title that spans years (2016—2018年) or a five-year plan: its plan year is the last of a
// period, and a year before it may be a milestone of the same plan.
const PERIOD_TITLE = new RegExp(
  String.raw`(?:19|20)\d{2}\s*年?\s*${SPAN_DASH}\s*(?:19|20)\d{2}|十[一二三四五六七八九]五`,
);

/**
 * Whether a clause of time alone earlier in the sentence puts the figure in the past: a year
 * before the plan's (`据悉,2017年,全区…提高到…` in a 2018 page), or a five-year plan that ended
 * before it (`“十一五”末,…达到73.5岁`). A page whose title spans a period is left alone (a year
 * inside it may be a milestone), and words that look ahead after the clause undo it.
 */
export function pastClauseLead(
  sentenceBefore: string,
  planYear: number | null,
  title: string | null,
  periodStart: number | null = null,
): boolean {
  if (planYear === null) return false;
  // A page whose title spans a period (a 十一五 plan, 2016—2018年) keeps the years inside it as
  // milestones; a year before the period starts is still the past (the plan's review of 十五).
  const periodTitle = title !== null && PERIOD_TITLE.test(title);
  const spanStart = periodTitle ? titlePeriodStart(title) : null;
  if (spanStart === null && periodTitle) return false;
  // Only a clause that opens with a year (after 据悉, 在…) or a five-year plan is read: one pass
  // says whether there is one before the sentence is split.
  if (!someClauseOpensWith(YEAR_OPENING, sentenceBefore)) return false;
  const clauses = sentenceBefore.split(/[,，;；:：]/);
  const spaced = /\s/.test(sentenceBefore);
  for (let i = 0; i < clauses.length; i++) {
    const c = spaced ? clauses[i]!.replace(/\s+/g, '') : clauses[i]!;
    if (!opensWith(YEAR_OPENING, c)) continue;
    const y = i < clauses.length - 1 ? YEAR_CLAUSE.exec(c) : null;
    const opens = !y && i < clauses.length - 1 ? YEAR_OPENS.exec(c) : null;
    if (opens && namesPlanYear(clauses.slice(i + 1).join(','), planYear)) continue;
    const plan = y || opens ? null : PLAN_CLAUSE.exec(c);
    const year =
      y || opens
        ? Number((y ?? opens)![1])
        : plan
          ? 2005 + 5 * (DIGIT.indexOf(plan[1]!) + 1)
          : null;
    if (year === null || year >= planYear) continue;
    if (spanStart !== null && year >= spanStart) continue;
    // A year inside the period the page's plan spans (2024—2027年) is one of its milestones.
    if (periodStart !== null && year >= periodStart) continue;
    // What follows the lead (the rest of its clause, then the later clauses) may look ahead.
    const lead = y ? c.length : opens ? opens[0].length : plan![0].length;
    const rest = [c.slice(lead), ...clauses.slice(i + 1)].join(',');
    // A year's end a word of striving follows (2019年底,预计实现…) is a deadline (context-rules.ts).
    if (y && /[底末]$/.test(c) && strivesAfterYearEnd(rest)) continue;
    if (!LOOKS_FORWARD.test(rest)) return true;
  }
  return false;
}

/** Whether `text` names a year (`YYYY年`) of the plan or after it. */
function namesPlanYear(text: string, planYear: number): boolean {
  for (const m of text.matchAll(/((?:19|20)\d{2})年/g)) if (Number(m[1]) >= planYear) return true;
  return false;
}

const TITLE_SPAN = new RegExp(String.raw`((?:19|20)\d{2})\s*年?\s*${SPAN_DASH}\s*(?:19|20)\d{2}`);

/**
 * The first year of the period a title names: `2016—2018年` → 2016, `“十一五”` → 2006 (the n-th
 * five-year plan after the tenth starts in 2001 + 5n), or null.
 */
export function titlePeriodStart(title: string): number | null {
  const span = TITLE_SPAN.exec(title);
  if (span) return Number(span[1]);
  const plan = /十([一二三四五六七八九])五/.exec(title);
  return plan ? 2001 + 5 * (DIGIT.indexOf(plan[1]!) + 1) : null;
}

/** Whether a sentence that opens `截至…` (as of a date) tells where things stood at the figure. */
export function asOfLead(sentenceBefore: string): boolean {
  // 据悉, and 以某市为例, (an example taken) may stand before it.
  const m =
    /^\s*(?:(?:据[\u4e00-\u9fff]{1,3}|以[\u4e00-\u9fff]{1,6}为例)[,，]\s*)?(?:截至|截止)[^,，;；]*/.exec(
      sentenceBefore,
    );
  if (m !== null) return !LOOKS_FORWARD.test(withoutPassedAims(sentenceBefore.slice(m[0].length)));
  // …经过一个月的工作,截至7月27日全市累计接种…人,接种率约80%: a clause inside the sentence that opens
  // with a day of a month (or 目前) dates what follows it as well. Only a day or 目前: a plan's
  // deadline names a year's end (…,截至2025年底,…达到90%).
  const inner = INNER_AS_OF.exec(sentenceBefore);
  return (
    inner !== null &&
    !LOOKS_FORWARD.test(withoutPassedAims(sentenceBefore.slice(inner.index + inner[0].length)))
  );
}

// 至8月底,已建成…等项目,新增床位431张,完成投资10.5亿元: a sentence that opens with a day or a
// month's end reached (至, 到) and goes on with 已 tells what was done by then, like 截至; the counts
// after it are that progress. A plan's deadline does not go on with 已 (到6月底,完成…).
const DONE_BY_DATE =
  /^\s*(?:[至到](?:(?:19|20)\d{2}年)?\d{1,2}月(?:\d{1,2}日|底|末|中旬|下旬)?|[至到]目前)[,，]\s*[\u4e00-\u9fff]{0,12}?已(?!经?[将要])/;

/** Whether a sentence opens with a date reached and what was done by then (`至8月底,已建成…`). */
export function doneByDateLead(sentenceBefore: string): boolean {
  const m = DONE_BY_DATE.exec(sentenceBefore);
  return m !== null && !LOOKS_FORWARD.test(withoutPassedAims(sentenceBefore.slice(m[0].length)));
}

const INNER_AS_OF =
  /[,，;；]\s*(?:截至|截止)(?:目前|(?:(?:19|20)\d{2}年)?\d{1,2}月(?:\d{1,2}日|底|末))/;

// 超出原计划90%的目标, 超过了60%的年度目标: an aim the figures are said to have passed is no look
// ahead; the as-of date still governs the sentence. So is a task a progress report quotes in
// brackets beside what was done (占全年筛查任务(6.6万人)的103%, 超出省定目标任务(60%)22个百分点), or
// the share of a task a clause after a semicolon tells done (占全年目标任务数的54.1%): how far the
// work has got measures it against the aim, it does not set one.
const PASSED_AIM =
  /(?:超出|超过|超额完成|完成|实现|达到)了?[^,，;；。]{0,12}?的(?:年度)?目标|原计划|(?:占|超出|超过|高出|高于)[\u4e00-\u9fff]{0,8}?(?:目标|任务)[\u4e00-\u9fff]{0,2}\([^()]{1,12}\)|占[\u4e00-\u9fff]{0,8}?任务(?:数|量)?的\s*[\d.]+\s*%/g;

// The gate names a word every alternative of PASSED_AIM needs (目标, 原计划, 任务): a pattern that
// learns a word must have its gate learn it too.
function withoutPassedAims(s: string): string {
  return s.includes('目标') || s.includes('计划') || s.includes('任务')
    ? s.replace(PASSED_AIM, '')
    : s;
}

// 超出原计划90%的目标: a figure that is itself the aim named (…的目标 right after it) is that aim,
// restated, whatever the date of the sentence it is restated in.
const NAMED_AIM_AFTER = /^\s*的(?:年度|规划|计划)?目标/;

/** Whether the words right after a figure name it as an aim (`90%的目标`). */
export function namedAim(sentenceAfter: string): boolean {
  return NAMED_AIM_AFTER.test(sentenceAfter);
}

/**
 * Whether a sentence that follows a semicolon belongs to one that opened `截至…` (截至年底,甲完成
 * 2300人,完成率为105%;乙完成2400人): the as-of date governs every part up to the full stop.
 */
export function asOfBeforeSemicolon(text: string, sentenceStart: number, at: number): boolean {
  if (sentenceStart === 0 || !';；'.includes(text[sentenceStart - 1]!)) return false;
  let from = sentenceStart - 1;
  const stop = Math.max(0, sentenceStart - 300);
  while (from > stop && !'。！？!?\n'.includes(text[from - 1]!)) from--;
  const lead = text.slice(from, sentenceStart);
  return lead.includes('截') && asOfLead(text.slice(from, at));
}

// 圆满完成了各项重点工作任务,全市…率10.21‰; 实现了…的目标,…接种率均达到95%以上: a clause telling
// that the tasks or aims were carried out (the verb with 了) makes the figures after it in its
// sentence the results, unless a later clause looks ahead again.
const TASKS_DONE = /(?:完成|实现|达到|超额完成)了[^。；;！？!?]{0,60}?(?:任务|目标)/;

/** Whether an earlier clause of the sentence tells its tasks or aims done (`完成了…任务,`). */
export function tasksDoneLead(sentenceBefore: string): boolean {
  const m = TASKS_DONE.exec(sentenceBefore);
  if (!m) return false;
  const rest = sentenceBefore.slice(m.index + m[0].length);
  // The figure's own clause must come after the one that tells the work done.
  return /[,，;；]/.test(rest) && !LOOKS_FORWARD.test(rest);
}

// 今年,全市…达到4.5个,新增…8万个,提前超额完成…任务: figures a sentence goes on to call a task done
// ahead of time or beyond its size (提前完成, 超额完成) are results, a news report's; a plan puts a
// word of the aim before it (力争提前完成, 确保超额完成, 将提前完成), which keeps its figures. A figure
// named as the task or aim itself (目标任务为1350人,…提前超额完成目标任务) is that aim, kept too.
const DONE_AHEAD_AFTER =
  /^([^。；;！？!?]*?)(?:提前|超额){1,2}完成了?[^。；;！？!?]{0,30}?(?:任务|目标)/;
const AIM_WORD = new RegExp(String.raw`力争|争取|${ENSURE}|将|要|拟|计划|预计|到(?:19|20)\d{2}年`);
const NAMED_TASK = /(?:目标|任务)[^,，;；]{0,8}$/;

function doneAheadAfter(sentenceBefore: string, sentenceAfter: string): boolean {
  const m = DONE_AHEAD_AFTER.exec(sentenceAfter);
  return (
    m !== null &&
    !AIM_WORD.test(sentenceBefore) &&
    !NAMED_TASK.test(sentenceBefore) &&
    !AIM_WORD.test(m[1]!)
  );
}

// 连续十年保持在96%以上, 分别连续9年和10年控制在…以下: a run of years already kept is a record
// of the past; an aim to keep a run (力争连续三年…) looks ahead.
const STREAK =
  /连续(?:\d+|[一二两三四五六七八九十]+)个?年(?:和(?:\d+|[一二两三四五六七八九十]+)年)?[^,，;；。]{0,16}$/;

/** Whether the figure's own clause tells a run of years already kept (`连续十年保持在`). */
export function streakLead(sentenceBefore: string): boolean {
  return STREAK.test(sentenceBefore) && !LOOKS_FORWARD.test(sentenceBefore);
}

// 占总数的62.5%,在…中发挥了重大作用: a figure no word aims at, in a sentence that goes on to tell
// what was done (发挥了, 起到了, 取得了), describes things as they are; so does one the sentence
// sums up as reached (出生率13.18‰,…,实现了人口低速增长).
const DONE_AFTER = /^[^。；;！？!?]*?(?:发挥|起到|取得|作出|做出|赢得|实现)了/;

function doneAfterBareFigure(sentenceBefore: string, sentenceAfter: string): boolean {
  return (
    DONE_AFTER.test(sentenceAfter) &&
    !AIM_VERB.test(sentenceBefore) &&
    !LOOKS_FORWARD.test(sentenceBefore)
  );
}

/**
 * Whether the figure is reported, not set: its sentence calls it a record (`均降至历史最低`), a
 * comparison told with 了 follows it (`较2000年降低了56.2%`), a deed told with 了 follows a
 * figure nothing aims at (`…的62.5%,在…中发挥了重大作用`), it sits in a note (`(注:…`), or a
 * lead of past time or `截至` governs it.
 */
export function reportedFigure(
  sentenceBefore: string,
  sentenceAfter: string,
  planYear: number | null,
  title: string | null,
  periodStart: number | null = null,
): boolean {
  // Each check runs only where its key character stands (these run for every number).
  const record = sentenceBefore.includes('历史') || sentenceAfter.includes('历史');
  if (record && RECORD.test(sentenceBefore + sentenceAfter) && !LOOKS_FORWARD.test(sentenceBefore))
    return true;
  if (sentenceAfter.includes('了') && PAST_CHANGE_AFTER.test(sentenceAfter)) return true;
  if (sentenceAfter.includes('了') && doneAfterBareFigure(sentenceBefore, sentenceAfter))
    return true;
  if (sentenceBefore.includes('注') && inNote(sentenceBefore)) return true;
  if (sentenceAfter.includes('来源') && SOURCED_AFTER.test(sentenceAfter)) return true;
  if (sentenceBefore.includes('截') && asOfLead(sentenceBefore) && !namedAim(sentenceAfter))
    return true;
  if (sentenceBefore.includes('已') && doneByDateLead(sentenceBefore) && !namedAim(sentenceAfter))
    return true;
  if (sentenceBefore.includes('了') && tasksDoneLead(sentenceBefore)) return true;
  if (sentenceAfter.includes('完成') && doneAheadAfter(sentenceBefore, sentenceAfter)) return true;
  if (sentenceBefore.includes('连续') && streakLead(sentenceBefore)) return true;
  if (
    (sentenceBefore.includes('任务') ||
      sentenceBefore.includes('完成率') ||
      sentenceBefore.includes('目标')) &&
    progressShare(sentenceBefore)
  )
    return true;
  if (sentenceBefore.includes('分别') && respectiveChangeOfLevels(sentenceBefore)) return true;
  if (planYear !== null && datedAfter(sentenceAfter, planYear)) return true;
  if (
    planYear !== null &&
    sentenceBefore.endsWith('年', sentenceBefore.length - 2) &&
    changeSinceReportedLevel(sentenceBefore, planYear)
  )
    return true;
  if (
    planYear !== null &&
    sentenceAfter.includes('年') &&
    olderComparison(sentenceAfter, planYear) &&
    !LOOKS_FORWARD.test(sentenceBefore) &&
    !AIM_VERB.test(sentenceBefore)
  )
    return true;
  return (
    /年|五/.test(sentenceBefore) && pastClauseLead(sentenceBefore, planYear, title, periodStart)
  );
}

// 占年度任务的109.5%: the share of a year's task done so far. 完成率分别为:甲市76.4%、乙市58.8%: a
// completion rate told with 为 is where the work stands. A plan names the rate a task must reach
// (完成率达到100%, 确保完成率为100%), which looks ahead.
const TASK_SHARE =
  /占(?:年度|全年|当年)?[\u4e00-\u9fff]{0,4}?(?:计划|目标)?任务(?:数|量)?(?:\([^()]{1,12}\))?的$/;
// 超出省定目标任务(60%)22.33个百分点: how far the work went past a task quoted in brackets.
const TASK_MARGIN =
  /(?:超出|超过|高出|高于)[\u4e00-\u9fff]{0,8}?(?:目标|任务)[\u4e00-\u9fff]{0,2}\([^()]{1,12}\)$/;
const COMPLETION_TOLD = /完成率(?:分别)?为[:：]?[^。；;！？!?]*$/;

/** Whether the figure tells how far a task has got (`占年度任务的`, `完成率分别为:…`). */
export function progressShare(sentenceBefore: string): boolean {
  // Each pattern ends in one character: tested only where the sentence ends in it.
  const last = sentenceBefore.at(-1);
  if (last === '的' && TASK_SHARE.test(sentenceBefore)) return true;
  if (last === ')' && TASK_MARGIN.test(sentenceBefore)) return true;
  return COMPLETION_TOLD.test(sentenceBefore) && !LOOKS_FORWARD.test(sentenceBefore);
}

// 平均期望寿命达到81.72岁(2015年末): a figure dated in brackets to an earlier year is where things
// stood then (a milestone to reach names its aim: (2020年达到77.3岁)).
const DATED_AFTER = /^\s*[(（](?:截至|截止)?((?:19|20)\d{2})年(?:末|底|年末|年底|度)?[)）]/;

function datedAfter(sentenceAfter: string, planYear: number): boolean {
  const m = DATED_AFTER.exec(sentenceAfter);
  return m !== null && Number(m[1]) < planYear;
}

// …提供诊疗服务14757.9万人次,…较2015年分别增长4.74%和5.74%: a figure whose growth is told over a
// year two or more before the plan's is last year's statistic (a plan compares its aim with the
// year it starts from, and says 了 when it tells the past: PAST_CHANGE_AFTER).
const OLDER_COMPARISON =
  /^[^。；;！？!?]*?(?:比|较|与)((?:19|20)\d{2})年(?:同期)?(?:相比)?[,，]?(?:分别)?(?:增加|提高|提升|下降|降低|增长|减少|上升)\s*\d/;

// …死亡率45.8/10万,…8.2‰,分别比2017年下降55.54%、32.56%: changes since a named year that the
// same sentence gives, one for each level it has just stated bare, are how far a report's levels
// moved (a plan states its changes for names: 甲率、乙率分别比2020年下降10%、15%).
const RESPECTIVE_CHANGE =
  /分别(?:比|较|与)(?:19|20)\d{2}年(?:同期)?(?:相比)?[,，]?(?:增加|提高|提升|下降|降低|增长|减少|上升)[^,，;；。]*$/;
// A level stated bare in an earlier clause: a figure with its unit right before the clause ends.
const BARE_LEVEL = /[\u4e00-\u9fff]\d+(?:\.\d+)?(?:%|‰|\/10万|\/万|岁|人|个|家)[,，]/;

function respectiveChangeOfLevels(sentenceBefore: string): boolean {
  const m = RESPECTIVE_CHANGE.exec(sentenceBefore);
  if (m === null) return false;
  const lead = sentenceBefore.slice(0, m.index);
  return BARE_LEVEL.test(lead) && !LOOKS_FORWARD.test(lead) && !AIM_VERB.test(lead);
}

// 住院分娩率达98.02%,较2017年提升5.54个百分点: the change since a year two or more before the
// page's, right after a level the sentence states with no aim, is how far that reported level moved
// (the level itself is read as reported by OLDER_COMPARISON).
const CHANGE_SINCE = /[比较]((?:19|20)\d{2})年(?:增加|提高|提升|下降|降低|增长|减少|上升)$/;
// (gated on 年 third from the sentence's end, where the pattern puts it)
const LEVEL_JUST_BEFORE = /\d(?:%|‰|\/10万|岁)[,，]$/;

function changeSinceReportedLevel(sentenceBefore: string, planYear: number): boolean {
  const m = CHANGE_SINCE.exec(sentenceBefore);
  if (m === null || Number(m[1]) > planYear - 2) return false;
  const lead = sentenceBefore.slice(0, m.index);
  return LEVEL_JUST_BEFORE.test(lead) && !LOOKS_FORWARD.test(lead) && !AIM_VERB.test(lead);
}

// …人均预期寿命达到79岁,比2015年提高3.1岁: an aimed figure's comparison is its baseline.
const AIM_VERB = /达到|提高到|提升到|增加到|增长到|降到|降至|下降到|控制在|保持在|不低于|不超过/;

function olderComparison(sentenceAfter: string, planYear: number): boolean {
  const m = OLDER_COMPARISON.exec(sentenceAfter);
  return m !== null && Number(m[1]) <= planYear - 2;
}

// 孕产妇死亡率 10.66/10万…注:数据来源于…: a figure whose source is cited right after it is a
// statistic read from that source (a target has no source to cite).
const SOURCED_AFTER = /^[^。；;]{0,30}?(?:数据|资料)来源/;

/** Whether the text ends inside an open `(注:…` note (a note explains a figure, it sets none). */
export function inNote(before: string): boolean {
  const open = Math.max(before.lastIndexOf('('), before.lastIndexOf('（'));
  if (open < 0) return false;
  const rest = before.slice(open + 1);
  return /^\s*注\s*[:：]/.test(rest) && !/[)）]/.test(rest);
}

// A plan's span as its name gives it (行动计划(2024-2027年), 2021—2025年规划); in brackets the
// last 年 may be left out (行动计划(2024—2027)), since a bracket right after the years closes them.
const PERIOD = new RegExp(
  String.raw`((?:19|20)\d{2})\s*年?\s*${SPAN_DASH}\s*((?:19|20)\d{2})\s*(?:年|(?=[)）]))`,
  'g',
);

/**
 * The first year of the period the opening of `text` names as ending in `planYear`
 * (`…提升行动计划(2024-2027年)` → 2024), or null.
 */
export function planPeriodStart(text: string, planYear: number | null): number | null {
  if (planYear === null) return null;
  for (const m of text.slice(0, 2000).matchAll(PERIOD)) {
    const from = Number(m[1]);
    if (Number(m[2]) === planYear && from < planYear) return from;
  }
  return null;
}

/**
 * Whether a sentence that opens with 其中 (`其中,大专以上学历的护士超70%`) breaks down a figure the
 * sentence before it reports: it shares that sentence's time, so its figures are reported too.
 * `sStart` is the 其中 sentence's start in `text`.
 */
export function breaksDownReported(
  text: string,
  sStart: number,
  planYear: number | null,
  title: string | null,
  periodStart: number | null = null,
): boolean {
  if (!/^\s*其中[,，]/.test(text.slice(sStart, sStart + 8))) return false;
  let p = sStart;
  while (p > 0 && /[\s。；;]/.test(text[p - 1]!)) p--;
  let from = p;
  while (from > 0 && p - from < 200 && !/[。！？!?；;\n]/.test(text[from - 1]!)) from--;
  const before = text.slice(from, p);
  return (
    pastYearEndLead(before, planYear) ||
    pastTimeLead(before, planYear) ||
    reportedFigure(before, '', planYear, title, periodStart)
  );
}

// 据了解,去年,…达到97%。将22种…纳入…目录。…兑付金额达1261万元。: a sentence that opens with last
// year alone as its time tells that year's results, and the sentences after it in its paragraph go on
// with them until one looks ahead (今年…, 将…, 到2025年). A paragraph ends at a line break or at a
// space after a full stop (pages that lost their line breaks keep the space).
const LAST_YEAR_OPENING =
  /^(?:据悉|据了解|据介绍|另外|同时|此外)?[,，]?(?:去年|上年|上一年)度?(?:全年)?[,，]/;

// 据了解,某省在54个县实施干预项目: a reporter's lead (据了解, 据悉, 据介绍) followed by the places
// where a scheme is carried out (在 and the count of places), with no word of an aim or a time to
// come in the sentence, tells where the work goes on now, not where it is to.
// (据了解,该区决定在6个社区建立…: a decision or a plan relayed is still to be carried out.)
const DECIDED = /决定|计划|拟|将|要|准备|打算|力争|争取|规划|确定|明确|启动/;
const REPORTED_WHERE = /^\s*(?:据悉|据了解|据介绍)[,，][^,，。;；:：]{0,12}?在\s*$/;

/** Whether a count is the number of places a reporter's lead says a scheme runs in now. */
export function reportedWhere(sentenceBefore: string): boolean {
  return (
    sentenceBefore.includes('据') &&
    REPORTED_WHERE.test(sentenceBefore) &&
    !DECIDED.test(sentenceBefore)
  );
}

// 据悉,2017年是项目开展第三年,完成…。…: a reporter's lead (据悉, 据了解, 据介绍) before a year
// earlier than the page's own opens a report of that year; the sentences after it go on with it as
// after 去年.
const REPORTED_YEAR_OPENING = /^(?:据悉|据了解|据介绍)[,，]?\s*((?:19|20)\d{2})\s*年/;

function pastYearReported(opens: string, year: number | null): boolean {
  if (year === null) return false;
  const y = REPORTED_YEAR_OPENING.exec(opens);
  return y !== null && Number(y[1]) < year;
}

/**
 * Whether the sentence starting at `sStart` carries on a report of last year that an earlier
 * sentence of its paragraph opened, nothing between them (nor this sentence) looking ahead.
 */
export function continuesLastYear(
  text: string,
  sStart: number,
  year: number | null = null,
): boolean {
  if (sStart === 0 || !/[。！？!?]/.test(text[sStart - 1]!) || /\s/.test(text[sStart]!))
    return false;
  // Cheap gate: the lead's 去年/上年 (or a reporter's 据悉/据了解/据介绍) within the sentences read back.
  const window = text.slice(Math.max(0, sStart - 1200), sStart);
  if (
    !window.includes('去年') &&
    !window.includes('上年') &&
    !(
      year !== null &&
      (window.includes('据悉') || window.includes('据了解') || window.includes('据介绍'))
    )
  )
    return false;
  let end = text.indexOf('。', sStart);
  if (end < 0 || end - sStart > 300) end = Math.min(text.length, sStart + 300);
  let from = sStart;
  for (let n = 0; n < 4 && from > 0 && /[。！？!?]/.test(text[from - 1]!); n++) {
    let s = from - 1;
    while (s > 0 && from - s < 300 && !/[。！？!?\n]/.test(text[s - 1]!)) s--;
    const sentence = text.slice(s, from);
    const opens = sentence.trimStart();
    if (LAST_YEAR_OPENING.test(opens) || pastYearReported(opens, year))
      return !LOOKS_FORWARD.test(text.slice(s, end));
    // A sentence that opens its paragraph (after a line break or a space) ends the search.
    if (opens.length < sentence.length || s === 0 || text[s - 1] === '\n') return false;
    from = s;
  }
  return false;
}

// A plan's monitoring report counts the aims already met (83项提前达到2015年规划目标,占76.9%,比上年
// 提高2.6个百分点; 有32项已达到规划值,占84.2%): the shares and changes after it in the sentence are
// that tally, not aims. Not after a word that still strives (力争提前实现…目标) nor when words that
// look ahead follow it (在提前完成十三五目标的基础上,到2025年…).
const AIMS_MET_TALLY =
  /(?:提前|已经?|均已|全部|如期)(?:达到|实现|完成)了?[^,，。;；]{0,16}?(?:目标值?|规划值|指标值)/g;
const STRIVING = new RegExp(String.raw`力争|争取|${ENSURE}|努力|(?<![主重需])要|将(?!近)`);

/**
 * Whether `lead` (the sentence up to the figure, with the lines a PDF broke it into) has just
 * told how many aims were already met, nothing looking ahead after it.
 */
export function afterAimsMetTally(lead: string): boolean {
  // (The tally names the aims met: 目标, 规划值, 指标值.)
  if (!/达到|实现|完成/.test(lead) || (!lead.includes('目标') && !lead.includes('值')))
    return false;
  let last: RegExpExecArray | null = null;
  for (const m of lead.matchAll(AIMS_MET_TALLY)) last = m;
  if (!last) return false;
  const clause = lead
    .slice(0, last.index)
    .split(/[,，;；:：]/)
    .at(-1)!;
  if (STRIVING.test(clause)) return false;
  return !LOOKS_FORWARD.test(lead.slice(last.index + last[0].length));
}

// 76.9%的监测指标达到中期目标, 80%的指标已提前实现: the share of a plan's indicators that reached
// their aims is the tally of a monitoring report.
const SHARE_OF_INDICATORS = /^的[^,，。;；]{0,8}?指标[^,，。;；]{0,6}?(?:达到|实现|完成)/;

/** Whether a rate followed by `tail` is the share of indicators that met their aims. */
export function indicatorsMetShare(tail: string, sentenceBefore: string): boolean {
  return SHARE_OF_INDICATORS.test(tail) && !LOOKS_FORWARD.test(sentenceBefore);
}
