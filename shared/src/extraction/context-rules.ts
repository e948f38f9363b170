import type { Comparator } from '../targets/vocabulary';
import { isWatchword } from './set-phrases';
import { aimedYear } from './plan-years';
import { isPastSpanClause, LOOKS_FORWARD } from './report-boundary';
import { paragraphStart } from './paragraphs';
import { isTallyClause, lastPresentSentence, opensFuture, opensPresent } from './present-state';
import { opensWith, someClauseOpensWith, unitTable } from './unit-tables';
import { followsBar } from './bar-figures';
import { SPAN_DASH } from './span-dash';
import { ENSURE } from './aim-words';

// Judgements about a number's context: is it an achieved figure, a count worth tracking,
// a reference to someone else's value? Word lists, not sentence-specific patterns.

// 累计 is an achieved total (累计完成), but 累计结余 is a fund's balance, an indicator of its own,
// and 累计报销封顶线 or 累计支付限额 a cap on what is paid in all (a scheme's level);
// a verb of doing with 了 (完成了22个) or a change told done (提高到了52%) reports what was done
// (达到了 still aims, as plans write it);
// 高达/仅为 judge a figure that is (比例高达75%, 仅为68.7岁): no plan aims with them. A figure
// right after 基线 (基线3.2%) is the starting point an aim is measured from.
// 至今 (to this day) tells a total reached (至今总配备量超过了14000台); 至今年底 is a deadline ahead.
// 现有 tells what there is now (全县现有卫生院12所), but not as the adjective `existing` after a verb
// of using or widening or before 基础 (扩大现有项目覆盖面…要达到30%, 在现有基础上提高到…).
// 已创建/已建立 tells units made before the plan (已创建省级卫生村272个), as 已建成 does; 已实施/已开展
// (已开展筛查300余人) tells work done so far.
// 如今 (nowadays) tells the present as 目前 does (如今全市犬只数量约3万只), and so does 当前 (not the
// time for work: 当前和今后, 当前阶段, 当前要…); so does 现时, Hong Kong's word for it (现时全港…).
// 总计划 (a whole plan: 招收总计划的20%) is no tally, though it holds 总计.
// 共超过/共逾 (患者共超过850万人) tells a total as it stands, as 共有 and 高达 do.
// 完成全年任务数的115.3% tells how much of a task was done, unless an aim word leads (确保完成…的).
// 争取到…资金 (secured, as 获得): 争取到 before a noun tells what was won; 争取到2025年, 争取到80%
// and a word of intent before it (要争取到…) still look ahead.
// 已按计划完成/已如期建成 (已按要求完成8所): done to schedule is done all the same; 成立了/组建了/设立了
// (成立了5个工作组) tell bodies set up, as 完成了 does work done.
// 确定了/认定了/遴选了/评选了/命名了/确立了 (共确定了12家定点医院) tell units designated, a choice made,
// as 成立了 tells bodies set up; a plan's own choice to make (确定12家) has no 了.
/** Words that mark a figure as already achieved or as a baseline, not a target. */
const ACHIEVED = new RegExp(
  String.raw`比上年|较上年|比去年|较去年|同比|环比|比(?:19|20)\d{2}年|较(?:19|20)\d{2}年|与(?:19|20)\d{2}年相比|已达|已经|已有|已超过|已突破|已降至|已覆盖|已(?:提高|提升|上升|增加|增长|下降|降低|减少)|约有|大约有|高达|共超过|共逾|仅为|仅有|仅占|已完成|已建成|已实现|已(?:创建|创成|建立|组建|设立|新建)|已(?:实施|施行|开展|救治|筛查)|至今(?!年)|累计(?!结余|结存|余额|可支付|(?:报销|补偿|支付)?(?:封顶|最高|限额))|共有|(?<!扩大|利用|依托|整合|优化|盘活|用好|发挥|在|按|对|结合|根据|依据)现有(?!基础|资源|条件|水平)|目前|如今|现时|当前(?![和及与、]|阶段|时期|[要应需须])|截至|截止|去年|上年度|过去|前年|共计|总计(?!划)|现已|(?:完成|建成|建立|新建|成立|组建|设立|创建|培训|开展|下降|降低|增加|减少|救治|筛查|投入|签约|确定|认定|遴选|评选|命名|确立)了|已(?:按计划|按要求|按期|如期|提前)(?:完成|建成|实现)|(?:提高|提升|上升|增加|增长|下降|降低|减少)[到至]了|基线(?:值|水平)?(?:为|是|:|：)?\s*$|(?<!(?:${ENSURE}|力争|争取|要|将)[\u4e00-\u9fff]{0,4})完成[^,，。;；]{0,12}?(?:任务|计划)(?:数|量)?的\s*$|(?<![要将拟努力])争取到(?=[\u4e00-\u9fff])(?![一二两三四五六七八九十〇百千万今明本后年底])`,
);

/** True when the clause says the number is already reached or is a comparison baseline. */
export function isAchieved(clauseBefore: string): boolean {
  return ACHIEVED.test(clauseBefore);
}

// The end of a span of years (`2016年到`), not a milestone.
const SPAN_END = /(?:19|20)\d{2}年(?:底|末)?\s*$/;

/** Whether `year` falls in the plan's own period, no earlier than the page's own year. */
export function ownMilestone(
  year: number,
  periodStart: number | null,
  published: number | null,
): boolean {
  return periodStart !== null && year >= periodStart && (published === null || year >= published);
}

// 在2019年(人均…)的基础上: a year opening the baseline a rise is counted from.
const BASELINE_YEAR = /^在(?:19|20)\d{2}年[^,，;；。]{0,16}?基础上/;

/**
 * A past year named in the clause (`2011年为…`) makes the figure a baseline for a later plan; a year
 * that names a birth cohort (2007年后出生的儿童) dates no figure. A year inside the period the plan
 * spans (`periodStart` on), not before the page came out, is one of its milestones: a plan for
 * 2008–2010 issued in 2008 sets 2008年…达95% as that year's aim.
 */
export function pastYear(
  clauseBefore: string,
  planYear: number | null,
  published: number | null = null,
  periodStart: number | null = null,
): boolean {
  // (No year written, no past year: most clauses end here.)
  if (planYear === null || !clauseBefore.includes('年')) return false;
  let past = false;
  for (const m of blankAsides(clauseBefore).matchAll(
    /((?:19|20)\d{2})年(?!底|末|以?[后前]出生)/g,
  )) {
    // 提升至2014年的9.5: a year that dates the figure itself (年的 right before it) is when the
    // level was reached, not a milestone to reach it by.
    const datesFigure = /^\s*的\s*$/.test(clauseBefore.slice(m.index + m[0].length));
    // 在2019年(人均…)的基础上提高30元: the year dates the baseline a rise is counted from, not the
    // rise; whether the rise is past is for the clause's other years to say.
    if (BASELINE_YEAR.test(clauseBefore.slice(Math.max(0, m.index - 1)))) continue;
    const aimed = aimedYear(clauseBefore, m.index) && !datesFigure;
    // 2023年发布的方案提出到2030年将…提升至46.6%: a milestone at or after the plan's year later in
    // the clause governs the figure; the earlier year dated something else. Not the end of a span
    // (从2016年到2017年,…从19.9下降到19.6), which a statistic reports.
    if (aimed && Number(m[1]) >= planYear && !SPAN_END.test(clauseBefore.slice(0, m.index - 1)))
      past = false;
    // A year after the page was published (news of 2022 on a plan's aim for 2023) is still ahead.
    else if (
      Number(m[1]) < planYear &&
      !aimed &&
      !(published !== null && Number(m[1]) > published) &&
      !ownMilestone(Number(m[1]), periodStart, published)
    )
      past = true;
    // …and one before the year the page was published is past even where the page's own year is
    // read as that year (news of 2015 that names 2014 most often).
    else if (datesFigure && published !== null && Number(m[1]) < published) past = true;
  }
  return past;
}

// A closed bracket before the figure is an aside on an earlier item of a list (…≤2.8%(2025年基线
// 3.2%)、手术部位感染率≤1.2%): its year dates that item's baseline, not this figure.
const CLOSED_ASIDE = /[(（][^()（）\n]*[)）]/g;

/** The clause with its closed brackets blanked, offsets kept. */
export function blankAsides(clause: string): string {
  if (!clause.includes('(') && !clause.includes('（')) return clause;
  return clause.replace(CLOSED_ASIDE, (a) => ' '.repeat(a.length));
}

/**
 * A sentence that opens with the end of a year before the plan's (`2020年末,`, `截至2020年底,`)
 * tells where things stood: every figure in it is an achievement, whatever its verb. Not the end
 * of the year a dated page came out in or a later one: news of August 2020 on a plan for
 * 2020–2022 writes its milestones `2020年底,…` and `2021年底,…`, still ahead of it (`截至` looks
 * back whatever the date).
 */
export function pastYearEndLead(
  sentenceLead: string,
  planYear: number | null,
  published: number | null = null,
): boolean {
  if (planYear === null) return false;
  const m = /^\s*(截至|截止)?((?:19|20)\d{2})年(?:末|底|年末|年底)[,，]/.exec(sentenceLead);
  if (m === null || Number(m[2]) >= planYear) return false;
  if (m[1] !== undefined) return true;
  // An undated page's bare year end followed by a word of striving (`2019年底,力争…`, `预计实现`)
  // is the deadline of an aim, not where things stood: only 截至 looks back whatever follows.
  if (published === null && strivesAfterYearEnd(sentenceLead.slice(m[0].length))) return false;
  return published === null || Number(m[2]) < published;
}

// The words of striving after a bare year-end lead that make it a deadline (pastYearEndLead, and
// reported.ts pastClauseLead): 预计 only with the verb of attaining, not an estimate's bare 预计.
const YEAR_END_AIMED = new RegExp(
  String.raw`^[^。；;]{0,16}?(?:力争|争取|${ENSURE}|计划|预计实现|预计完成)`,
);

/** Whether the words after a bare year-end lead (`2019年底,`) strive towards it (力争, 预计实现). */
export function strivesAfterYearEnd(rest: string): boolean {
  return (
    (rest.includes('预计') ||
      rest.includes('力') ||
      rest.includes('争') ||
      rest.includes('确') ||
      rest.includes('计划')) &&
    YEAR_END_AIMED.test(rest)
  );
}

// A clause of time alone that places the rest of its sentence in the past: 去年度, 截至2013年底,
// 2004年以来, 近年来, or a past day (1987年7月11日, an event). Plans write the future with 到…年.
// A span opened by 自/从 and a year and closed by 以来 in its clause (自2009年实施…工程以来) is time
// gone by however long the event between (round DH; header.ts reads the same span for the page's year).
// 从2016年数据来看 reads a past year's data. 据推算/据统计 alone opens an estimate of how things
// stand (据推算,…现患率约为45%), and so does a census's or survey's data named as the source (根据第七次
// 全国人口普查数据,…; 据全省慢性病监测结果显示). 在这次活动中 tells of an event that took place (a plan writes 本次).
// A decade of the last century (20世纪80年代, 上世纪90年代末, 70年代初) is history: no plan aims at it.
const PAST_TIME_CLAUSE =
  /^(?:据悉|据了解|另外|同时|此外)?(?:(?:(?:19|20)世纪|上世纪)?[5-9]0年代(?:初期?|中期?|末期?|前期|后期)?|据(?:推算|估算|估计|统计|测算|调查)(?:显示|表明)?|(?:根据|据|从)[^,，]{1,24}?(?:普查|调查|统计|监测)的?(?:数据|结果|资料)(?:显示|表明|来看|看)?|(?:截至|截止)[^,，]{0,15}|(?:从|据|由)(?:19|20)\d{2}年(?:的|度)?(?:统计)?数据(?:来)?看|去年度?|上年度?|上一年度?|前年|过去[一两二三四五]?年|近年来|近[一两二三四五几]年来?|(?:自|从)?(?:19|20)\d{2}年[^,，]{0,6}?以来|(?:自|从)(?:19|20)\d{2}年[^,，]{0,20}?以来|(?:19|20)\d{2}年\d{1,2}月(?:\d{1,2}日)?|在?(?:这次|此次)[\u4e00-\u9fff]{0,8}中)$/;
// 去年全市参合280万人,参合率达到99%: a clause opening with last year and telling a figure of it
// reports that year, and the clauses after it go on with the same report (unless they look ahead).
const LAST_YEAR_FIGURE = /^(?:去年|上年|上一年|前年)(?:度|底|末|全年)?[^\d,，]{0,20}\d/;
// 1-6月全市教育支出42亿元, 1至11月,…, 今年前三季度,…: the months of the year gone by, opening a
// clause, tell what the year has brought so far (a mid-year report's spending, births, cases): a
// tally, and the clauses after it in the sentence go on with it. The span runs from January (1-6月,
// 一至三月份) or is a part of the year done (今年上半年, 前三季度; a bare 上半年 may be a plan's
// deadline, 上半年开工建设…). Only with no deed and no aim after it in the clause (a timetable
// writes 1—3月完成摸底…): a whole and a measure's name, or nothing. A span dated with a year is
// past only before the plan's year (the dated-day rule below).
const YEAR_END_AHEAD = /预计|到年底|年底前|到年末|年末前/;
const YEAR_SO_FAR =
  /^(?:今年|(?:19|20)\d{2}年)?(?:(?:1|一)月?份?\s*[-—–~～至到]\s*(?:1[01]|[2-9]|十一|[二三四五六七八九十])月份?|(?<=年)(?:上半年|前三季度|一季度|第一季度)|前三季度)/;
const SINCE_YEAR = /^(?:自|从)((?:19|20)\d{2})年(?:起|开始)$/;
const UNTIL_YEAR = /^至((?:19|20)\d{2})年(?:底|末)?$/;
// 经过四年的实践探索, 经过多年努力: years of work already spent, whose results the sentence goes on
// to tell (做到了…); 经过三年努力,力争… looks ahead instead.
const EFFORT_SPENT =
  /经过[^,，]{0,8}?(?:[一两二三四五六七八九十\d]+|多|几)年(?:的|来)?[\u4e00-\u9fff]{0,4}?(?:探索|实践|努力|奋斗|建设|攻坚)/;
const DONE = /[\u4e00-\u9fff]了(?!解)/;
// LOOKS_FORWARD (report-boundary.ts) after such a clause turns the sentence towards the plan
// (近年来…,力争到2025年达到…).

// The characters a clause the loop below reads can open with (SINCE_YEAR, UNTIL_YEAR,
// PAST_TIME_CLAUSE, isPastSpanClause, isTallyClause, opensPresent), but 到, which opens only a
// tally up to a day (…止): every other clause is passed over without its regexes. Keep it in step
// with them.
const TIME_OPENING = unitTable(
  '据根另同此截从由去上前过近自在这回今党“"至目当如一两二三四五六七八九十0123456789',
);

// “十四五”期间 in a page of 2023 (or in a plan for 2021–2025): a five-year plan's span that has not
// ended when the page is written is the plan's own time, not time gone by (十三五以来 is, whenever).
const FIVE_YEAR_SPAN = /^[“"]?十([一二三四五])五[”"]?(?:[(（][^()（）]{0,16}[)）])?(?:期间|时期)$/;
const NUMERAL = '一二三四五';

/** Whether clause `c` is a five-year plan's span still running at `now` (the page's date or year). */
function ownPeriodSpan(c: string, planStart: number | null, published: number | null): boolean {
  const m = FIVE_YEAR_SPAN.exec(c);
  const now = published ?? planStart;
  if (!m || now === null) return false;
  // 十一五 is 2006–2010: the n-th plan ends in 1955 + 5n.
  return 1955 + 5 * (11 + NUMERAL.indexOf(m[1]!)) > now;
}

/** Whether clause `c` opens with the months of the year gone by and tells no deed or aim after them. */
function yearSoFar(c: string): boolean {
  const m = YEAR_SO_FAR.exec(c);
  if (!m) return false;
  const rest = c.slice(m[0].length);
  return !COUNT_VERB.test(rest) && !LOOKS_FORWARD.test(rest);
}

/** Whether a clause (no spaces) may be one pastTimeLead reads: a cheap test before the regexes. */
function mayTellTime(c: string): boolean {
  return (
    opensWith(TIME_OPENING, c) ||
    c.includes('目前') ||
    c.includes('当前') ||
    c.includes('如今') ||
    c.endsWith('以来') ||
    c.endsWith('止') ||
    c.includes('经过') ||
    c.includes('年间') ||
    c.includes('年来')
  );
}

// A clause that is a span of two years and nothing else (2019年至2022年, 2019—2022年间).
const YEAR_SPAN_CLAUSE = new RegExp(
  String.raw`^((?:19|20)\d{2})年?${SPAN_DASH}((?:19|20)\d{2})年(?:间|期间)?$`,
);

/** Whether clause `c` is a span of years begun before `published` and ended by it. */
function spentYearSpan(c: string, published: number): boolean {
  const code = c.charCodeAt(0);
  if (code !== 0x31 && code !== 0x32) return false;
  const m = YEAR_SPAN_CLAUSE.exec(c);
  return m !== null && Number(m[1]) < published && Number(m[2]) <= published;
}

/**
 * Whether a clause of past time earlier in the sentence (`据悉,去年度,…,覆盖率达96.8%`) makes the
 * figure an achievement. `sentenceBefore` runs from the sentence start to the figure; a dated
 * day counts only before the plan's year, and words that look ahead after the clause undo it.
 */
export function pastTimeLead(
  sentenceBefore: string,
  planYear: number | null,
  planFrom: number | null = null,
  published: number | null = null,
): boolean {
  // Most sentences have no clause the loop reads: one pass says so before the split (on a
  // sentence without spaces, which the clauses' words are read without).
  const spaced = /\s/.test(sentenceBefore);
  if (
    !spaced &&
    !someClauseOpensWith(TIME_OPENING, sentenceBefore) &&
    !sentenceBefore.includes('以来') &&
    !sentenceBefore.includes('目前') &&
    !sentenceBefore.includes('当前') &&
    !sentenceBefore.includes('如今') &&
    !sentenceBefore.includes('止') &&
    !sentenceBefore.includes('经过') &&
    !sentenceBefore.includes('年间') &&
    !sentenceBefore.includes('年来')
  )
    return false;
  const clauses = sentenceBefore.split(/[,，;；:：]/);
  for (let i = 0; i < clauses.length; i++) {
    const c = spaced ? clauses[i]!.replace(/\s+/g, '') : clauses[i]!;
    if (!mayTellTime(c)) continue;
    // 自2010年起,…实施了…: a start before the plan's year, told with a deed done (了), opens a
    // run of what has been achieved since; 自2025年起 in a plan looks ahead.
    // Words that look ahead count only after the last deed done (实施了…计划 names a plan).
    const since = SINCE_YEAR.exec(c);
    const spent = !since && EFFORT_SPENT.test(c);
    if (since || spent) {
      const rest = clauses.slice(i + 1);
      let done = -1;
      rest.forEach((r, k) => {
        if (DONE.test(r)) done = k;
      });
      const before = since ? planYear !== null && Number(since[1]) < planYear : true;
      if (before && done >= 0 && !LOOKS_FORWARD.test(rest.slice(done + 1).join(','))) return true;
      continue;
    }
    // 经过多年整治,至2016年,年报告病例下降至196例: a clause naming the end of a span before the
    // plan's years (before its first year where it has one) tells where things had got by then.
    // Only 至: plans set their milestones with 到 (到2015年,… in a plan to 2020).
    const until = UNTIL_YEAR.exec(c);
    if (until) {
      const first = planFrom ?? planYear;
      if (
        first !== null &&
        Number(until[1]) < first &&
        !LOOKS_FORWARD.test(clauses.slice(i + 1).join(','))
      )
        return true;
      continue;
    }
    // 2019年至2022年,…共投入…: a span of years that began before a dated page's year and ends no
    // later than it is time gone by, as 2019年以来 is (a plan's span runs past its dateline).
    if (published !== null && c.length <= 16 && c.length >= 9 && spentYearSpan(c, published)) {
      if (!LOOKS_FORWARD.test(clauses.slice(i + 1).join(','))) return true;
      continue;
    }
    // 一年来, 任职以来, 十三五期间: the spans of time gone by that open a review part.
    // 当前…超过90%,…长期保持2/3以上: a clause of the present carries on to the sentence's figures.
    const present = i < clauses.length - 1 && (opensPresent(c) || LAST_YEAR_FIGURE.test(c));
    const onlySoFar =
      !PAST_TIME_CLAUSE.test(c) && !isPastSpanClause(c) && !isTallyClause(c) && !present;
    if (onlySoFar && !yearSoFar(c)) continue;
    if (c.includes('五') && ownPeriodSpan(c, planFrom ?? planYear, published)) continue;
    // A dated day is past only before the plan's year; 截至 and 以来 look back whatever the year.
    const day = /^(?:19|20)\d{2}年\d/.test(c) ? Number(c.slice(0, 4)) : null;
    if (day !== null && (planYear === null || day >= planYear)) continue;
    const later = clauses.slice(i + 1).join(',');
    // 今年1-9月,…为87.2%,预计到年底能够完成84.5%的目标: the year's end foreseen after the months
    // gone by looks ahead.
    if (onlySoFar && YEAR_END_AHEAD.test(later)) continue;
    if (!LOOKS_FORWARD.test(later) && !(present && opensFuture(later))) return true;
  }
  return false;
}

// Verbs that make a count something to be done this year (登记: patients to find and register,
// not those 登记在册, already on the register; goods to buy, 购置 or 采购; material planned to be handed out, 计划发放, not
// what was handed out). 对 takes the things to work on (对2个市州进行检查),
// but not after 加大/加强/强化: 加大对216个未达标县的督导力度 steps up work on what already is.
// 完善三格式厕所200座: facilities to bring up to standard, the noun between the verb and the count
// (not 完善3个机制, where the count follows the verb straight away, nor 完善和推广4家…, a second verb).
// 参保52万人, 参合46万人: right before the figure, people to enrol in a scheme (参保率 is a rate).
// 新(改、扩)建, 改(扩)建: a verb of building written with its alternatives in brackets. 投入500位医师:
// staff or means put in. 规划设置/拟设置…中心12个: units a plan sets up (not 本规划设置9个专栏, the plan’s
// own sections). 开办16家托婴中心, 投放2台除颤仪: units to open and equipment to put out, as 新建 and
// 配备 are; 将于校内设置12处, 预计于…设置: a place put between the word of the future and 设置.
// 再建, 拟建, 将建 (再建12所卫生室): 建 alone after a word of the future or of one more round.
// 对接 (对接12个村) links what exists: no preposition taking things to work on.
// 增聘 (增聘40名护士): staff to hire on top of those in post, as 招聘. 增配 (在现有60台的基础上增配
// 180台): equipment to put in on top of what is in place, as 配置.
// 修建, 兴建 (将在镇上修建12座公厕): verbs of building as 新建 and 建设 are.
// 增添, 多添, 新添, 再添 (未来三年多添500张病床): 添 is 增 written in its other word, so many to add.
// 推广至, 推动到, 扩大至, 延伸到 (将分批推广至全区80所小学): a scheme rolled out to so many units is a
// reach to make, as 覆盖 is; not after 已 (已推广至…: a reach made).
// 将向…1200名残疾人发放…, 拟向…提供: the people a body is to hand things to or serve (将/拟/要/计划
// with 向, as with 为), and what it hands them after.
const COUNT_VERB = new RegExp(
  String.raw`[新改扩][(（][新改扩、,，]{1,4}[)）]建|检查|筛查|体检|救治|新建|修建|兴建|新增|(?:增|多|新|再)添|(?<!已经?)(?:推广|推动|扩大|扩展|延伸|拓展)[至到]|新创|创建|建设|建成|建立|组建|成立|设立|(?<![本该此])(?:规划|计划)设置|(?:拟|将)设置|(?:拟|将|预计|计划)于[^,，。;；]{1,8}?设置|增设|开办|投放|培训|培养|招收|招生|招录|招募|录用|引进|安排|支持|扶持|资助|救助|打造|完成|确定|遴选|评选|认定|选拔|启动|实施|推进|争取|力争|${ENSURE}|达到|覆盖|发展|改建|改造|扩建|扩容|增开|加开|更新|购置|采购|录取|派出|派驻|选派|组织|培育|命名|提供|援助|举办|开设|配备|配置|增配|招聘|增聘|表彰|承担|投入|登记(?!在册)|参[保合](?=\s*$)|(?:计划|拟|将|要)(?:发放|分发|赠送)|(?:计划|拟|将|要)向|(?:将|拟|计划|要在)[^,，。;；]{0,8}?增加(?![了的])|(?:再|拟|(?<![重主需必])[将要])建|创|(?<![作成认较因行称])为|(?<![针面相绝反核大强化])对(?![接照比标])|每[\u4e00-\u9fff]{1,3}$|(?<![已曾共累])发现(?=[\u4e00-\u9fff]{2,14}?(?:病人|患者|病例|感染者)\s*$)|完善(?![了和与及并])(?=[\u4e00-\u9fff]{2,12}\s*$)`,
);
// 发现新涂阳肺结核病人9415例: the cases a disease plan is to find, the sick right before the count, are
// case-finding work (the tuberculosis and leprosy plans' first quota), not a tally of new cases (the
// sick after the count, new-cases.ts); 已/共/累计发现 tells cases found.
// Light verbs after the counted noun: 在3个村开展试点, 对2个市州进行检查, 将12个省份纳入试点.
// Not the 有 of 要有, which opens the next count (42个县中要有30个…).
// 1.4万颗牙齿将获免费封闭, 800名患者将得到救治: the things or people counted will receive the
// work (将获, 将得到, 将享受: a passive to come; without 将, 得到 tells what they received).
// 9家医院将建成无烟医院, 5所学校要创成示范校: the units counted are to become what the plan
// names (将/要 with 建成, 创成, 成为), so many to reach that standing this time. 与3个地市签订协议:
// the partners an agreement is to be signed with (签订, 签署) are so many to win.
const LATER_VERB =
  /开展|进行|实施|提供|办理|增设|接受|纳入|签订|签署|将(?:获得?|得到|享受|享有)|进入|开工|(?<!要)有|建设|改造|创建|[将要](?:建成|创成|成为)/;
// 114张将置于甲医院: the things counted are to be put in a place (a planned total's share there).
const TO_BE_PLACED = /^\s*将(?:置于|设于|设在|放在|落户)/;
// Counted things that are named packages or descriptions, not things to build. 精神 is a spirit
// only outside the mental-health field (精神卫生机构, 精神病医院, 精神障碍患者 are things to count).
// 五大工程 is a package, but 20种大病 counts the major illnesses a scheme covers, and 4次大型活动
// the large events to hold (大型 is an adjective, not the package's 大).
const PACKAGE =
  /^(?:大(?![病型])|[步化]|[\u4e00-\u9fff]{0,3}?(?:措施|制度|举措|原则|机制|方面|维度|领域|层面|环节|要素|代表|结合|清单|方针|理念|战略|意识|作风|体系|理论|思想|精神(?!卫生|病|障碍|疾病|科|专科)|纪律|规定)(?![\u4e00-\u9fff]{0,2}(?:建设|中心|项目|机构|示范|试点)))/;

// 17个部门联合印发: a count of the bodies that issue a plan tells who wrote it, nothing to do.
const ISSUING_BODIES = /^(?:部门|部委)等?(?:联合|共同|印发|制定|发布|出台|下发)/;

// 检查项目涵盖健康评估、疾病筛查、遗传咨询等19项: a count closing a list of what something
// includes tells the list's size, not something to do, whatever verbs the items hold. So does one
// closing a list a document says it set out (《规划》明确了…、…等25项任务): the verb with 了 tells what
// the text did; a plan's own task (确定12个试点) has no 了.
const LISTED_CONTENTS =
  /(?:涵盖|包括|包含|(?:确定|明确|提出|部署|列出|安排)了)[^,，。;；]*、[^,，。;；]*等\s*$/;

/** Whether a count reads as a target: an explicit bound, a range, or a verb of doing around it. */
export function countEvidence(
  before: string,
  after: string,
  explicit: boolean,
  range: boolean,
): boolean {
  if (PACKAGE.test(after) || ISSUING_BODIES.test(after) || LISTED_CONTENTS.test(before))
    return false;
  if (isWatchword(after)) return false;
  if (explicit || range) return true;
  if (COUNT_VERB.test(before)) return true;
  // 产值超过50亿元的3家: units counted by the bar they clear (bar-figures.ts).
  if (followsBar(before)) return true;
  // 人数达470万人, 管理人数提高到1亿人: an aim word right before the number (增加 alone too, 会增加
  // 3.8万个名额: so many to add, unless 比/较 a base makes it a change told; 增 after a word of the
  // future, 亦将增71张, is 增加 written short); 抽检(食品)2万批次: a
  // verb of sampling right before it or its short object (what a sampling plan covers,
  // 抽检计划涵盖33个食品大类, is no such count).
  if (
    /(?:达到|达|(?:提高|提升|增加|增长|扩大|扩展|拓展|下降|降低|减少|降)(?:到|至)|增至|超过|(?<![比较][^,，]{0,8})增加|(?:将|拟|要|再)增)\s*$|(?:抽检|抽查)[\u4e00-\u9fff]{0,3}\s*$/.test(
      before,
    )
  )
    return true;
  // 可服务3000名老人, 可容纳500人: a capacity offered is a count provided; 明年度2万个名额: places
  // offered (a quota) are a count set to fill.
  if (/(?:可|能够?|将)(?:服务|容纳|接待|收治)\s*$/.test(before) || /^名额/.test(after)) return true;
  // 10万家庭受惠, 5万人受益: the people a scheme is to reach, counted by who benefits (a tally of
  // them, 共有…受益, is read as one by its own words).
  if (/^[\u4e00-\u9fff]{0,4}?(?:受惠|受益|获益)/.test(after)) return true;
  // 要有20个(县)达到…标准: so many units that must reach a standard (要 as the modal of an aim).
  if (/(?<![主重需])要有?\s*$/.test(before) && /^[\u4e00-\u9fff]{0,4}?达到/.test(after))
    return true;
  // 初筛任务数10000人, 献血工作任务为133单位: a quota of the work to be done is a count to reach;
  // so is its total (监测任务共计800份, 任务合计…).
  if (/任务(?:数|量)?\s*(?:共计|合计|总计)?\s*(?:为|是|:|：)?\s*$/.test(before)) return true;
  // 每千人口执业医师数3.7人, 每万居民要有4名全科医生: a density is an indicator whatever the verb.
  if (/每[十百千万]+(?:常住)?(?:人口|人|名|居民)/.test(before)) return true;
  if (TO_BE_PLACED.test(after)) return true;
  // 24名医生为该校学生进行了免费体检: a light verb after the counted noun that takes 了 tells the work
  // done (a launch day's, a review's), not work to do; 进行免费体检 without 了 still counts.
  const later = LATER_VERB.exec(after.slice(1));
  return later !== null && after.charAt(1 + later.index + later[0].length) !== '了';
}

// 工作计划8篇, 述职报告范文5篇: a count of texts right after the kind of text is the size of a
// page's collection (a 范文 site's title), not something to write. 发表论文3篇 still counts.
const TEXT_KIND =
  /(?:计划|总结|方案|要点|报告|讲话|发言|致辞|心得|体会|材料|范文|范本|模板|合集|大全|精选)\s*$/;

// 规划提出了16个具体工作指标, 方案明确8项重点任务: how many aims or tasks a plan sets out says
// what the text holds, not something to reach.
// 推进落实18项工作任务, 部署12项重点任务: so are the tasks it carries out or deploys.
const SETS_OUT = /(?:提出|列出|明确|设置|设定|包括|包含|涵盖|落实|部署)了?\s*$/;
const PLAN_ITEMS =
  /^(?:[\u4e00-\u9fff]{0,6}?(?:指标|任务|目标|举措|意见))(?![\u4e00-\u9fff]{0,4}(?:达到|完成率|完成数))/;
// 提出了2009年推进改革的10项任务, 围绕医改五项重点改革三年目标: what the items are for stands between
// the verb and the count (ending in 的), or the plan is built around them (围绕).
const SETS_OUT_FOR =
  /(?:(?:提出|列出|明确|部署)了?[^,，。;；:：、]{1,14}的|围绕[^,，。;；:：、]{1,14})\s*$/;
const REACHING = new RegExp(String.raw`完成|达到|建成|新增|实现|力争|${ENSURE}|增加|提高|争取`);

// 具体目标有7个。, 主要任务共5项: the same told after the noun, the count closing its clause (what
// follows is the list itself). A quota in people (检查任务为5403人) is a count to reach, so only the
// units that count items (个, 项, 条) and 有/共/包括, never 为.
const ITEMS_NUMBERED = /(?:指标|任务|目标|举措|措施)(?:主要|一共|总共|共)?(?:有|共|包括)\s*$/;
const ITEM_UNITS = /^[个项条]$/;

// 拟通过实施8项计划, 开展5项专项行动, 统筹推进五项重点改革: how many programmes (项) a plan runs
// counts its own parts.
const RUNS = /(?:实施|推出|启动|开展|推进|组织实施)了?\s*$/;
const PROGRAMMES =
  /^[\u4e00-\u9fff]{0,8}?(?:计划|行动|工程|措施|举措|改革)(?![\u4e00-\u9fff]{0,4}(?:达到|完成率|覆盖))/;

// 确定8件民生实事项目, 办好十件惠民实事: how many 实事 a yearly list holds counts the list's own
// items (each item's figures are the aims), whatever verb goes before it.
const LIST_ITEMS = /^[\u4e00-\u9fff]{0,4}?实事/;

/**
 * Whether a count only says how many indicators, tasks or aims the plan itself sets out, how
 * many programmes (`unit` 项) it runs, or how many 实事 its list holds.
 */
export function isPlanItemCount(before: string, tail: string, unit = ''): boolean {
  return (
    (tail.includes('实事') && LIST_ITEMS.test(tail)) ||
    ((SETS_OUT.test(before) || (SETS_OUT_FOR.test(before) && !REACHING.test(before.slice(-16)))) &&
      PLAN_ITEMS.test(tail)) ||
    (unit === '项' && RUNS.test(before) && PROGRAMMES.test(tail)) ||
    (ITEM_UNITS.test(unit) && ITEMS_NUMBERED.test(before) && /^\s*(?:[。:：;；,，]|$)/.test(tail))
  );
}

/** Whether a count follows a demonstrative (命名这773个县城, 上述10个项目): things already told of. */
export function isBackReference(before: string): boolean {
  return /(?:这|那|该|上述|前述|此)\s*$/.test(before);
}

/** Whether a count in 篇 (or 则) only says how many texts a collection holds. */
export function isTextCollection(before: string, unit: string): boolean {
  return (unit === '篇' || unit === '则') && TEXT_KIND.test(before);
}

// Values given only by reference to another body's figure: 不低于省要求, 低于全国平均值. A rank
// (达到省内领先水平, 全国先进水平, 全市前列) names no figure to reach: it is no reference.
export const REFERENCE = new RegExp(
  String.raw`(不低于|不高于|低于|高于|不超过|控制在|保持在|达到)` +
    String.raw`((?:全国|全省|全市|国家|省|市|区|县|上级|上年)(?![\u4e00-\u9fff]{0,6}?(?:领先|先进|一流|前列|领跑))[\u4e00-\u9fff]{0,8}?(?:要求|平均值|平均水平|平均|水平|指标|标准|目标)|正常值|正常水平|正常范围)` +
    String.raw`(以内|以下|以上|之内)?`,
  'g',
);

/**
 * The name without a reference bound it ends in (`居民健康素养水平达到全省平均水平`, the clause before
 * `并较上一年度增长3个百分点`): that bound is a target of its own, not part of the next one's name.
 */
export function withoutTrailingReference(name: string): string {
  REFERENCE.lastIndex = 0;
  for (const m of name.matchAll(REFERENCE))
    if (m.index > 0 && m.index + m[0].length === name.length) return name.slice(0, m.index);
  return name;
}

/** Comparator for a reference bound (`不低于省要求` → `>=`). */
export function referenceComparator(
  verb: string,
  suffix: string | undefined,
): Exclude<Comparator, '=' | '~'> {
  if (suffix === '以上') return '>=';
  if (suffix) return '<=';
  if (verb === '低于') return '<';
  if (verb === '高于') return '>';
  if (verb === '不高于' || verb === '不超过' || verb === '控制在') return '<=';
  return '>=';
}

// 目前,全区有站点38个。平均反应时间约14分钟,…: the sentences after a paragraph's opening 目前 go on
// telling where things stand, until one looks ahead (今年底,…将达45个).
const PRESENT_LEAD = /^\s*(?:目前|当前|现在|截至目前|截止目前)[,，]/;
// 截至2018年底,老年人口达2.5亿。…比例高达75%,失能老人超过4000万: a paragraph opening with the
// day its figures stand at goes on with figures of that day, as one opening with 目前. Not a day
// after the plan's year (截至2025年底,… in a plan sets a deadline).
const AS_OF_LEAD =
  /^\s*(?:截至|截止)((?:19|20)\d{2})年(?:底|末|年底|年末|\d{1,2}月(?:底|末|\d{1,2}日)?)?[,，]/;

// …截至2021年年底,完成筛查8800人。2022年全市筛查任务为9000人: a sentence naming a year after the
// day moves on from it.
const YEAR_NAMED = /((?:19|20)\d{2})年/g;

/** Whether `text` (a paragraph's few sentences) names a year after `year`. */
function namesLaterYear(text: string, year: number): boolean {
  for (const m of text.matchAll(YEAR_NAMED)) if (Number(m[1]) > year) return true;
  return false;
}

/**
 * Whether the sentence `[sStart, sEnd)` of `t` goes on from a paragraph that opened with 目前 or
 * with a day not after `planYear` (截至2018年底,), with nothing looking ahead since.
 */
export function continuesPresent(
  t: string,
  sStart: number,
  sEnd: number,
  planYear: number | null = null,
  // A paragraph of present figures is short: its opening is looked for 400 characters back.
  from: number | null = paragraphStart(t, sStart),
): boolean {
  if (from === null || from === sStart) return false;
  let paraBefore = t.slice(from, sStart);
  const asOf = AS_OF_LEAD.exec(paraBefore);
  // …凸显。目前,…。基层每年管理的…: or a sentence inside the paragraph opened with 目前.
  if (!asOf && !PRESENT_LEAD.test(paraBefore))
    paraBefore = paraBefore.slice(lastPresentSentence(paraBefore));
  const opened = asOf
    ? (planYear === null || Number(asOf[1]) <= planYear) &&
      !namesLaterYear(t.slice(from + asOf[0].length, sEnd), Number(asOf[1]))
    : PRESENT_LEAD.test(paraBefore);
  return opened && !LOOKS_FORWARD.test(paraBefore) && !LOOKS_FORWARD.test(t.slice(sStart, sEnd));
}
