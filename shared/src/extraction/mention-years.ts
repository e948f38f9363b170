import { isStartYear } from './start-years';
import { blankAsides, strivesAfterYearEnd } from './context-rules';
import { isBaselineYear, withoutBaselines } from './change';
import { datesPastEvent } from './header';
import { isPaceFromBaseline } from './yearly-paces';
import { itemLineStart } from './item-heads';
import { aimedYear, carriedTaskYear, listHeadYear, steppedYear, workYear } from './plan-years';
import type { Target } from './types';

// The year stage of a mention: which year a figure's target is for (its clause, the list head
// above it, the plan's own years) and the years a yearly plan's body gives its figures. Moved out
// of extract-targets.ts unchanged.

// The longest line read as a headline (characters).
const HEADLINE = 60;

// `到2020-,`: a page that lost every 年 after a year keeps the dash; only 到/至 before and a
// clause end after make it a year, not a range or a date.
// A year before a month is a date, unless the month is a deadline (2021年12月底前, 2022年6月30日前,
// 2022年8底前 with its 月 lost), or the date is one aimed at (到2011年12月底, 至2025年6月: not 截至,
// the day a state is told of). Digits that give an age after the 年 open the group a figure is for
// (到2030年6岁儿童…, 到2030年65-74岁老年人…): the year stands alone.
const YEAR_IN_CLAUSE =
  /(?<![比较与])((?:19|20)\d{2})(?:年(?!\d|[一二三四五六七八九十]+月)|年(?=\d{1,3}(?:[-—~～至]\d{1,3})?岁)|年(?=\d{1,2}月?(?:\d{1,2}日)?(?:底|末)?(?:前|之前|以前))|(?<=(?<!截)[到至]\s*(?:19|20)\d{2})年(?=\d{1,2}月)|(?<=[到至](?:19|20)\d{2})-(?=[,，;；]))/g;

/**
 * The year of a list head above the figure's line (`到2025年,…具体目标包括:`), when the figure's
 * own sentence names no year and starts its line.
 */
export function headYear(
  t: string,
  lead: string,
  at: number,
  planYear: number | null,
  planFrom: number | null,
): number | null {
  if (/(?:19|20)\d{2}/.test(lead)) return null;
  return listHeadYear(t, itemLineStart(t, at - lead.length), planYear, planFrom);
}

// 2019年底,力争…: a bare year end opening the sentence, a word of striving after it, is the
// deadline of the aim (context-rules.ts strivesAfterYearEnd), dated as 到2019年底 is.
const YEAR_END_COMMA = /^(?:底|末|年底|年末)[,，]/;

function deadlineYearEnd(s: string, end: number): boolean {
  const next = s[end];
  if (next !== '底' && next !== '末' && next !== '年') return false;
  const lead = YEAR_END_COMMA.exec(s.slice(end, end + 4));
  return lead !== null && strivesAfterYearEnd(s.slice(end + lead[0].length));
}

/**
 * The year a target is for: the last year the sentence names before it (a lead such as
 * `到2025年,…；…` governs the list after it) within twenty years of the plan; in
 * `到2022年和2030年,…分别不低于22%和30%` the k-th value takes the k-th year. A year inside the
 * span the plan names (`planFrom` to the plan year) counts, however it is written.
 */
export function yearOf(
  lead: string,
  clause: string,
  planYear: number | null,
  planFrom: number | null = null,
  after = '',
  ahead = '',
): number | null {
  const years = (s: string) => {
    // (A year is written with its 年, or a dash for a lost one: most clauses end here.)
    if (!s.includes('年') && !s.includes('-')) return [];
    const asides = blankAsides(s);
    return (
      [...s.matchAll(YEAR_IN_CLAUSE)]
        // 到2030年 in a plan for 2035 is a milestone, and so is a year opening a bracket
        // (…79岁(2020年达到77.3岁)); another earlier year is a baseline.
        .filter((m) => {
          const y = Number(m[1]);
          // A year in a bracket closed before the figure dates an earlier item's baseline
          // (…≤2.8%(2025年基线3.2%)、…≤1.2%) or a cited edition (《…标准(2025年版)》).
          if (asides[m.index] === ' ') return false;
          // 对2016-2018年间发生过病例的村: a year of what has happened dates no aim.
          if (datesPastEvent(s.slice(m.index + m[0].length))) return false;
          // 从2017年起: a standing rule's start dates no milestone (start-years.ts).
          if (isStartYear(s, m.index, m.index + 4)) return false;
          // …增配180台,其中2022年配置100台;培训4.8万名: the year of a part (其中) of the total
          // before dates that part only, not the next item past a semicolon.
          if (s.startsWith('其中', m.index - 2) && /[;；]/.test(s.slice(m.index))) return false;
          // 在2004年的基础上降低…: a change's starting year, whether or not the plan's is known.
          if (m[0].endsWith('年') && isBaselineYear(s.slice(m.index + m[0].length))) return false;
          if (planYear === null) return true;
          if (carriedTaskYear(s, m.index, y, planYear, s === lead ? after : '')) return false;
          const milestone =
            aimedYear(s, m.index) ||
            (m.index > 0 && /[(（]/.test(s[m.index - 1]!)) ||
            workYear(s, m.index + m[0].length) ||
            // 2018年…达22%以上,2020年…达25%以上: an earlier step of a run of years.
            (y < planYear && steppedYear(s, m.index, y, ahead)) ||
            deadlineYearEnd(s, m.index + m[0].length);
          // A year inside the span the plan names (2024—2027年) is one of its milestones too.
          const inSpan = planFrom !== null && y >= planFrom;
          return (
            y <= planYear + 20 && (y >= planYear || inSpan || (milestone && y >= planYear - 15))
          );
        })
        .map((m) => Number(m[1]))
    );
  };
  const all = years(lead);
  const at = lead.lastIndexOf('分别');
  if (at >= 0) {
    const listed = joinedYears(lead.slice(0, at)).filter((y) => all.includes(y));
    const k = (pairedClause(lead.slice(at), after).match(LIST_JOIN) ?? []).length;
    if (listed.length >= 2 && k < listed.length) return listed[k]!;
  }
  // 从2017年起,确保…: an aim standing from a year on, with no year of its own, has none. A level
  // changed from that year on (决定从2010年开始,封顶线由3万元提高到5万元) is the new rule's level
  // for that year, the first it holds.
  if (all.length === 0) {
    const start = startYear(lead);
    if (start !== null) return CHANGED_TO.test(clause) || STANDARD_SET.test(clause) ? start : null;
  }
  // 每年建设90个: a yearly target binds every year, not the plan's. 年均 before a noun
  // (年均急诊次数减少15%) names a per-year measure, whose target is the plan's year.
  if (all.length === 0 && (YEARLY_AIM.test(clause) || yearlySentence(lead, clause)))
    return isPaceFromBaseline(clause) ? planYear : null;
  return all.at(-1) ?? planYear;
}

// 到2022年和2030年,…分别…: the years a 分别 list pairs with its values are written as a list of
// their own, joined (2022年、2025年和2030年, 2023年底和2030年); a year elsewhere in the sentence (在2011年的会议上提出:
// 到2015年,…分别降至12‰和14‰) dates something else, and the list's values share the one milestone.
const JOINED_YEARS =
  /(?:(?:19|20)\d{2}(?:年(?:底|末)?)?\s*(?:[、和与及]|以及)\s*)+(?:19|20)\d{2}年/g;

/** The years of the last run of joined years in `text` (`2022年和2030年` → [2022, 2030]); [] if none. */
function joinedYears(text: string): number[] {
  let last: string | null = null;
  for (const m of text.matchAll(JOINED_YEARS)) last = m[0];
  return last === null ? [] : [...last.matchAll(/(?:19|20)\d{2}/g)].map((m) => Number(m[0]));
}

/** The start year with which `lead` opens a standing rule (`从2017年起` → 2017), or null. */
function startYear(lead: string): number | null {
  if (!lead.includes('年')) return null;
  for (const m of lead.matchAll(/(?:19|20)\d{2}(?=年)/g))
    if (isStartYear(lead, m.index, m.index + 4)) return Number(m[0]);
  return null;
}

// 由3万元提高到, 从100元提高到了: a from-to in the clause, a level changed to a new one.
const CHANGED_TO = /[由从][^,，;；。]{1,16}(?:提高|增加|上调|降低|下调|调整)(?:到|至|为)/;

// 从2018年起,…个人缴费标准为每人180元,…最高可报销40万元: a standard or a ceiling a scheme sets from that
// year on is, like a changed level, the new rule's level for that year.
const STANDARD_SET = /标准(?:为|是|调整为)|最高可?(?:报销|补偿|支付)/;

// The words joining the values of a list (及以上 and 及以下 are a bound's, not a join).
const LIST_JOIN = /[、和与]|及(?!以[上下内])/g;
// 到2022年和2030年,…分别不少于90%和92%,…比例达到37%及以上和40%及以上: a later clause of the
// sentence that lists as many values again pairs them with the years in the same order, counted
// from its own start; a clause with one value alone goes on counting the 分别 list.
const CLAUSE_BREAK = /[,，;；](?=[^,，;；]*$)/;
const JOINED_NEXT = /^[^,，;；。\d]{0,6}?[、和与]\s*\d/;

function pairedClause(fromList: string, after: string): string {
  const cut = CLAUSE_BREAK.exec(fromList);
  if (!cut || !/\d/.test(fromList.slice(0, cut.index))) return fromList;
  const own = fromList.slice(cut.index + 1);
  return own.match(LIST_JOIN) || JOINED_NEXT.test(after) ? own : fromList;
}

// …接种数较2019年增加20%、中小学生接种率达到50%以上: the baseline of an earlier item of a list,
// closed by its own figure and 、, is that item's; the item named after it is measured from none.
const CLOSED_ITEM = /(?:\d|[%‰])[\u4e00-\u9fff]{0,2}、(?=[\u4e00-\u9fff]{4})/g;

export function earlierItemsWithoutBaselines(context: string): string {
  if (!context.includes('、')) return context;
  let k = -1;
  for (const m of context.matchAll(CLOSED_ITEM)) k = m.index + m[0].length;
  return k < 0 ? context : withoutBaselines(context.slice(0, k)) + context.slice(k);
}

// 每年建设约90个县,医院、学校各200个,每个县建设100个家庭: a sentence that opens with 每年 sets a
// yearly quota in each of its clauses, though the later ones do not repeat it — unless a clause
// names a time of its own (每年新建…,全年培训…: 全年 is the plan's year).
const YEARLY_SENTENCE =
  /^\s*(?:[(（]?[一二三四五六七八九十\d]{1,2}[)）、.．]\s*)?(?:平均)?每年(?=[\u4e00-\u9fff])/;
const OWN_TIME = /全年|今年|年内|当年|本年|年底|年末|明年/;

function yearlySentence(lead: string, clause: string): boolean {
  return YEARLY_SENTENCE.test(lead) && !OWN_TIME.test(clause);
}
// 每年 (not 每人每年), or 年均 before a verb, a bound or a number: a target for every year. 年均增幅
// and 年均增速 are the names of a measure (a ceiling on a rate's yearly rise), not the verb.
const YEARLY_AIM = /(?<![人户])每年|年均(?=[增提降下减上达完建培开新不至约\d])(?!增[幅速])/;

/**
 * A headline (a short line without a full stop) that repeats a target of the body takes the
 * year the body gives it: `人均预期寿命将达80岁` over a body that says 展望2035年….
 */
export function yearsFromBody(
  t: string,
  targets: Target[],
  norm: { start: number; end: number }[],
): void {
  const headlines = norm.map((n) => headlineEnd(t, n.start));
  for (let i = 0; i < targets.length; i++) {
    const head = targets[i]!;
    const lineEnd = headlines[i]!;
    if (lineEnd < 0) continue;
    for (let j = i + 1; j < targets.length && j < i + 40; j++) {
      const body = targets[j]!;
      // Another headline (a 原标题 line) is no body to learn from.
      if (norm[j]!.start < lineEnd || headlines[j]! >= 0) continue;
      if (body.value !== head.value || body.unit !== head.unit || body.year === null) continue;
      const contained =
        body.indicator.includes(head.indicator) || head.indicator.includes(body.indicator);
      // 体育锻炼常客未来占40% over 经常参加体育锻炼人数比例…40%: a journalist's words for the
      // body's indicator share a word of four characters; the headline takes the body's name.
      if (!contained && !sharesWord(head.indicator, body.indicator, 4)) continue;
      if (!contained) head.indicator = body.indicator;
      head.year = body.year;
      break;
    }
  }
}

/** The end of the headline line holding `at` (a short line without a full stop), or -1. */
function headlineEnd(t: string, at: number): number {
  // Bounded scans: a line longer than a headline is no headline, so no scan goes further.
  const from = Math.max(0, at - HEADLINE - 1);
  const lineStart = from + t.slice(from, at).lastIndexOf('\n') + 1;
  if (lineStart === from && from > 0) return -1;
  let lineEnd = t.slice(at, at + HEADLINE + 1).indexOf('\n');
  lineEnd = lineEnd < 0 ? (at + HEADLINE + 1 >= t.length ? t.length : -1) : at + lineEnd;
  if (lineEnd < 0 || lineEnd - lineStart > HEADLINE) return -1;
  const line = t.slice(lineStart, lineEnd);
  // ——孕产妇系统管理率达到90%以上; a line that opens with a list's dash or ends with its
  // semicolon is an item of a list, not a headline.
  if (/^\s*(?:——|[-•·])|[;；]\s*$/.test(line)) return -1;
  return line.includes('。') ? -1 : lineEnd;
}

/** Whether `a` and `b` share a run of `n` Chinese characters. */
function sharesWord(a: string, b: string, n: number): boolean {
  for (let i = 0; i + n <= a.length; i++) {
    const w = a.slice(i, i + n);
    if (/^[\u4e00-\u9fff]+$/.test(w) && b.includes(w)) return true;
  }
  return false;
}
