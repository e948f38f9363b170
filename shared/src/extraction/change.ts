import { changeWord } from './change-words';
import { levelFollows } from './rise-then-level';
import { objectChange } from './object-changes';
import { laterThanBaseline } from './later-than-baseline';
import { ENSURE } from './aim-words';

// Relative changes and from-to sentences. `比上年提高5%` and `较2020年下降30%` set a change
// as the target (named `…提高幅度`/`…下降幅度`), so their comparison baseline does not make the
// figure an achieved one; `由150元提高到240元` sets 240 and reads 150 as the baseline. A change
// stated with 了 (`增长了2.4%`) reports what happened.

// 近 (nearly) after the verb hedges a figure that is known: 增长近40倍 reports a growth.
// 改善 (比2010年改善50%左右: air or water quality bettered by a share of its base year) raises a
// level as 提升 does.
const CHANGE_TAIL =
  /(提高|提升|增加|增长|上升|扩大|延长|改善|下降|降低|减少|缩短|缩小|降)(了)?\s*(将?近)?\s*(?:不少于|不低于|不小于|至少|超过|达|达到)?\s*$/;
const DOWN_VERB = /下降|降低|减少|缩短|缩小|降/;
// Comparison baselines: 比上年, 较2020年, 与2015年相比, 在现有基础上, 从2024年的79岁基础上, 同比.
// A five-year plan's end is a baseline too (较“八五”期末, 比“十三五”末), and so is the present level
// (较现有水平, 比目前).
const BASELINE =
  /(?:比|较|与)(?:(?:现有|目前|现在|当前)(?:的?水平)?|上年|去年|上一年度?|前一年|(?:19|20)\d{2}年(?:底|末)?(?:的?水平)?|[“"]?十?[一二三四五六七八九]五[”"]?(?:期末|末期?)(?:的?水平)?)(?:相比)?|[在从][^,，;；。]{0,20}?基础上|以[^,，;；。以]{0,12}?为基[础数准]|同比/g;
const AIMED = new RegExp(
  String.raw`要|将|力争|争取|${ENSURE}|努力|目标|应|须|不少于|不低于|不小于|至少|超过|每年|年均`,
);
const SENTENCE_AIM = /到(?:19|20)\d{2}年|力争|要求|目标/;
const ANNUAL_BEFORE_VERB = /(?:(?:平均)?每年|年均)(?:再|均|都|要|将)?$/;
const TO_VERB = String.raw`(?:提高|提升|增加|增长|上升|扩大|扩展|扩充|延长|下降|降低|减少|缩短|压缩|降|增|减|升)?(?:到|至)`;
// 由目前的10.5克分别下降10%: a change told from a starting level; the level is no achievement.
const CHANGE_VERB = String.raw`(?:下降|降低|减少|提高|提升|增加)`;
// 分别从61%、58%提升至68%、65%: a list of starting levels before the verb are all baselines.
// 由220元/人·年提高至250元: a sum per head and year carries its rate after it.
// 由原来5元相应增加到8元, 由人均60元的筹资标准提高到90元: an adverb, or the measure the start
// level qualifies (的 and a few words), may stand between the start and its verb; so may an
// adverb of degree (从8亿元大幅增加至20亿元, 明显, 显著, 稳步), and the verb may be 扩展/扩充 or a
// single 增/减/升 (从300处增至900处).
const FROM_VALUE = new RegExp(
  String.raw`^\s*(?:\/\s*(?:人|户|年|月)(?:\s*[·•.．/]\s*(?:年|月))?)?(?:左右|以上|以下)?(?:的水平|的[^\d,，;；。、和及与到至]{1,10}?)?(?:\s*[、和及与]\s*\d+(?:\.\d+)?[^\d,，;；。、和及与]{0,4}?)*\s*(?:相应|逐步|分别|进一步|逐年|大幅度?|大大|明显|显著|稳步)?${TO_VERB}`,
);
// 从2015年的5.28‰降到2030年的≤5‰: the target may carry its own year and bound after the verb;
// 由目前的50%分别提升至60%和70%: a later value of the list after the verb ends its from-to too.
// 由人均200元提高到人均300元: the per-head word may stand before the target as before the baseline.
const FROM_SPAN = new RegExp(
  String.raw`(?:由|从)[^,，;；。]*?(?=(?:${TO_VERB}|${CHANGE_VERB})\s*(?:(?:19|20)\d{2}年(?:底|末)?的?)?(?:人均|每人(?:每年)?)?\s*[≤≥<>＜＞]?\s*(?:\d+(?:\.\d+)?(?:\/\s*(?:10|100)?\s*万|[^\d,，;；。、和及与]{0,4})[、和及与]\s*)*$)`,
);

/** A change verb right before a number (`比上年提高5%`, `每年下降不少于0.5个百分点`). */
export interface Change {
  /** Where the change verb starts in the text before the number. */
  at: number;
  /** The verb lowers (下降, 减少): the name says 下降幅度. */
  down: boolean;
  /** The verb as written (提升, 增长): some name their change in their own word (change-words.ts). */
  verb: string;
  /** The verb is 减少 (fewer of a count: 新发感染数减少25%): the name says 减少幅度, as plans do. */
  fewer: boolean;
  /** Stated with 了: a change that has happened, not a target. */
  past: boolean;
  /** A yearly change (每年, 年均): the name says 年…幅度. */
  annual: boolean;
  /** What is changed, when it is written after the verb (提高个人缴费标准40元); else the name is before it. */
  object?: string;
}

/** 提高个人缴费标准40元, 补助标准新增30元: a sum's raise told around its object (object-changes.ts). */
function raisedObject(before: string, rateShare: boolean): Change | null {
  const o = objectChange(before, rateShare);
  if (!o) return null;
  const change: Change = {
    at: o.at,
    down: DOWN_VERB.test(o.verb),
    verb: o.verb,
    fewer: o.verb === '减少',
    past: o.past,
    annual: false,
  };
  if (o.object) change.object = o.object;
  return change;
}

/**
 * The change verb that ends `before` (the segment up to the number), or null; `sentenceBefore`
 * (from the sentence start) may hold the aim a growth against a baseline needs, and a section
 * under a heading of aims (5、…防治目标) gives it to every sentence (`underAims`).
 */
export function readChange(
  before: string,
  sentenceBefore = '',
  underAims = false,
  afterFigure = '',
  rateShare = false,
): Change | null {
  // Only the end of the segment can hold the verb; a short tail keeps the scan short.
  const from = Math.max(0, before.length - 12);
  const m = CHANGE_TAIL.exec(before.slice(from));
  if (m) m.index += from;
  if (!m) return raisedObject(before, rateShare);
  // 降到, 提高到 are levels, and a lone 降 inside a word (降压) is not a change.
  if (m[1] === '降' && /[下低]$/.test(before.slice(0, m.index))) return null;
  // 增长/增加 against a baseline with no aim word reports a statistic (住院人次比上年增长8%);
  // 提高/降低 prescribe, as does any aim or bound word (要, 力争, 不少于).
  const verb = m[1]!;
  // A hedged change (增长近40倍) with no aim around it is one that has happened; 提高到2014年的
  // dates a level reached, no milestone.
  const hedged =
    m[3] !== undefined &&
    !AIMED.test(before) &&
    !SENTENCE_AIM.test(sentenceBefore.replace(/到(?:19|20)\d{2}年的/g, ''));
  // A milestone or a plan's demand opening the sentence aims it too (到2015年底,…比2010年减少25%).
  if (
    m[2] === undefined &&
    !hedged &&
    !underAims &&
    /增长|增加|上升|减少/.test(verb) &&
    !AIMED.test(before) &&
    !SENTENCE_AIM.test(sentenceBefore) &&
    !levelFollows(afterFigure) &&
    !laterThanBaseline(sentenceBefore)
  )
    return null;
  return {
    at: m.index,
    down: DOWN_VERB.test(m[1]!),
    verb,
    fewer: verb === '减少',
    past: m[2] !== undefined || hedged,
    // Only right before the verb: 年均 inside the name (年均急诊次数减少15%) counts visits a year.
    annual: ANNUAL_BEFORE_VERB.test(before.slice(Math.max(0, m.index - 6), m.index)),
  };
}

/**
 * The change's name: the indicator, then 提高幅度, 下降幅度 or 减少幅度 (年… for a yearly change), or
 * the word its own verb or unit calls for (提升幅度, 增长率, 提高额).
 */
export function changeName(indicator: string, change: Change, unit = ''): string {
  const way = change.fewer ? '减少' : change.down ? '下降' : '提高';
  return `${indicator}${changeWord(indicator, change.verb, way, change.annual, unit)}`;
}

/** The text without its comparison baselines and a trailing 每年/年均, for naming and for the achieved test. */
export function withoutBaselines(s: string): string {
  // Each replace runs only where a character it needs stands (BASELINE needs 比, 较, 与 or the
  // 基 of 基础上 and 为基).
  let x = s;
  if (x.includes('比') || x.includes('较') || x.includes('与') || x.includes('基'))
    x = x.replace(BASELINE, '');
  // The baseline's own figures in brackets (较2012年(84.99%和94.08%)) are no part of a name.
  if (x.includes('(') || x.includes('（')) x = x.replace(/[(（][^()（）]*\d[^()（）]*[)）]/g, '');
  return x.endsWith('每年') || x.endsWith('年均') ? x.replace(/(?:平均)?每年$|年均$/, '') : x;
}

// 从2019年的30%提高60%: a from-to missing its 到, the change verb right before the next figure;
// the first figure is the start whichever way the second is read.
const FROM_THEN_CHANGE = new RegExp(String.raw`^\s*${CHANGE_VERB}\s*\d`);

// 起付线2万元降低至1.5万元: a level its change verb and new level follow straight away is the old
// one, 由 or not (a bare 至 between two figures is a range: 2至3个).
const LEVEL_THEN_NEW = /^\s*(?:提高|提升|增加|上调|下调|调整|下降|降低|减少)(?:到|至)\s*\d/;

/** Whether the number is the starting point of a from-to (`由150元提高到…`): a baseline. */
export function isFromValue(clauseBefore: string, after: string): boolean {
  const tail = clauseBefore.slice(-22);
  return (
    ((tail.includes('由') || tail.includes('从')) &&
      /(?:由|从)[^,，;；。]{0,20}$/.test(tail) &&
      (FROM_VALUE.test(after) || FROM_THEN_CHANGE.test(after))) ||
    LEVEL_THEN_NEW.test(after)
  );
}

// 吸烟率由20%,5年减至15%,10年减至10%: a from-to may go on after a comma, with the time each new
// level is due in (a span counted from now, relative-years.ts; a year; 逐步) before the verb that
// reaches it; the start level's clause ends at the comma, so what follows it is read from the text.
const SPAN_THEN_TO =
  /^\s*[,，]\s*(?:(?:10|[1-9]|[一二两三四五六七八九十])\s*年[内內]?|(?:到|至)?\s*(?:19|20)\d{2}\s*年(?:底|末)?|逐步|逐年|进一步)?\s*(?:减|增|升|降|提高|提升|增加|增长|上升|下降|降低|减少)(?:到|至)/;

/**
 * Whether the number is the start of a from-to whose next level follows a comma and a span
 * (`由20%,5年减至15%`): `clauseBefore` ends in the open 由/从, `next` is the text right after the
 * number.
 */
export function isFromBeforeSpan(clauseBefore: string, next: string): boolean {
  return /(?:由|从)[^,，;；。]{0,20}$/.test(clauseBefore.slice(-22)) && SPAN_THEN_TO.test(next);
}

/**
 * Whether the number stands inside `在…基础上` (在之前的16/10万和8‰较低水平基础上再次调低): the level
 * a change starts from, a baseline. The clause before it holds an open 在 and 基础上 follows it
 * within the clause.
 */
export function isInsideBaseline(clauseBefore: string, after: string): boolean {
  return (
    after.includes('基础') &&
    /^[^,，;；。]{0,16}?基础之?上/.test(after) &&
    /在[^,，;；。在]{0,24}$/.test(clauseBefore) &&
    !KEPT_FLOOR.test(clauseBefore)
  );
}

// 在确保…率不低于95%的基础上: a level the plan ensures with a bound (确保/保证…不低于, 以上) is a
// floor it keeps while it aims at more, an aim of its own, not the level a change starts from.
const KEPT_FLOOR = new RegExp(
  String.raw`在${ENSURE}[^,，;；。在]{0,20}?(?:不低于|不少于|不高于|不超过|达到|控制在)\s*$`,
);

/** The clause without its `由…`/`从…` part, so a baseline's year or 去年 does not void the target. */
export function withoutFrom(clauseBefore: string): string {
  if (!clauseBefore.includes('由') && !clauseBefore.includes('从')) return clauseBefore;
  return clauseBefore.replace(FROM_SPAN, '');
}

/** The year a from-to gives its end (`…降到2030年的≤5‰`, `提升至2016年的80.3%`), or null. */
export function fromToYear(clauseBefore: string): number | null {
  const m = /(?:到|至)((?:19|20)\d{2})年(?:底|末)?的?\s*[≤≥<>＜＞]?\s*$/.exec(
    clauseBefore.slice(-16),
  );
  return m ? Number(m[1]) : null;
}

// 在2004年的基础上降低…, 以2015年为基数: the year a change starts from, with 年 already read. It dates
// the baseline, never the aim nor the plan: a page whose only year is one is yearless. So is the
// year a comparison is made with (同2012年相比, 与2015年底的水平相比).
const BASELINE_YEAR_AFTER =
  /^(?:底|末)?的?(?:水平)?(?:基础上|为基[础数准线])|^(?:底|末)?(?:的[\u4e00-\u9fff]{0,6})?(?:相比|比较)/;

/** Whether the text right after a year's 年 makes it a change's starting year. */
export function isBaselineYear(afterYear: string): boolean {
  return BASELINE_YEAR_AFTER.test(afterYear);
}
