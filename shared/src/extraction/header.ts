import { postsNationalStandard } from './standard-pages';
import { isStartYear } from './start-years';
import { addressYear, datedEventsYear } from './address-years';
import type { Gazetteer } from '../regions/gazetteer';
import { isBaselineYear } from './change';
import { isValueLabel, yearAfterPriorValues } from './prior-values';
import { parseChineseNumeral } from './numerals';
import { fiveYearPlanEnd, periodYear, plansTurnYear } from './period-year';
import { SPAN_DASH } from './span-dash';
import { summaryPlanYear } from './summary-plan';
import { withoutHonours } from './honour-names';
import { isSiteTrail, pageRegion } from './page-region';
import { siteNoticeStart } from './site-notices';
import { schoolYear } from './school-years';
import { rocYear } from './roc-years';
import { dayFirstDate, wireLeadAt } from './news-dates';
import { isHeadlineFeed } from './tickers';
import { ENSURE } from './aim-words';

/** A document part in normalised offsets, with what its header says. */
export interface PartInfo {
  title: string | null;
  region: string | null;
  /** GB/T 2260 code of the region when the gazetteer resolves it to one unit. */
  regionCode: string | null;
  year: number | null;
  /** The year a news page's dated source line gives (2022-08-15 来源:…), set by the extractor. */
  published?: number | null;
  start: number;
  end: number;
}

const PART_LINE = /^[ \t]*第[一二三四五六七八九十]+篇\s*[:：]?\s*(.*)$/gm;
// Page furniture after which a scraped page only holds downloads and links to other texts (a news
// site's 新闻推荐 / 相关新闻 lists other stories, with their own figures). A site may head the list
// with the page's title in brackets (【卫生局工作计划】相关文章:).
const TRAILER =
  /^[ \t]*(?:【[^】\n]{1,40}】[ \t]*)?(?:下载.{0,40}(?:word|doc|文档|格式)|点此处下载|相关范文|相关推荐|相关文章|猜你喜欢|热门推荐|上一篇|下一篇|新闻推荐|推荐阅读|相关新闻|相关阅读)/gm;
const TITLE_WORDS =
  /工作要点|要点|工作计划|工作打算|打算|工作思路|实施方案|方案|规划|计划|工作安排|安排|意见|关于做好[^，。]{2,30}?工作的通知/;
const YEAR = /((?:19|20)\d{2})\s*年?/;
const CN_YEAR = /([〇零一二三四五六七八九]{4})年/;

/** Offset where the document's own text ends and page furniture (download links, 相关范文) begins. */
export function contentEnd(text: string): number {
  // A 下载本文档 button above the text (a document site's header) ends nothing: furniture ends
  // the content only once a paragraph has come before it.
  TRAILER.lastIndex = 0;
  let m: RegExpExecArray | null;
  let end = text.length;
  while ((m = TRAILER.exec(text)) !== null) {
    if (PARAGRAPH.test(text.slice(0, m.index))) {
      end = m.index;
      break;
    }
  }
  const para = PARAGRAPH.exec(text);
  const notice = para ? siteNoticeStart(text, para.index + para[0].length) : -1;
  if (notice >= 0 && notice < end) end = notice;
  return Math.min(end, signedEnd(text, end));
}
const PARAGRAPH = /[^\n]{40,}/;

// A signed document (责任书, 协议) closes with a line for seals or signatures and then its date
// line; on a document site the next text's title follows.
const SEAL = /[(（](?:盖章|签名|签字|公章|签章)[)）]/g;
const DATE_LINE =
  /^[ \t]*(?:(?:19|20)\d{2}|[〇零一二三四五六七八九]{4})?[ \t]*年[ \t]*\d{0,2}[ \t]*月[ \t]*\d{0,2}[ \t]*日[ \t。.]*$/;

/** End of a signed document: after the date line that follows its last seal or signature line. */
function signedEnd(text: string, end: number): number {
  SEAL.lastIndex = 0;
  let last = -1;
  let m: RegExpExecArray | null;
  while ((m = SEAL.exec(text)) !== null && m.index < end) last = m.index;
  if (last < 0) return end;
  // From the end of the seal's line, look at the next few lines for the date.
  let at = text.indexOf('\n', last);
  if (at < 0) return end;
  for (let i = 0; i < 3 && at < end; i++) {
    const next = text.indexOf('\n', at + 1);
    const lineEnd = next < 0 ? text.length : next;
    const line = text.slice(at + 1, lineEnd);
    // An annex after the signatures (附件: 目标任务分解表) is still the document's.
    if (DATE_LINE.test(line)) return /附件|附表/.test(text.slice(lineEnd, end)) ? end : lineEnd;
    at = lineEnd;
  }
  return end;
}

/** Splits a compilation (`第一篇:…`, `第二篇:…`) into parts and reads each part's title, region and year. */
export function readParts(text: string, end: number, gazetteer?: Gazetteer): PartInfo[] {
  const starts: { at: number; title: string }[] = [];
  PART_LINE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PART_LINE.exec(text)) !== null && m.index < end)
    starts.push({ at: m.index, title: m[1]!.trim() });
  if (starts.length < 2) return [readPart(text, 0, end, null, gazetteer)];
  const parts: PartInfo[] = [];
  for (let i = 0; i < starts.length; i++) {
    const s = i === 0 ? 0 : starts[i]!.at;
    const e = i + 1 < starts.length ? starts[i + 1]!.at : end;
    parts.push(readPart(text, s, e, starts[i]!.title, gazetteer));
  }
  return parts;
}

function readPart(
  text: string,
  start: number,
  end: number,
  partTitle: string | null,
  gazetteer: Gazetteer | undefined,
): PartInfo {
  const body = text.slice(start, end);
  const head = body.slice(0, 3000);
  const title = cleanTitle(partTitle && TITLE_WORDS.test(partTitle) ? partTitle : findTitle(head));
  // A standard of the nation set out on the page binds no year (standard-pages.ts).
  const year = postsNationalStandard(head)
    ? null
    : (summaryPlanYear(head) ??
      yearOf(title) ??
      headlinePlanYear(head) ??
      schoolYear(head) ??
      storyYear(head) ??
      turnYear(head) ??
      bodyYear(head) ??
      yearAfterPriorValues(head) ??
      versionYear(head) ??
      publishedYear(head, true) ??
      periodYear(head) ??
      datedEventsYear(head) ??
      addressYear(head));
  // An honour's 全国/全省 (创建全国文明城市) is no whole the page binds: the region is read without it.
  const place = pageRegion(withoutHonours(title ?? '') || null, withoutHonours(body), gazetteer);
  const dated = year ?? rocYear(head, place?.code);
  return {
    title,
    region: place?.name ?? null,
    regionCode: place?.code ?? null,
    year: dated,
    start,
    end,
  };
}

function findTitle(head: string): string | null {
  const lines = head.split('\n', 40);
  let first: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!isTitleLine(line)) continue;
    first ??= line;
    // A portal's list of documents (each title, then its date) above the one the page carries:
    // the title the body's paragraph follows is the page's, not the list's first.
    if (first === line && !listedTitle(lines, i)) return line;
    if (first !== line && bodyFollows(lines, i)) return line;
  }
  return first ?? runOnTitle(lines[0]?.trim() ?? '');
}

function isTitleLine(line: string): boolean {
  if (line.length < 4 || line.length > 60 || !TITLE_WORDS.test(line)) return false;
  if (/[。，,；;]/.test(line)) return false;
  // 首页 / 工作范文 / …计划: the site's trail, whose last step only repeats the title on its own line.
  if (isSiteTrail(line)) return false;
  // The issuing body (四川省卫生和计划生育委员会) is no title, though 计划 is a title word.
  return !/(?:委员会|局|厅|办公室)$/.test(line);
}

// A list item's date on a line of its own: 2025-06-10, [2025-06-10], 10 2025-06, 2025年6月10日.
const LIST_DATE =
  /^\s*[[(（【]?\s*(?:\d{1,2}\s+)?(?:19|20)\d{2}(?:[-/.年]\d{1,2}月?(?:[-/.]\d{1,2}|\d{1,2}日)?)?\s*[\])）】]?\s*$/;

/** Whether the title at `i` is an item of a dated list (`10 2025-06` on the next line, then another title). */
function listedTitle(lines: string[], i: number): boolean {
  return LIST_DATE.test(lines[i + 1] ?? '') && isTitleLine(lines[i + 2]?.trim() ?? '');
}

/** Whether the line after the title at `i` is a paragraph of body text. */
function bodyFollows(lines: string[], i: number): boolean {
  const next = lines[i + 1]?.trim() ?? '';
  return next.length > 60 && /[。,，]/.test(next);
}

// A document number (国发〔2007〕16号, 川卫发[2017]65号) right after a title.
const DOC_NUMBER = /\s*[\u4e00-\u9fff]{1,8}[〔[［(（](?:19|20)\d{2}[〕\]］)）]\s*\d{1,4}\s*号/;

/**
 * A page flattened into one line (a PDF or a document site's text) opens with its title and
 * then the document number: the words before the number are the title.
 */
export function runOnTitle(firstLine: string): string | null {
  const m = DOC_NUMBER.exec(firstLine.slice(0, 80));
  if (!m) return null;
  const title = firstLine.slice(0, m.index).trim();
  return title.length >= 4 && !/[。，,；;]/.test(title) && TITLE_WORDS.test(title) ? title : null;
}

function cleanTitle(t: string | null): string | null {
  if (!t) return null;
  const quoted = /《([^》]+)》/.exec(t);
  let s = quoted ? quoted[1]! : t;
  s = s
    .replace(/^(?:关于印发|关于征求|关于下发|关于|印发)/, '')
    .replace(/(?:意见)?的通知$|的意见$/, '');
  s = s.replace(/[(（][^)）]*稿[)）]$/, '');
  return s.trim() || null;
}

// A plan for a period (2021—2025年) is for its last year.
const YEAR_RANGE = new RegExp(
  String.raw`(?:19|20)\d{2}\s*年?\s*${SPAN_DASH}\s*((?:19|20)\d{2})\s*年`,
);
// A document site's title may lose a period's dash (实施方案20192023年.docx): two years run together.
const JOINED_RANGE = /(?<!\d)((?:19|20)\d{2})((?:19|20)\d{2})\s*年/;

function yearOf(title: string | null): number | null {
  if (!title) return null;
  const school = schoolYear(title);
  if (school !== null) return school;
  const range = YEAR_RANGE.exec(title);
  if (range) return Number(range[1]);
  const joined = JOINED_RANGE.exec(title);
  if (
    joined &&
    Number(joined[2]) > Number(joined[1]) &&
    Number(joined[2]) - Number(joined[1]) <= 15
  )
    return Number(joined[2]);
  const y = YEAR.exec(title);
  if (y) return Number(y[1]);
  const plan = fiveYearPlanEnd(title);
  if (plan !== null) return plan;
  const c = CN_YEAR.exec(title);
  return c ? parseChineseNumeral(c[1]!) : null;
}

/**
 * A news headline about a five-year plan's aim (某某:“十五五”人均预期寿命有望达到80岁) that writes no
 * year: the period's last year, as for a plan's title. Only the first line, short and no sentence.
 */
function headlinePlanYear(head: string): number | null {
  const first = head.trimStart().split('\n', 1)[0]!;
  if (first.length > 60 || /[。；;]/.test(first) || /(?:19|20)\d{2}/.test(first)) return null;
  return fiveYearPlanEnd(first);
}

// The close of a span 自YYYY年 opens (自2015年省里出台…办法以来), within its clause.
const SINCE_CLOSE = /^[^,，。;；!?！？]{0,40}?以来/;

// A sentence that aims (将, 要, 力争, 确保…) plans its year, though a comma follows it.
const SENTENCE_AIMS = new RegExp(String.raw`将|要|力争|${ENSURE}|计划|目标`);

/**
 * The plan year when the title gives none: the most frequent year written `YYYY年` in the body's
 * opening, leaving out sentences that report what is done (`已有`, `据介绍`) while others remain.
 */
function bodyYear(head: string): number | null {
  const planned = new Map<number, number>();
  const reported = new Map<number, number>();
  const deployed = new Set<number>();
  const reviewed = new Set<number>();
  const ahead = new Set<number>();
  const toldBack = new Set<number>();
  const meetings = new Set<number>();
  for (const line of head.split('\n')) {
    // (Only the years written with 年 are counted: a line or sentence without one adds nothing.)
    if (!line.includes('年')) continue;
    // A page's metadata line (发布时间, 发布: 某委, 来源); a sentence that tells of a plan being
    // issued (国务院办公厅发布《…2010年度主要工作安排》) is body, and its year the plan's.
    // A long paragraph that only uses such a word (缩短预约时间) is body, not metadata.
    if (
      /时间|日期|来源|发布\s*[:：]|发布(?:者|机构|人|单位)|点击|浏览/.test(line) &&
      (line.length <= 80 || /(?:时间|日期|来源|点击|浏览)\s*[:：]/.test(line))
    )
      continue;
    // A feed of other stories' headlines (tickers.ts) dates those stories.
    if (isHeadlineFeed(line)) continue;
    for (const sentence of line.split(/(?<=[。！？!?；;])/)) {
      if (!sentence.includes('年')) continue;
      // 2003年至2008年,卫生部在全国开展了第一轮…建设。: a sentence that opens with a closed span of
      // years and tells what was done in it (a verb with 了) dates a stage gone by, neither the year
      // planned for nor one the page reports on (a page that names no other year has none).
      if (PAST_SPAN_DONE.test(sentence)) continue;
      const counts = REPORTING.test(sentence) ? reported : planned;
      // 比2010年, 较2015年: a comparison's baseline is never the plan's year; nor is the year a
      // birth cohort is named by (2007年后出生的儿童). A date is no year of the plan, unless it is
      // a deadline (2022年8月底前, or with its 月 lost: 2022年8底前).
      for (const m of sentence.matchAll(
        /(?<![比较較])((?:19|20)\d{2})年(?:(?!\d|[一二三四五六七八九十]+月|以?[后前]出生)|(?=\d{1,2}月?(?:\d{1,2}日)?(?:底|末)?(?:前|之前|以前)))/g,
      )) {
        const y = Number(m[1]);
        // 对2015-2017年间发生过病例的乡镇: a year that dates what has happened (…过) is neither the
        // year planned for nor one the page reports on.
        if (datesPastEvent(sentence.slice(m.index + m[0].length))) continue;
        if (isValueLabel(sentence, m.index)) continue; // (2022年:61%): last year's value
        if (isBaselineYear(sentence.slice(m.index + m[0].length))) continue;
        // 从2009年的66.5%提高到76%: the year a from-to starts from dates its baseline, not the plan.
        if (fromToStart(sentence, m.index, m.index + m[0].length)) continue;
        // 从2017年起: the start of a standing rule, not the year planned for (start-years.ts).
        if (isStartYear(sentence, m.index, m.index + 4)) continue;
        // 早在2009年: a year recalled as gone by (early-past.ts) dates an earlier notice, not the page.
        if (/早在\s*$/.test(sentence.slice(Math.max(0, m.index - 3), m.index))) continue;
        // 2023年以来,…迈出坚实步伐: the year a span of work so far opens is behind the page, which
        // tells what came of it; the year the page plans for is a later one.
        if (sentence.startsWith('以来', m.index + m[0].length)) continue;
        // 自2015年省里出台…办法以来: the same span opened with 自 and closed by 以来 after what
        // happened that year.
        if (
          sentence[m.index - 1] === '自' &&
          SINCE_CLOSE.test(sentence.slice(m.index + m[0].length))
        )
          continue;
        // 预料第一期最快于2021年落成, 按当局预计,2029年长者人口将…: a year a forecast names dates what
        // is expected then, not the page (a horizon, 预计到2025年, 有望在2022年, stays the plan's).
        if (FORECAST_YEAR.test(sentence.slice(Math.max(0, m.index - 14), m.index))) continue;
        // 总结2013年…,部署2014年…: the year a meeting reviews is not the one it plans, and the
        // year it deploys is, though the sentence reviews too (回顾…,安排部署2021年…; a government
        // report's 回顾了2021年工作成绩,提出了2022年主要工作安排).
        const lead = sentence.slice(Math.max(0, m.index - 4), m.index);
        const reviews = REVIEWED_YEAR.test(lead);
        const deploys = !reviews && DEPLOYED_YEAR.test(lead);
        if (reviews) reviewed.add(y);
        if (deploys) deployed.add(y);
        const rest = sentence.slice(m.index + m[0].length, m.index + m[0].length + 12);
        if (
          YEAR_AHEAD.test(rest) ||
          YEAR_AHEAD_AFTER_SUBJECT.test(sentence.slice(m.index + m[0].length))
        )
          ahead.add(y);
        else if (/^\s*[,，]/.test(rest) && !SENTENCE_AIMS.test(sentence)) toldBack.add(y);
        // 2022年全省卫生健康工作会议: a yearly work meeting reviews the year before and plans its own.
        if (MEETING_YEAR.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 24)))
          meetings.add(y);
        const into = reviews ? reported : deploys ? planned : counts;
        into.set(y, (into.get(y) ?? 0) + 1);
      }
      // 2022至23年度, 2022-23年度: a budget year that runs into the next is the year it opens.
      for (const m of sentence.matchAll(FISCAL_YEAR)) {
        const y = Number(m[1]);
        counts.set(y, (counts.get(y) ?? 0) + 1);
      }
    }
  }
  // 2010年我国将…; 2009年,我国…达到8.33亿: a year said to be ahead right after sentences that
  // open with the year before it and tell its figures is the plan's, however often the review
  // names the year before.
  const turned = [...ahead].filter((y) => toldBack.has(y - 1) && !ahead.has(y - 1));
  if (turned.length === 1) return turned[0]!;
  // 记者从2022年全省卫生健康工作会议上获悉,2021年,全省…: a story from a yearly work meeting that
  // tells the year before's figures is dated by the meeting, however often it names that year.
  const met = [...meetings].filter(
    (y) => (planned.get(y - 1) ?? 0) + (reported.get(y - 1) ?? 0) > 0,
  );
  if (met.length === 1) return met[0]!;
  // Of years named as often, one deployed right after the year reviewed (总结了2017年…,部署了2018年…).
  const next = new Set([...deployed].filter((y) => reviewed.has(y - 1)));
  return commonest(planned.size > 0 ? planned : reported, next);
}

/**
 * A page placed at the turn of two five-year plans (“十三五”收官,“十四五”开局) speaks of the later
 * plan's first year, when the years its body writes are all earlier: those are its record's.
 */
function turnYear(head: string): number | null {
  const turn = plansTurnYear(head);
  if (turn === null) return null;
  const body = bodyYear(head);
  return body === null || body < turn ? turn : null;
}

/**
 * A dated story that says 今年 speaks of the year it was published in, though the years its body
 * writes with 年 are all earlier ones it reports (2016-04-26 … 2015年,全市共接种…;今年,…): the
 * body's years then date the past, not the page.
 */
function storyYear(head: string): number | null {
  if (!head.includes('今年')) return null;
  const published = publishedYear(head);
  if (published === null) return null;
  const body = bodyYear(head);
  return body !== null && body < published ? published : null;
}

// 由2010年的30%提高到, 從2009年底的…降至: a year opening a from-to's first value.
const FROM_BEFORE = /[从由從]\s*$/;
const FROM_VALUE_AFTER = /^(?:底|末)?的[^,，。;；]{1,30}?(?:到|至)/;

/** Whether the year `[at, end)` of `sentence` (its 年 included) starts a from-to (`从2009年的…提高到`). */
function fromToStart(sentence: string, at: number, end: number): boolean {
  return (
    FROM_BEFORE.test(sentence.slice(Math.max(0, at - 2), at)) &&
    FROM_VALUE_AFTER.test(sentence.slice(end, end + 40))
  );
}

const EVENT_DATED = /^(?:间|期间|内|中)?[\u4e00-\u9fff]{0,6}?(?:发生|发作|出现|流行|报告|发现)过/;

/** Whether the words right after a `YYYY年` tell something that has happened then (`间发生过…`). */
export function datesPastEvent(afterYear: string): boolean {
  return EVENT_DATED.test(afterYear);
}
const PAST_SPAN_DONE =
  /^\s*(?:19|20)\d{2}年?(?:至|到|—|–|-|~|～)(?:19|20)\d{2}年[,，][^。；;]*?(?:开展|完成|实施|建设|组织|启动|建成|取得|实现|进行|推进)了/;
// A budget year written with the next year's last two digits (2022至23年度, 2022/23年度).
const FISCAL_YEAR = /(?<!\d)((?:19|20)\d{2})\s*(?:至|-|—|–|\/)\s*\d{2}\s*年度/g;
// A forecast word shortly before a year, the year not a horizon (到, 至, 在) it looks to.
const FORECAST_YEAR = /(?:预计|预料|预测|可望|有望)[^。;；]{0,12}(?<![到至在])$/;
// A year followed in its clause by a word of things to come (2010年我国将…, 2010年要…).
const YEAR_AHEAD = /^[^,，。;；]{0,8}?(?:将(?!近)|要|力争)/;
// A year opening its sentence before a comma and the subject (2014年,某市新农合人均筹资水平将提高50元):
// ahead too when the sentence goes on to set figures (a closing 2022年,全县将坚持… sets none).
const YEAR_AHEAD_AFTER_SUBJECT = /^[,，][^,，。;；]{0,16}?将(?!近)[^。;；]*?\d/;
// The year of a yearly work meeting (2022年全省卫生健康工作会议, 2022年青海省卫生健康工作会议上).
const MEETING_YEAR = /^度?[\u4e00-\u9fff]{0,14}?工作(?:会议|会)/;
const REVIEWED_YEAR = /(?:总结|回顾|肯定了?)(?:了|过去的)?$/;
const DEPLOYED_YEAR = /(?:部署|安排|谋划|提出)了?$/;

// A sentence that reports the past: what it dates is not the plan's year. A from-to that dates
// both its ends (从2005年的47.7/10万下降到2009年的31.9/10万) is a statistic's run, however often a
// review repeats its years; so is a change said to be made already (已从1993年的7.5%提高到…) or
// judged by its size (发病率明显下降,由37.5/10万降至…); so is a state told as of a date (截至2015年底,
// 全国注册护士总数达到324.1万人), whatever aim word it uses.
const REPORTING =
  /已(?:有|经|达|完成|建成|[从從由])|(?:截至|截止)(?:19|20)\d{2}年|据介绍|据了解|回顾|(?:明显|明顯|显著|顯著)(?:下降|降低|提高|上升)[,，]?[从從由]|[从從由](?:19|20)\d{2}年的[^。；;]{1,30}?(?:到|至)(?:19|20)\d{2}年的/;

/**
 * The year written most often; of years written as often, the first, unless one of them is
 * `preferred`: a meeting that reviews one year and deploys the next (总结了2017年…,安排部署了2018年…)
 * plans the next, however often it names the one reviewed.
 */
function commonest(counts: Map<number, number>, preferred?: ReadonlySet<number>): number | null {
  let best: number | null = null;
  let n = 0;
  for (const [y, c] of counts)
    if (c > n || (c === n && preferred?.has(y) && !preferred.has(best!))) [best, n] = [y, c];
  return best;
}

// A standard or table dated by its version in brackets (考核比率(2014.12)) when no year is
// written with 年: the year it was issued for.
const VERSION_DATE = /[(（]\s*((?:19|20)\d{2})\s*[.．/-]\s*\d{1,2}\s*[)）]/;

function versionYear(head: string): number | null {
  const m = VERSION_DATE.exec(head.slice(0, 300));
  return m ? Number(m[1]) : null;
}

// A news story's dateline (中央政府门户网站 2014-08-07 15:05 来源:…): with no year written with 年,
// the story speaks of the year it was published in. Only a line that names its source counts:
// a document site's upload time (时间:2021-08-31) says nothing of the plan's year. The date may be
// written in words (2015年01月26日 14:47 | 作者:… | 来源:健康报), as a paper's site prints it.
// A trade site may write it with slashes (加入日期:2017/2/6 11:56:32 … 作者:admin).
const PUBLISHED_DATE =
  /(?<![\d.])((?:19|20)\d{2})(?:([-/])(?:0?[1-9]|1[0-2])\2(?:0?[1-9]|[12]\d|3[01])(?!\d)|年(?:0?[1-9]|1[0-2])月(?:0?[1-9]|[12]\d|3[01])日)/;

// The source may stand on the line above its date (来源: 新华网 / 2013-03-05 18:16:47). A reporter
// named on the date's own line (2019-08-02 09:15  记者 某某) signs a story as a source does, and so
// does a news site's name ending in 网 after the date (2010年11月23日09:00  某某网) as the line's
// last word.
const SOURCE_WORDS = /来源|网站|新闻|日报|晚报|通讯社|记者/;
const SITE_AFTER = /^[\d:：\s]*[\u4e00-\u9fff]{1,8}网\s*$/;
// Or a byline may follow it (2016-04-26 08:26:43 / 作者:某某 / 责任编辑:某某), or stand on its own
// line after it: an author and an editor sign a story, where an upload time stands alone.
const BYLINE = /^\s*(?:作者|记者|記者|(?:责任)?编辑|(?:責任)?編輯)\s*[:：]/;
const BYLINE_AFTER = /\s(?:作者|记者|記者|(?:责任)?编辑|(?:責任)?編輯)\s*[:：]\s*\S/;

// A date the page labels as the time it was published (發佈時間: 2018/08/22, 发表于 2018-11-5 08:30):
// a news site or forum dates its story so, with no source named. It is read (`labelled`) only as the
// last word on a page that writes no year of its own: a repost's label may be years after a story
// whose headline or body gives its year, so it never outweighs them (storyYear reads no label). A
// document site labels its upload (上传时间, 更新时间, 时间:) or lists the file's size and pages
// beside the date: those stay no date of the plan.
const PUBLISHED_LABEL =
  /(?:发布|發佈|發布|发表|發表|发稿|發稿)(?:时间|時間|日期)?\s*(?:于|於)?\s*[:：]?\s*$/;
const FILE_LISTING = /文档|文章大小|页数|字节|投稿|下载|上传|更新/;

function publishedLabel(line: string, dateAt: number): boolean {
  return (
    PUBLISHED_LABEL.test(line.slice(Math.max(0, dateAt - 12), dateAt)) && !FILE_LISTING.test(line)
  );
}

export function publishedYear(head: string, labelled = false): number | null {
  const lines = head
    .slice(0, 300)
    .split('\n')
    .filter((l) => l.trim() !== '');
  for (let i = 0; i < lines.length; i++) {
    const m = PUBLISHED_DATE.exec(lines[i]!) ?? dayFirstDate(lines[i]!);
    if (!m) continue;
    const sourced =
      SOURCE_WORDS.test(lines[i]!) ||
      SITE_AFTER.test(lines[i]!.slice(m.index + m[0].length)) ||
      /^\s*来源/.test(lines[i - 1] ?? '') ||
      (labelled && publishedLabel(lines[i]!, m.index));
    const signed = BYLINE_AFTER.test(lines[i]!.slice(m.index + m[0].length));
    if (sourced || signed || BYLINE.test(lines[i + 1] ?? '') || wireLeadAt(lines, i + 1))
      return Number(m[1]);
  }
  return null;
}
