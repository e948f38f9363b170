import type { Gazetteer } from '../regions/gazetteer';
import {
  asWritten,
  fittedOwnWord,
  issuerPlace,
  leadPlace,
  MINISTRY_IN_CHARGE,
  NATION,
  planNamePlace,
  resolvedWritten,
  soleNamedPlace,
  titlePlace,
  titleStemPlace,
  type Place,
} from './document-region';
import { isBaselineYear } from './change';
import { datelinePlace, paperPlace, sourcePlace, withoutDatelines } from './mastheads';
import { centralIssuerPlace, countySitePlace, sarPlace, taiwanPlace } from './unnamed-places';
import { headlineProvince } from './province-short-names';
import { parseChineseNumeral } from './numerals';
import { periodYear } from './period-year';
import { SPAN_DASH } from './span-dash';
import { commonestWhole } from './whole-ties';
import { summaryPlanYear } from './summary-plan';
import { withoutHonours } from './honour-names';
import { countyTown, openingTown, titleTown } from './towns';
import { spreadOverProvinces, withoutProvinceLists } from './national-scope';
import { townAndCountry, unitLevel } from './unnamed-region';

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
// site's 新闻推荐 / 相关新闻 lists other stories, with their own figures).
const TRAILER =
  /^[ \t]*(?:下载.{0,40}(?:word|doc|文档|格式)|点此处下载|相关范文|相关推荐|相关文章|猜你喜欢|热门推荐|上一篇|下一篇|新闻推荐|推荐阅读|相关新闻|相关阅读)/gm;
const TITLE_WORDS =
  /工作要点|要点|工作计划|工作打算|打算|工作思路|实施方案|方案|规划|计划|工作安排|安排|意见|关于做好[^，。]{2,30}?工作的通知/;
const YEAR = /((?:19|20)\d{2})\s*年?/;
const CN_YEAR = /([〇零一二三四五六七八九]{4})年/;
const PLACE_SUFFIX = '(?:自治区|自治州|省|市|区|县|镇|乡|州|盟|旗)';
const PLACE = new RegExp(`^([\\u4e00-\\u9fff]{1,7}${PLACE_SUFFIX})(?![级属委域内直管长])`);
// The issuing body on a line of its own: a health body, or the government itself (X区人民政府).
const ISSUER = new RegExp(
  `^([\\u4e00-\\u9fff]{2,8}?${PLACE_SUFFIX})(?:人民政府(?:办公室|办公厅)?|(?:人民政府|卫生|人口|计划生育|计生|卫计|卫健|医疗|疾病|中医)[\\u4e00-\\u9fff()（）]{0,16}(?:局|委员会|委|厅|办公室|办|中心|政府))$`,
);
// 全乡镇 is every township (a town's plan writes it of itself, a county's of its towns): no 全乡.
const WHOLE = /全(国|省|市|区|县|镇|乡(?!镇))/g;

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
  const year =
    summaryPlanYear(head) ??
    yearOf(title) ??
    headlinePlanYear(head) ??
    storyYear(head) ??
    bodyYear(head) ??
    versionYear(head) ??
    publishedYear(head) ??
    periodYear(head);
  // An honour's 全国/全省 (创建全国文明城市) is no whole the page binds: the region is read without it.
  const place = partPlace(withoutHonours(title ?? '') || null, withoutHonours(body), gazetteer);
  return { title, region: place.name, regionCode: place.code, year, start, end };
}

function partPlace(
  title: string | null,
  body: string,
  gazetteer: Gazetteer | undefined,
): { name: string | null; code: string | null } {
  const head = body.slice(0, 3000);
  // A town named after the title's place (浙江某某镇…规划) is the plan's, below the gazetteer.
  const town = gazetteer && title ? titleTown(title, gazetteer) : null;
  if (town) return { name: town, code: null };
  const place = gazetteer ? asWritten(placeOf(title, head, gazetteer), head) : null;
  if (place) return resolvedWritten(place, head, gazetteer!);
  const region = regionOf(title, body);
  const short =
    gazetteer && region ? headlineProvince(firstTextLine(head), region, gazetteer) : null;
  if (short) return short; // 闽年内开展… on a page of 我省/全省 (province-short-names.ts)
  // 辖区 is the page's word only where it names no place (ownArea); one place named fills it.
  const sole = gazetteer && /^本?辖区$/.test(region ?? '') ? soleNamedPlace(head, gazetteer) : null;
  if (sole) return sole;
  const paper = gazetteer && region ? paperPlace(head, region, gazetteer) : null;
  if (paper) return paper;
  const filed = gazetteer && region ? datelinePlace(head, region, gazetteer) : null;
  if (filed) return filed;
  const source = gazetteer && region === null ? sourcePlace(body, gazetteer) : null;
  if (source) return source;
  // A town the opening keeps naming is the page's when nothing above it resolves.
  const subject =
    gazetteer && (region === null || /^[全我本][镇乡]$/.test(region)) ? openingTown(head) : null;
  if (subject) return { name: subject, code: null };
  // …or the one town the head writes after its county (来自: 大英县玉峰镇), for a page of 全镇/我镇.
  const written =
    gazetteer && region && /^[全我本][镇乡]$/.test(region) ? countyTown(head, gazetteer) : null;
  if (written) return { name: written, code: null };
  if (region === null) {
    const plain =
      (gazetteer ? countySitePlace(head, gazetteer) : null) ??
      sarPlace(head) ??
      taiwanPlace(head) ??
      centralIssuerPlace(head);
    if (plain) return plain;
  }
  return { name: region, code: region === '全国' ? NATION.code : null };
}

/** The part's region read with the gazetteer: title, then issuing body, then the opening. */
function placeOf(title: string | null, head: string, gazetteer: Gazetteer): Place | null {
  const t = (title ?? '').replace(/^\s*(?:(?:19|20)\d{2}\s*年?度?)/, '');
  // A headline may be the first line of a page whose title the finder skipped (news items); a
  // site's trail of sections (当前位置: 健康中国 > 要闻) above it names the site, not the story.
  const firstLine = withoutDatelines(firstTextLine(head).slice(0, 60));
  const fromTitle = titlePlace(t, gazetteer) ?? (t ? null : titlePlace(firstLine, gazetteer));
  if (fromTitle) return fromTitle;
  const titleLevel = /全(国|省|市|区|县|镇|乡)/.exec(t)?.[1];
  const issuer = findIssuer(head, titleLevel);
  if (issuer) return issuerPlace(issuer, gazetteer);
  const selfLevel = titleLevel ?? /[我本](省|市|区|县)(?![级属委直内外域份])/.exec(head)?.[1];
  return (
    (selfLevel ? titleStemPlace(t || firstLine, selfLevel, gazetteer) : null) ??
    leadPlace(head, gazetteer, selfLevel) ??
    planNamePlace(head, gazetteer)
  );
}

// A trail of the site's sections: 当前位置: 首页 > 健康中国 > 要闻, 首页 > 快讯. A trail may open with
// the site's own name instead (某某网 > 即时新闻 > 地方): three short steps or more joined by > or »
// and nothing else on the line are sections, whatever the first step names (a site called 中国…网
// is no national plan, a site's 地方 channel no place).
const BREADCRUMB = /^\s*(?:(?:当前|您的|您现在的|所在)位置\s*[:：]|首页\s*[>»])/;
const SECTION_TRAIL = /^\s*[^>»\n]{1,12}?(?:\s*[>»]\s*[^>»\s][^>»\n]{0,11}?){2,}\s*[>»]?\s*$/;

/** The page's first line that is not the site's trail of sections. */
function firstTextLine(head: string): string {
  for (const line of head.trimStart().split('\n', 8))
    if (line.trim() && !BREADCRUMB.test(line) && !SECTION_TRAIL.test(line)) return line;
  return '';
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
// 十四五 is 2021–2025: a five-year plan's targets are for its last year.
const FIVE_YEAR_PLAN = /十([一二三四五六七八九])五/;

function yearOf(title: string | null): number | null {
  if (!title) return null;
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
  const plan = FIVE_YEAR_PLAN.exec(title);
  if (plan) return 2005 + 5 * parseChineseNumeral(plan[1]!);
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
  const plan = FIVE_YEAR_PLAN.exec(first);
  return plan ? 2005 + 5 * parseChineseNumeral(plan[1]!) : null;
}

/**
 * The plan year when the title gives none: the most frequent year written `YYYY年` in the body's
 * opening, leaving out sentences that report what is done (`已有`, `据介绍`) while others remain.
 */
function bodyYear(head: string): number | null {
  const planned = new Map<number, number>();
  const reported = new Map<number, number>();
  for (const line of head.split('\n')) {
    // A page's metadata line (发布时间, 发布: 某委, 来源); a sentence that tells of a plan being
    // issued (国务院办公厅发布《…2010年度主要工作安排》) is body, and its year the plan's.
    // A long paragraph that only uses such a word (缩短预约时间) is body, not metadata.
    if (
      /时间|日期|来源|发布\s*[:：]|发布(?:者|机构|人|单位)|点击|浏览/.test(line) &&
      (line.length <= 80 || /(?:时间|日期|来源|点击|浏览)\s*[:：]/.test(line))
    )
      continue;
    for (const sentence of line.split(/(?<=[。！？!?；;])/)) {
      const counts = REPORTING.test(sentence) ? reported : planned;
      // 比2010年, 较2015年: a comparison's baseline is never the plan's year; nor is the year a
      // birth cohort is named by (2007年后出生的儿童).
      for (const m of sentence.matchAll(
        /(?<![比较較])((?:19|20)\d{2})年(?!\d|[一二三四五六七八九十]+月|以?[后前]出生)/g,
      )) {
        const y = Number(m[1]);
        // 对2015-2017年间发生过病例的乡镇: a year that dates what has happened (…过) is neither the
        // year planned for nor one the page reports on.
        if (datesPastEvent(sentence.slice(m.index + m[0].length))) continue;
        if (isBaselineYear(sentence.slice(m.index + m[0].length))) continue;
        // 早在2009年: a year recalled as gone by (early-past.ts) dates an earlier notice, not the page.
        if (/早在\s*$/.test(sentence.slice(Math.max(0, m.index - 3), m.index))) continue;
        // 总结2013年…,部署2014年…: the year a meeting reviews is not the one it plans, and the
        // year it deploys is, though the sentence reviews too (回顾…,安排部署2021年…; a government
        // report's 回顾了2021年工作成绩,提出了2022年主要工作安排).
        const lead = sentence.slice(Math.max(0, m.index - 4), m.index);
        const into = REVIEWED_YEAR.test(lead)
          ? reported
          : DEPLOYED_YEAR.test(lead)
            ? planned
            : counts;
        into.set(y, (into.get(y) ?? 0) + 1);
      }
    }
  }
  return commonest(planned.size > 0 ? planned : reported);
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

const EVENT_DATED = /^(?:间|期间|内|中)?[\u4e00-\u9fff]{0,6}?(?:发生|发作|出现|流行|报告|发现)过/;

/** Whether the words right after a `YYYY年` tell something that has happened then (`间发生过…`). */
export function datesPastEvent(afterYear: string): boolean {
  return EVENT_DATED.test(afterYear);
}
const REVIEWED_YEAR = /(?:总结|回顾|肯定了?)(?:了|过去的)?$/;
const DEPLOYED_YEAR = /(?:部署|安排|谋划|提出)了?$/;

// A sentence that reports the past: what it dates is not the plan's year. A from-to that dates
// both its ends (从2005年的47.7/10万下降到2009年的31.9/10万) is a statistic's run, however often a
// review repeats its years; so is a change said to be made already (已从1993年的7.5%提高到…) or
// judged by its size (发病率明显下降,由37.5/10万降至…); so is a state told as of a date (截至2015年底,
// 全国注册护士总数达到324.1万人), whatever aim word it uses.
const REPORTING =
  /已(?:有|经|达|完成|建成|[从從由])|(?:截至|截止)(?:19|20)\d{2}年|据介绍|据了解|回顾|(?:明显|明顯|显著|顯著)(?:下降|降低|提高|上升)[,，]?[从從由]|[从從由](?:19|20)\d{2}年的[^。；;]{1,30}?(?:到|至)(?:19|20)\d{2}年的/;

function commonest(counts: Map<number, number>): number | null {
  let best: number | null = null;
  let n = 0;
  for (const [y, c] of counts) if (c > n) [best, n] = [y, c];
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
// named on the date's own line (2019-08-02 09:15  记者 某某) signs a story as a source does.
const SOURCE_WORDS = /来源|网站|新闻|日报|晚报|通讯社|记者/;
// Or a byline may follow it (2016-04-26 08:26:43 / 作者:某某 / 责任编辑:某某), or stand on its own
// line after it: an author and an editor sign a story, where an upload time stands alone.
const BYLINE = /^\s*(?:作者|记者|記者|(?:责任)?编辑|(?:責任)?編輯)\s*[:：]/;
const BYLINE_AFTER = /\s(?:作者|记者|記者|(?:责任)?编辑|(?:責任)?編輯)\s*[:：]\s*\S/;

export function publishedYear(head: string): number | null {
  const lines = head
    .slice(0, 300)
    .split('\n')
    .filter((l) => l.trim() !== '');
  for (let i = 0; i < lines.length; i++) {
    const m = PUBLISHED_DATE.exec(lines[i]!);
    if (!m) continue;
    const sourced = SOURCE_WORDS.test(lines[i]!) || /^\s*来源/.test(lines[i - 1] ?? '');
    const signed = BYLINE_AFTER.test(lines[i]!.slice(m.index + m[0].length));
    if (sourced || signed || BYLINE.test(lines[i + 1] ?? '')) return Number(m[1]);
  }
  return null;
}

// Words made of level names alone (乡镇计生工作计划, 县区卫生工作, 城乡…) speak of a kind of unit,
// not of a place: a title that opens with one names no place.
const LEVEL_WORDS = /^(?:[省市区县镇乡村]{2,3}|城[乡镇区])$/;
// A title that opens with a verb of doing (推进健康城乡共建) or names the 健康城乡 campaign has no
// place before its level word: 推进健康城乡 is a fragment of a phrase, not a township.
const NOT_A_NAME = /^(?:推进|开展|加强|深化|促进|深入)|健康城乡$/;

function regionOf(title: string | null, body: string): string | null {
  // A site's tag in Latin letters before the title (VIP 2024年某县…) is no part of it.
  const t = (title ?? '').replace(/^\s*(?:[A-Za-z]{2,8}\s+)?(?:(?:19|20)\d{2}\s*年?度?)/, '');
  const named = PLACE.exec(t);
  if (
    named &&
    !named[1]!.startsWith('全') &&
    !LEVEL_WORDS.test(named[1]!) &&
    !NOT_A_NAME.test(named[1]!)
  )
    return named[1]!;
  if (/^国家|^全国/.test(t)) return '全国';
  const whole = /全(国|省|市|区|县|镇|乡)/.exec(t)?.[1];
  const issuer = findIssuer(body, whole);
  if (issuer) return issuer;
  if (whole) return whole === '国' ? '全国' : `全${whole}`;
  return (
    mostFrequentWhole(body) ??
    citedLocality(body) ??
    selfReference(body) ??
    officeLevel(body) ??
    ownArea(body) ??
    ownInstitution(body) ??
    fittedOwnWord(body.slice(0, 3000)) ??
    nationalByDefault(body) ??
    unitLevel(body.slice(0, 3000)) ??
    townAndCountry(body.slice(0, 3000))
  );
}

/**
 * A page that names no place and no level but says where it applies as 辖区内 or 本辖区 (a programme
 * for whoever adopts it): its own word, not the country of a national plan it cites.
 */
function ownArea(body: string): string | null {
  const m = /本辖区|辖区内/.exec(body.slice(0, 3000));
  return m ? (m[0] === '本辖区' ? '本辖区' : '辖区') : null;
}

// A hospital's, centre's or school's own plan that names no place speaks of itself as 本院/我院/
// 我中心/我校: its aims bind the institution, not the country of the national plans it cites
// (本院士, 我院校, 本校友 are other words).
const OWN_INSTITUTION = /[我本](?:院|中心|校)(?![士系校友区])/;

function ownInstitution(body: string): string | null {
  return OWN_INSTITUTION.exec(body.slice(0, 3000))?.[0] ?? null;
}

// An office named by its level alone (承办部门:市人社局, 县卫生局): the plan is that level's.
const LEVEL_OFFICE =
  /(?:^|[^\u4e00-\u9fff])(省|市|区|县)(?:卫生|卫健|卫计|人社|医保|财政|民政|教育|发改|疾控)[\u4e00-\u9fff]{0,6}?(?:局|委|厅)/m;

function officeLevel(body: string): string | null {
  const m = LEVEL_OFFICE.exec(body.slice(0, 3000));
  return m ? `全${m[1]}` : null;
}

/**
 * A five-year plan's text (十二五, 十四五), or a page that says 我国, that names no place, no 全X/我X
 * and no local office is the country's: only a national plan needs no word for where it applies.
 */
function nationalByDefault(body: string): string | null {
  const head = body.slice(0, 3000);
  // A page that speaks only of 我国 (a plan template, a national programme's news) is the country's too.
  const national =
    FIVE_YEAR_PLAN.test(head) ||
    NATIONAL_PROGRAMME.test(head.slice(0, 200)) ||
    MINISTRY_IN_CHARGE.test(head.slice(0, 600)) ||
    head.includes('我国') ||
    spreadOverProvinces(head);
  return national && !/[全我本各](?:省|市|区|县|镇|乡)/.test(withoutProvinceLists(head))
    ? '全国'
    : null;
}
// So is a standard of a national programme that opens by naming it (国家基本公共卫生服务项目考核…).
const NATIONAL_PROGRAMME = /国家[\u4e00-\u9fff]{0,10}?(?:项目|规范|标准)/;

const TITLE_STOP =
  /^(?:关于|中共|中华|国务院|国家|全国|人口|卫生|计划|计生|医疗|健康|中国|进一步|加强|深化|推进|实施|我国|我省|我市|我区|我县|我镇)/;

/** The locality that the part's own documents start with: 《塘沽人口计生…》, 《塘沽集中整治…》. */
function citedLocality(body: string): string | null {
  const counts = new Map<string, number>();
  // A document site's header names the page's own file twice (《X.docx》…《X.docx(2页)》): one
  // document, however often its title is written, so each title counts once.
  const seen = new Set<string>();
  for (const m of body.matchAll(/《([\u4e00-\u9fff]{4,})/g)) {
    const title = m[1]!;
    if (seen.has(title)) continue;
    seen.add(title);
    if (TITLE_STOP.test(title) || /^[\u4e00-\u9fff]{1,6}?[省市]/.test(title.slice(0, 4))) continue;
    for (let n = 2; n <= 3; n++)
      counts.set(title.slice(0, n), (counts.get(title.slice(0, n)) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 1;
  for (const [prefix, c] of counts) {
    if (c > bestCount || (c === bestCount && best !== null && prefix.length > best.length))
      [best, bestCount] = [prefix, c];
  }
  return best !== null && body.includes(`${best}人口`)
    ? best
    : best && bestCount >= 2
      ? best
      : null;
}

/**
 * `我区`, `我镇`, `本市`: the part names itself only by level, so its region is 全区, 全镇, 全市
 * (not 本市民, 本县级, 本市场, or 本区域 — "this area", the word 区域, which names no level — nor
 * 本省份, each province in turn of a text that binds many).
 */
function selfReference(body: string): string | null {
  const counts = new Map<string, number>();
  for (const m of body.matchAll(/[我本](?:省|市|区|县|镇|乡)(?![级属委直内外民场域份])/g))
    counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  let best: string | null = null;
  for (const [word, n] of counts) if (best === null || n > counts.get(best)!) best = word;
  return best;
}

function findIssuer(body: string, level: string | undefined): string | null {
  let first: string | null = null;
  for (const raw of body.split('\n')) {
    const line = raw.replace(/\s+/g, '');
    if (line.length < 4 || line.length > 30) continue;
    const m = ISSUER.exec(line);
    if (!m) continue;
    const place = m[1]!;
    if (!level || place.endsWith(level)) return place;
    first ??= place;
  }
  return level ? null : first;
}

// A 全X that opens a plan's name (“十四五”全国眼健康规划) names that plan, not where this page applies.
const OPENS_PLAN_NAME = /^[\u4e00-\u9fff]{0,12}?(?:规划|纲要)/;

const MEASURED_AGAINST = /^(?:的)?平均(?:水平|值|数)/;
const COMPARED_WITH = /(?:达到|达|高于|低于|超过|优于|好于|不低于|不高于|符合)$/;
// 按照全省的安排部署,我市…: a whole whose arrangements the page follows is the level above it.
const DIRECTED_BY = /(?:按照|根据|依照|遵照)$/;
const DIRECTIONS = /^的?(?:统一)?(?:安排|部署|要求|规定)/;

function mostFrequentWhole(body: string): string | null {
  const counts = new Map<string, number>();
  for (const m of body.matchAll(WHOLE)) {
    const after = body.slice(m.index + m[0].length, m.index + m[0].length + 14);
    if (OPENS_PLAN_NAME.test(after)) continue;
    // 达到或超过全省平均水平: the whole a figure is measured against is not the page's own; nor is
    // one whose norm a page aims to meet (达到全国…规范要求, 高于全省标准).
    if (MEASURED_AGAINST.test(after)) continue;
    if (COMPARED_WITH.test(body.slice(Math.max(0, m.index - 3), m.index))) continue;
    if (DIRECTED_BY.test(body.slice(Math.max(0, m.index - 2), m.index)) && DIRECTIONS.test(after))
      continue;
    counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  }
  return commonestWhole(counts, () => selfReference(body));
}
