import { FORWARD, opensWithPastSpan, WILL } from './report-boundary';
import { isAchievedParagraph } from './review';
import { isResultsBriefing } from './press-results';
import { comparesWithBefore } from './compared-results';
import { isSiteTrail } from './page-region';
import { ENSURE } from './aim-words';

// A page of a kind that reports a past year — a statistical bulletin (统计公报), a yearbook
// (年鉴, whose entries open 【条目】 2020年,…), a year's summary (工作总结) or a report to those
// above (工作汇报), news that relays published figures (数据显示, 《…公报》显示) or a meeting that went through
// how the year's work stands (通报了…完成情况和…进展情况) — sets no targets: its figures are what was reached. Only a
// sentence that aims (到2030年, 力争, 目标, 将) may still carry one, as a bulletin's closing outlook
// does. The kind is read from the opening, where a title or lead names it.

const REPORT_KIND =
  /统计公报|年鉴|工作总结|工作汇报|数据显示|(?:报告|公报|统计)》?显示|通报了?[^。\n]{0,40}?(?:完成|进展)情况|^[\s\d:-]*【[^】\n]{1,12}】\s*(?:19|20)\d{2}年[,，]/;
// An opening that also names a plan (2016年工作总结和2017年工作要点) is a plan page: review.ts
// parts its report from its plan. So is news from a meeting that sums one year up and sets the next
// year's work out (工作总结暨2017年工作部署会上获悉): what it relays is the work set out. A plan
// carried out over a span of years is named 实施计划 as often as 实施方案 (全民健身实施计划
// (2021—2025年)), and a plan of any name with its span in brackets (…健身计划(2021—2025年)) is one.
export const PLAN_KIND =
  /要点|工作计划|行动计划|实施计划|实施方案|工作方案|发展规划|规划(?:纲要|》)|工作安排|打算|部署(?:大?会|会议)|计划[(（](?:19|20)\d{2}/;

// Words by which a sentence looks ahead. 要 only as a verb (要达到), not inside 主要 or 重要; no
// 计划 or 规划, which name programmes in reports (免疫规划, 计划免疫), no 目标 that names a
// way of managing (目标管理责任制, 目标责任书) and none that was met (超额完成…的目标, 规划目标全面
// 实现): a report tells it was carried out.
// 到YYYY年的 closes a dated from-to (由2020年的77.93岁提高到2021年的78.2岁): a statistic's run, not a
// time aimed at; so does 到YYYY年 in a from-to that opened with a year of its own, with or without
// 的 (由2020年6.1张增加到2021年6.4张).
// 将 as the future only (WILL, report-boundary.ts).
// 确保 as a guarantee still to give, not 确保了 (the guarantee a report says was given).
// 要求 only as a demand made (会议要求,…; 要求达到95%): the requirement a page says it worked to
// (按照…的要求, 根据上级要求) tells whose instructions it followed, as a summary does of its year,
// and sets nothing.
// 今后 with the years it spans (今后每年, 今后三年): from now on, as a progress report's closing
// aims are told. 拟 as the verb of intent (拟完成, 拟共新建), not 拟定/拟订 (a plan drafted) nor
// 模拟 or 虚拟.
const AIMS = new RegExp(
  String.raw`(?<![由从](?:19|20)\d{2}年[^,，。;；]{0,30})到(?:19|20)\d{2}年(?!的)|(?:19|20)\d{2}年(?:前|底前)|今后(?:每年|[一两二三四五六七八九十\d]{1,2}年)|(?<![模虚草比])拟(?![定订稿写任聘录])|力争|争取|(?<!(?:完成|实现)[^,，。;；]{0,20})目标(?!人群|管理|责任|(?:任务)?(?:已经?)?(?:提前|如期|全面|基本)?(?:实现|完成))|预计|${ENSURE}(?!了)|${WILL}|(?<![主重需])要(?:求(?<!(?:按照?|根据|依照|遵照|依据)[^,，。;；:：]{0,30}要求)|在|达到|实现|提高|降低|控制)|不低于|不高于|不超过`,
);

const OPENING = 300;

// A report to those above named by its own words (…落实“两纲”情况汇报, 现将…情况汇报如下, 我就…工作
// 作以简要汇报): what it tells was done. A plan it reports on is cited in 《…》, which makes it no
// plan page.
// A report of how work went (…推进情况的报告, …完成情况的通报, 现将…报告如下) is such a report too; a government's
// 工作报告 plans as well and is not one.
const REPORTED_UP =
  /情况汇报|汇报如下|作(?:了|以|一)?(?:个|简要|简短)?(?:的)?汇报|(?:情况|进展|调研)(?:的)?(?:报告|通报)|报告如下/;

// A plan's evaluation (规划中期评估报告), a self-check (自查报告) or an office-holder's account (述职)
// tells how far things came: the plan its title names is the one measured, not one it sets. One
// that goes on to a plan of its own (二、2018年工作计划) is parted by its headings instead.
function afterTitle(opening: string): string {
  const start = opening.search(/\S/);
  const lineEnd = start < 0 ? -1 : opening.indexOf('\n', start);
  return lineEnd < 0 ? '' : opening.slice(lineEnd).replace(/《[^》\n]*》/g, '');
}
const EVALUATED = /评估报告|自查报告|述职/;

/** Whether the opening of `text[0, end)` names it a report of a past year's figures. */
export function isReportKind(text: string, end: number): boolean {
  const opening = text.slice(0, Math.min(end, OPENING));
  if (lookBackHeadline(opening)) return true;
  if (REPORTED_UP.test(opening) && !PLAN_KIND.test(opening.replace(/《[^》\n]*》/g, '')))
    return true;
  if (EVALUATED.test(opening) && !PLAN_KIND.test(afterTitle(opening))) return true;
  if (PLAN_KIND.test(opening)) return citedPlansOnly(opening) || lateNews(opening);
  return (
    REPORT_KIND.test(opening) ||
    aimsMet(opening) ||
    lateNews(opening) ||
    achievedLead(opening) ||
    awardHeadline(opening) ||
    lastYearHeadline(opening) ||
    reviewLeadPage(opening) ||
    resultsLead(opening) ||
    TASKS_DONE_OPENING.test(opening) ||
    isResultsBriefing(text, end) ||
    comparedResults(text, end) ||
    relayedNews(text, end, opening)
  );
}

// A summary whose own words name it one (…上半年健康企业创建工作总结) and that names plans only as the
// documents it carries out (根据《健康汉中2030规划纲要》…): the plans are cited, not set, so the
// page stays a report. A notice whose plan is itself the cited title (关于印发《…工作总结和…工作要点》)
// names both inside 《》 and is left to the plan side.
function citedPlansOnly(opening: string): boolean {
  const own = opening.replace(/《[^》\n]*》/g, '');
  return REPORT_KIND.test(own) && !PLAN_KIND.test(own);
}

// A page that opens by telling a year's tasks done (2019年,在各方努力下,全县超额完成了改厕任务。):
// a review of that year, whose paragraphs then tell how. Its first sentence names no plan (a plan
// page was sent to lateNews above).
const TASKS_DONE_OPENING =
  /^\s*(?:19|20)\d{2}年[,，][^。\n]{0,60}?(?:超额|全面|圆满|顺利)?完成了[^。\n]{0,30}?任务。/;

// How far a page is read for a word ahead (as review.ts reads a report page).
const READ = 3000;

// A page that measures its changes against the time before (同比, 较改革前: compared-results.ts) and
// names no aim and no time to come anywhere reports what was reached.
function comparedResults(text: string, end: number): boolean {
  const page = text.slice(0, Math.min(end, READ));
  return comparesWithBefore(page) && !AIMS.test(page) && !COMING_YEAR.test(page);
}

// News a reporter relays from an office (记者28日从…获悉,…患病率下降至1%以内) tells what that office
// says has been reached; when the page names no aim and no time to come anywhere (nor a plan's year,
// 根据规划,2010年…: FORWARD) and no year after its own date, its figures (its headline's too) are
// results. 今年71岁 is an age, not the year ahead.
const REPORTER_LEARNED = /记者[^。\n]{0,12}?[从自][^。\n]{0,30}?获悉/;
const AGE_THIS_YEAR = /今年\d{1,3}岁/g;

function relayedNews(text: string, end: number, opening: string): boolean {
  if (!opening.includes('获悉') || !REPORTER_LEARNED.test(opening)) return false;
  let page = text.slice(0, Math.min(end, READ));
  if (page.includes('今年')) page = page.replace(AGE_THIS_YEAR, '');
  if (AIMS.test(page) || COMING_YEAR.test(page) || FORWARD.test(page)) return false;
  // A year after the story's own date (实现2026年…达35%, in news of 2023) is a time to come.
  const dated = SOURCED_DATE.exec(opening);
  if (!dated) return true;
  const published = Number(dated[1] ?? dated[2]);
  return ![...page.matchAll(/((?:19|20)\d{2})年/g)].some((m) => Number(m[1]) > published);
}

// A page whose first line announces what was achieved and lists it after a colon (…实施取得了明显的
// 阶段性成效: / 一是…): every figure in the list is a result. A plan's line that looks ahead (将取得,
// 力争取得, 要取得) is no such lead.
const RESULTS_LEAD = new RegExp(
  String.raw`^[^。！？\n]{0,40}?(?<!将|要|力争|争取|${ENSURE}|努力)取得了?[^。！？:：\n]{0,12}?(?:成效|成绩|成就|进展)[:：]\s*$`,
);

function resultsLead(opening: string): boolean {
  const first = opening.split('\n').find((line) => line.trim() !== '');
  return first !== undefined && RESULTS_LEAD.test(first.trim());
}

/**
 * A headline that opens with last year (去年全市人均预期寿命提高到…, 上年度…) tells the page is news of
 * what that year reached; a plan's title names the year it is for. A headline that quotes a speaker
 * (某市长:过去一年,我们…) opens after the name and its colon.
 */
function lastYearHeadline(opening: string): boolean {
  const first = opening.split('\n').find((line) => line.trim() !== '');
  return (
    first !== undefined &&
    first.trim().length <= 60 &&
    !/[。！？]/.test(first) &&
    /^(?:[\u4e00-\u9fff]{2,4}[:：])?(?:去年|上年度?|上一年度?|过去(?:的)?一年)/.test(first.trim())
  );
}

// A government work report's review part opens its first paragraph with the time gone by
// (这一年,我们…; 过去五年,…; 任职以来,…: the span words of report-boundary.ts): when the page is
// that part alone, with nothing in its opening about the year to come, every figure in it was
// reached.
const COMING_YEAR = /今年|明年|新的一年|下一步|今后|展望/;

function reviewLeadPage(opening: string): boolean {
  const lead = opening.split('\n').find((line) => line.trim().length >= 40);
  return lead !== undefined && opensWithPastSpan(lead) && !COMING_YEAR.test(opening);
}

/**
 * A page whose first paragraph tells what its year achieved (2022年,…多项工作成绩明显。…) and
 * names no plan: a bureau's report of the year. An opening that goes on to a later year or to
 * what comes next (2023年…成效显著。2024年,全市新建…) is news of a plan.
 */
function achievedLead(opening: string): boolean {
  const lead = opening.split('\n').find((line) => line.trim().length >= 40);
  if (lead === undefined || !isAchievedParagraph(lead)) return false;
  const year = /((?:19|20)\d{2})年/.exec(lead);
  if (!year || /明年|下一步|今后/.test(opening)) return false;
  for (const m of opening.matchAll(/((?:19|20)\d{2})年/g)) if (m[1]! > year[1]!) return false;
  return true;
}

// News that a plan's aims were met (健康中国行动2022年主要目标提前实现, 目标已如期完成): what follows
// tells the levels reached. Only with 提前 or 已, which a plan does not write of its own aims
// (确保目标如期实现 is an aim), and not after a word that still strives (力争…目标提前实现, 为全面
// 完成…目标).
const AIMS_MET = /目标(?:任务)?(?:已经?(?:提前|如期|全面|基本)?|提前)(?:实现|完成)/;
// The other way round (某县全面完成2019年度免疫规划目标) only as the page's headline: inside a
// paragraph the same words can be a plan's review of its year before its tasks for the next.
const AIMS_MET_HEADLINE = /(?:全面|提前|如期|超额|顺利)(?:实现|完成)了?[^,，。;；:：\n]{0,20}?目标/;

const STILL_STRIVING = new RegExp(String.raw`力争|争取|${ENSURE}|努力|将|(?<![主重需])要|^\s*为`);

function aimsMet(opening: string): boolean {
  const m = AIMS_MET.exec(opening) ?? headlineMatch(opening, AIMS_MET_HEADLINE);
  if (!m) return false;
  const clause = opening
    .slice(0, m.index)
    .split(/[,，。;；:：\n]/)
    .at(-1)!;
  return !STILL_STRIVING.test(clause);
}

// News that a place has won a title (某区创成国家卫生县城, 某市荣获全国文明城市, 成功创建…): what the
// page tells are the levels that won it. A place on a published list of those that passed (某区上榜, 评估结果出炉,
// 通过…评估) is such a title too. Not after a word that still strives (力争创成, 确保成功创建).
const AWARD_HEADLINE = new RegExp(
  String.raw`(?<!力争|争取|${ENSURE}|努力|将|要|为)(?:创成|荣获|获评|喜获|成功创建|被命名为|上榜|榜上有名|通过[^,，。;；:：\n]{0,12}?(?:验收|复审|考核|评审|评估))`,
);

// A headline that looks back (回望“十三五”, 回眸2019, 盘点…成就): the page reviews a period and its
// figures are where it ended; a plan that reviews before it plans names a plan too (工作回顾和…要点:
// PLAN_KIND above). Not after a word that still strives or lies ahead (将回顾).
const LOOK_BACK_HEADLINE = /^\s*(?:回望|回眸|回顾|盘点)|(?<!将|要)(?:回望|回眸|盘点)/;

// Asked before the plan words: a review names the plan it measures in its body (“十三五”规划纲要确定的
// …指标已提前完成); only a headline that names a plan kind itself is a plan's.
function lookBackHeadline(opening: string): boolean {
  const m = headlineMatch(opening, LOOK_BACK_HEADLINE);
  return m !== null && !PLAN_KIND.test(m.input);
}

function awardHeadline(opening: string): boolean {
  return headlineMatch(opening, AWARD_HEADLINE) !== null;
}

// A site's own lines above a story (某某网,每日更新…! 收藏本站; 您现在的位置:主页 > 新闻 >): no
// headline, so the headline is looked for below them.
const SITE_BANNER = /收藏本站|设为首页|加入收藏/;
const BANNER_LINES = 3;

/**
 * `pattern` in the opening's headline: its first line (below at most three lines of the site's
 * banner or trail of sections), when short and not a sentence.
 */
function headlineMatch(opening: string, pattern: RegExp): RegExpExecArray | null {
  let from = 0;
  for (let k = 0; k <= BANNER_LINES; k++) {
    const end = opening.slice(from).search(/\S/);
    if (end < 0) return null;
    const lineEnd = opening.indexOf('\n', from + end);
    const first = opening.slice(from + end, lineEnd < 0 ? opening.length : lineEnd);
    if (k < BANNER_LINES && lineEnd >= 0 && (SITE_BANNER.test(first) || isSiteTrail(first))) {
      from = lineEnd + 1;
      continue;
    }
    if (first.trim().length > 60 || /[。！？]/.test(first)) return null;
    return pattern.exec(first);
  }
  return null;
}

// A news story's dateline with its source (2018-07-11 17:57:55 来源:新华网), the source on the
// same line or the next (2020-04-21 20:12:00 / 来源:人民网). A page's own label of when it was put
// out (来源:办公室 发布时间:2021-03-24) dates it as well, the source before the date.
const SOURCED_DATE =
  /((?:19|20)\d{2})-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])(?!\d)[^\n]*\n?[^\n]{0,4}来源|发布(?:时间|日期)[:：]\s*((?:19|20)\d{2})-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])(?!\d)/;

// A question and its answer (a hot-line's or a bureau's 问:…答:…): the answer tells what rule
// applies, a standard or a share in force for the year asked about, not what was done that year,
// so a date after that year does not make it late news.
const ANSWERED = /问[:：][\s\S]{0,200}?答[:：]/;

/**
 * News published in one year that names only earlier years in its opening and nothing ahead
 * (a story of 2018 on what was done in 2017): it tells the past year's figures.
 */
function lateNews(opening: string): boolean {
  const dated = SOURCED_DATE.exec(opening);
  if (!dated || ANSWERED.test(opening)) return false;
  const years = [...opening.matchAll(/((?:19|20)\d{2})年/g)].map((m) => Number(m[1]));
  const published = Number(dated[1] ?? dated[2]);
  return years.length > 0 && years.every((y) => y < published) && !AIMS.test(opening);
}

/**
 * Whether the sentence (or headline line) around `[start, end)` of `text` looks ahead up to the
 * end of the figure's own clause: an aim told in a later clause (…合格率达99.37%,…将超过26%) is
 * another figure's.
 */
export function sentenceAims(
  text: string,
  start: number,
  end: number,
  reportYear: number | null = null,
): boolean {
  let from = start;
  while (from > 0 && !'。！？!?;；\n'.includes(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !'。！？!?;；,，\n'.includes(text[to]!)) to++;
  const sentence = text.slice(from, to);
  return (
    AIMS.test(
      reportYear !== null && sentence.includes('预计')
        ? withoutYearEstimates(sentence, reportYear)
        : sentence,
    ) ||
    (PLANNED_BEFORE.test(text.slice(from, start)) && AIM_NAMED_AFTER.test(text.slice(end, to)))
  );
}

// 2019年全国卫生总费用预计达…亿元: a report estimates the total of the year it reports, or of one
// before it, while its final count is still to come; that 预计 looks back at the year named before
// it in the clause. 预计到2025年 and a later year's 预计 still look ahead.
const YEAR_ESTIMATE = /((?:19|20)\d{2})年(?:度|末|底)?[\u4e00-\u9fff]{0,16}?预计/g;

function withoutYearEstimates(sentence: string, reportYear: number): string {
  return sentence.replace(YEAR_ESTIMATE, (m: string, y: string) =>
    Number(y) <= reportYear ? m.slice(0, -2) : m,
  );
}

// 计划在今年新建10个站点的工作目标提前完成: the figure is the aim itself, named as the plan's 目标, even
// where the sentence tells it met; the level reached is told apart from it, if at all.
const PLANNED_BEFORE = /计划[^,，。;；:：]{0,20}$/;
const AIM_NAMED_AFTER = /^[\u4e00-\u9fff]{0,20}?的(?:工作|年度|建设)?目标/;
