import { deedThenUnits, tidyName, trimPhrase } from './indicator';
import { listedShareTail } from './served-shares';
import { deedFirst, type UnitsDeed } from './deed-first';
import type { Previous } from './mention-names';

// The naming stage for shares and names carried from context: a share's subject (units doing,
// part of a whole, held now, extended or covered), a heading above, the clause after the last
// target, a name elided or its scope carried from an earlier one. Moved out of
// extract-targets.ts unchanged.

const SCOPE_WORD =
  /人群|人口|儿童|对象|患者|居民|妇女|老人|老年人|学生|职工|农民|城区|郊区|农村|城市|地区|机构|医院|企业|学校|家庭/;
// What a service or an act covers, closing a name's opening (家庭健康服务, 孕前检查).
const SERVICE_END = /(?:服务|检查|筛查|管理|治疗|保健|随访|干预|宣传|教育)$/;
// A name's opening that is only a group of people (孕产妇, 5岁以下儿童, 农村居民).
const OWN_GROUP = new RegExp(
  `^[\\u4e00-\\u9fff\\d岁以下上]{0,5}(?:${SCOPE_WORD.source}|孕产妇|孕妇|产妇|新生儿|婴幼儿|婴儿|青少年|男性|女性|成人)$`,
);
const SCOPE_AT_END = new RegExp(`(?:${SCOPE_WORD.source})(?:中|的)?$`);
// (幼儿, children of nursery age, as 婴儿: 幼儿近视率 then 小学生近视率 are two groups' rates.)
const PEOPLE_AT_END =
  /(?:人群|儿童|妇女|孕妇|孕产妇|产妇|老人|老年人|学生|婴儿|幼儿|新生儿|青少年|男性|女性)$/;

// A heading line that is only an indicator's name, after an optional list number: (一)孕产妇死亡率.
const NAME_HEADING =
  /^\s*(?:[(（][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十\d]{1,2}[、.．])?\s*([\u4e00-\u9fff]{2,16}(?:率|比例|占比|比重|寿命))\s*$/;

/** The indicator named by the heading line just above the line starting at `lineStart`, if any. */
export function headingAbove(t: string, lineStart: number): string | null {
  if (lineStart === 0 || t[lineStart - 1] !== '\n') return null;
  let end = lineStart - 1;
  // Blank lines between the heading and its value (a PDF's spacing).
  while (end > 0 && /\s/.test(t[end - 1]!) && lineStart - end < 8) end--;
  const start = t.lastIndexOf('\n', end - 1) + 1;
  if (end - start > 30) return null;
  return NAME_HEADING.exec(t.slice(start, end))?.[1] ?? null;
}

/** The previous target when the clause at `cStart` follows its number with only punctuation between. */
export function nextClauseOf(t: string, prev: Previous | null, cStart: number): Previous | null {
  if (prev === null || prev.end > cStart || cStart - prev.end > 14) return null;
  // 达到每人每年35元的标准;2007年达到40元: a closing 的标准 (的水平) names what the figure was.
  let between = t.slice(prev.end, cStart);
  if (between.startsWith('的')) between = between.replace(LEVEL_CLOSE, '');
  // 到2020年…增长到74岁;到2030年,进一步增长到76岁: a clause that only dates the next
  // milestone stands between them, and the indicator goes on.
  const goesOn =
    between.length <= 4
      ? /^[\s;；,，。%‰]*$/.test(between)
      : /^[\s;；,，。%‰]*(?:到|至)?(?:19|20)\d{2}年(?:底|末)?[\s,，]*$/.test(between);
  return goesOn && prev.target.indicator ? prev : null;
}

const LEVEL_CLOSE = /^的(?:标准|水平)(?=[;；,，。])/;

// What units of a share reach or do (…县级医院达到推荐标准, …村卫生室实现联网结算).
const SHARE_VERB = /^[\u4e00-\u9fff]{2,16}?(?:达到|实现|建成|具备|通过|开展|设置|配备|完成)/;

/** Whether a percentage opens its clause (only a 全X before it) and the text after it is units doing something. */
export function isOpeningShare(before: string, tail: string): boolean {
  return /^[\s,，、]*(?:全[省市县区旗])?\s*$/.test(before) && SHARE_VERB.test(tail);
}

const DOING =
  /^(?:均|都|能够?)?(?:接受过?|设置|设立|配备|建立|开设|开展|提供|放置|达到|建成|具备|通过)/;

/**
 * `负责人95%以上接受过…培训`, `村卫生室90%以上能够提供中医药服务`: a share right after the units
 * it counts is named, as when it stands before them, by the units and what they do.
 */
export function unitsDoing(units: string, tail: string): string | null {
  if (/(?:率|比例?|数|量|度|值|水平|标准|面积|时间|寿命|额|费)$/.test(units)) return null;
  const doing = trimPhrase(tail);
  if (!DOING.test(doing) || /\d/.test(doing)) return null;
  const done = deedFirst(units + doing.replace(/^(?:均|都)/, ''));
  return `${done ? deedThenUnits(done) : units + tidyName(doing.replace(/^(?:均|都|能够?)/, ''))}比例`;
}

/**
 * `省级卫生县城数达到100%`, `参加锻炼人数达到46%`: a percentage of a count is the share of what it
 * counts, titled `…比例` (`…人数比例` for people); an index or a multiple keeps its name.
 */
export function countShare(name: string): string {
  if (!/数$/.test(name) || /(?:指|系|倍|分|次|总|函|参|基|位|读|度)数$/.test(name)) return name;
  return /人数$/.test(name) ? `${name}比例` : `${name.slice(0, -1)}比例`;
}

/**
 * `救护车中至少40%为负压救护车`: the share of a whole (`…中`) that is of one kind is named by that
 * kind (`负压救护车比例`), not by the whole it is taken from.
 */
export function partThatIs(whole: string, tail: string): string | null {
  if (!/[\u4e00-\u9fff]{2}中$/.test(whole)) return null;
  const kind = /^\s*(?:以上|以下)?(?:的)?(?:为|是)([\u4e00-\u9fff]{2,12})/.exec(tail)?.[1];
  const name = kind ? tidyName(trimPhrase(kind)) : '';
  return name.length >= 2 ? `${name}比例` : null;
}

// What a sentence says there is now (现有器官移植医院是173家, 目前共有…120个): the thing counted.
const HELD_NOW =
  /(?:现有|目前有|目前共有|现共有|已有|现已有)([\u4e00-\u9fff]{2,14}?)(?:是|为|共|达)?\d[\d.,]*[余多]?[\u4e00-\u9fff]/g;

export function heldNow(sentenceBefore: string): string | null {
  let last: string | null = null;
  for (const m of sentenceBefore.matchAll(HELD_NOW)) last = m[1]!;
  return last;
}

// 试点范围扩大到全国40%的县: a scheme whose range reaches a share of units covers them.
const EXTENDED_OVER =
  /([\u4e00-\u9fff]{2,20}?)的?(?:覆盖|实施)?范围(?:逐步|进一步)?(?:扩大|扩展|拓展|延伸)(?:到|至)(?:全国|全省|全市|全县|全区)?\s*$/;

/** `新农保试点范围扩大到40%的县` → `新农保试点县覆盖比例`: what is extended, over which units. */
export function extendedOver(before: string, tail: string): string | null {
  // 将…试点范围扩大到: the object of 将/把 is the scheme.
  const what = EXTENDED_OVER.exec(before)?.[1]?.replace(/^.*[将把]/, '');
  const units = what ? shareName(tail).replace(/比例$/, '') : '';
  return units.length >= 1 && units.length <= 6 ? `${tidyName(what!)}${units}覆盖比例` : null;
}

// 垃圾收运覆盖达到90%以上的自然村, 宣讲覆盖90%以上的区、街道: an act covering a share of units.
const COVERS = /([\u4e00-\u9fff]{2,20}?)覆盖(?:达到|达|到)?(?:全国|全省|全市|全县|全区)?\s*$/;

/** Whether `before` ends in an act covering and `tail` opens with the units it covers. */
export function coversUnitsBefore(before: string, tail: string): boolean {
  return COVERS.test(before) && /^[\u4e00-\u9fff]{1,8}(?:$|[、,，;；。])/.test(tail);
}

/**
 * 宣传覆盖80%以上行政村、85%以上社区: a later item of a list of covered shares, with only the
 * previous item's units and a list mark before its number, is the same act's coverage of its own
 * units (宣传社区覆盖率); null unless `previous` (the item before's name) covers those units.
 */
export function nextCoveredUnits(previous: string, before: string, tail: string): string | null {
  const units = /^([\u4e00-\u9fff]{1,8})[、,，]\s*$/.exec(before)?.[1];
  if (!units || !previous.endsWith(`${units}覆盖率`)) return null;
  const own = /^[\u4e00-\u9fff]{1,8}(?=$|[、,，;；。])/.exec(tail)?.[0];
  const act = previous.slice(0, -(units.length + 3));
  return own && act.length >= 2 ? `${act}${own}覆盖率` : null;
}

/** `…的垃圾收运覆盖90%的自然村` → `垃圾收运自然村覆盖率`: the act, the units it covers, 覆盖率. */
export function coveredUnits(before: string, tail: string): string | null {
  const act = COVERS.exec(before)?.[1];
  // (每个县的垃圾收运: whose act it is, before 的, is where it applies.)
  const what = act ? trimPhrase(act.slice(act.lastIndexOf('的') + 1)) : '';
  const units = what ? shareName(tail).replace(/比例$/, '') : '';
  return what.length >= 2 && units.length >= 1 && units.length <= 8
    ? `${tidyName(what)}${units}覆盖率`
    : null;
}

// …的目标 after a percentage names the aim itself, and so do 公开率100%的工作目标 and 60%的年度目标:
// the work or the year is no units of a share. Nor is 的基础上, the frame a kept level stands in
// (在确保…不低于95%的基础上).
export const AIM_AFTER = /^的(?:(?:工作|年度|全年)?(?:目标|要求|任务)|基础之?上)/;

export function shareName(tail: string): string {
  if (AIM_AFTER.test(tail)) return '';
  // 80%以上的乡镇卫生院、60%以上的村卫生室…: each share names its own units.
  let s = trimPhrase(listedShareTail(tail) ?? tail.replace(/^的/, ''));
  // …设置中医科、中药房、配备300种以上的饮片: a later item with a figure of its own is another
  // target; the units' deed ends before it.
  const next = /\d/.test(s) ? s.search(/[、,，][^、,，\d]{0,8}\d/) : -1;
  if (next > 0) s = s.slice(0, next);
  // 分别达到80%和60%以上: the rest of a list of values names no units.
  if (!s || /^\d/.test(s)) return '';
  const done = deedFirst(s);
  if (done) return `${deedThenUnits(done)}比例`;
  const level = levelUnitsDeed(s);
  return `${level ? deedThenUnits(level) : tidyName(s)}比例`;
}

// 80%的县(市、区)达到…指标, 70%的县(市、区)基本实现…: units named as a level with the levels it
// stands for in brackets (LEVEL_UNITS) are a yearbook's row of places, and a share of them is
// titled after whatever they do (达到…的县(市、区)比例), not only after a deed of having.
const LEVEL_UNITS_FIRST = /^[县市区][(（][县市区旗、]{1,5}[)）]/;

function levelUnitsDeed(s: string): UnitsDeed | null {
  const units = LEVEL_UNITS_FIRST.exec(s)?.[0];
  const deed = units ? s.slice(units.length) : '';
  return units && /^[\u4e00-\u9fff“"]{2}/.test(deed) ? { units, deed } : null;
}

/**
 * 人均基本公共卫生服务经费标准…,边远地区人均经费标准…: a later clause that shortens the name just
 * set keeps its first word and its head and leaves words out between; it means the same
 * indicator, and what it puts before the short name is a scope.
 */
export function elidedName(
  name: string,
  previous: string,
): { name: string; scope: string | null } | null {
  for (let i = 0; name.length - i >= 4; i++) {
    const short = name.slice(i);
    // It opens with the full name's first word and leaves out words inside, not at the start:
    // a part of the full name as written (县城…标准比例) is the narrowing carriedScope reads.
    // Four words or more are left out: 孕产妇管理率 beside 孕产妇系统管理率 may be another measure.
    if (previous.length - short.length < 4 || short.slice(0, 2) !== previous.slice(0, 2)) continue;
    if (short.slice(-2) !== previous.slice(-2) || previous.includes(short)) continue;
    if (!inOrder(short, previous)) continue;
    const scope = name.slice(0, i);
    // What stands before it is a place or group: short, with no verb or list of its own.
    if (scope.length > 8 || /[达到的、,，\d]/.test(scope) || /\d/.test(previous)) return null;
    return { name: previous, scope: scope.length >= 2 ? scope : null };
  }
  return null;
}

/** Whether every character of `short` stands in `long`, in the same order. */
function inOrder(short: string, long: string): boolean {
  let at = 0;
  for (const ch of short) {
    at = long.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

const ACTIVITY_END = /(?:工作|任务|活动|行动|服务|管理)$/;

/**
 * 为…人群补种乙肝疫苗,全年补种200万人: a count titled by its verb alone takes what that verb
 * acted on in an earlier clause of the sentence (乙肝疫苗补种人数).
 */
export function withVerbObject(name: string, earlier: string): string {
  const bare = /^([\u4e00-\u9fff]{2})(?:人数|人次数|数)$/.exec(name);
  if (!bare) return name;
  let object = '';
  for (const m of earlier.matchAll(new RegExp(`${bare[1]}([\\u4e00-\\u9fff]{2,10})[,，;；]`, 'g')))
    object = m[1]!;
  // 做好补种工作: the work the verb names is no thing it acts on.
  return object && !ACTIVITY_END.test(object) ? object + name : name;
}

/**
 * `2023年规范管理率40%…2024年城市规范管理50%`: a later milestone may write the rate just set
 * without its 率 after a group or area; the group is the scope, the rate the one just set.
 */
export function shortenedRate(name: string, previous: string): string | null {
  if (!previous.endsWith('率') || /(?:率|比例?|数)$/.test(name)) return null;
  const stem = previous.slice(0, -1);
  if (stem.length < 3 || !name.endsWith(stem)) return null;
  const group = name.slice(0, name.length - stem.length);
  return group.length >= 2 && group.length <= 4 && SCOPE_WORD.test(group) ? group : null;
}

export function carriedScope(name: string, previous: string): string | null {
  let k = 0;
  while (
    k < name.length &&
    k < previous.length &&
    name[name.length - 1 - k] === previous[previous.length - 1 - k]
  )
    k++;
  if (k < 2 || k >= name.length || !/[率比]/.test(name.slice(-k))) return null;
  const scope = name.slice(0, name.length - k);
  // 所生儿童预防性治疗率 after …梅毒治疗率: a word in -性 (预防性, 规范性) qualifies the measure, so the
  // clause names a measure of its own, not the previous one for another group.
  if (/性$/.test(scope)) return null;
  // Only a group of people or places narrows an indicator; 婴儿死亡率 is an indicator of its own.
  if (scope.length < 2 || scope.length > 8 || !SCOPE_WORD.test(scope)) return null;
  // 家庭健康服务覆盖率 after 孕前优生健康检查覆盖率: words that end in a service or an act done
  // (…服务, …检查) say what is covered, a measure of its own, though a group word (家庭) stands
  // inside them; only words that name people or places narrow the measure before.
  if (SERVICE_END.test(scope)) return null;
  const head = previous.slice(0, previous.length - k);
  // 孕妇贫血率…,老年人群贫血率…: the measure before was one group's already, so this clause names
  // the same measure for another group, a name of its own, not the first group's narrowed.
  if (PEOPLE_AT_END.test(head)) return null;
  // 儿童心理健康管理率 after 儿童健康管理率 (or 儿童营养健康管理率): the same group, and a word put
  // inside the measure (心理, 营养, 口腔) that makes it another measure, not a narrower group.
  let same = 0;
  while (same < scope.length && same < head.length && scope[same] === head[same]) same++;
  // (宣传家庭覆盖率 after 宣传社区覆盖率: each names its own units after the same act, an item of
  // the same form, not the act narrowed.)
  if (same >= 2 && (head.length > same || !SCOPE_WORD.test(scope.slice(same)))) return null;
  // 孕产妇贫血率…,老年人贫血率…: when the earlier name opens with a group of its own where this one
  // opens with another, the two are one measure for two groups, each titled by its own.
  if (head.length >= 2 && head.length <= 6 && OWN_GROUP.test(head)) return null;
  // 流入人口验证率 after 流动人口办证率 shares only 证率, an act's last character and 率: a measure
  // of its own (验证率, not 办证率), unless the group ends right where the two characters begin.
  return k >= 3 || SCOPE_AT_END.test(scope) ? scope : null;
}
