import { unitTable } from './unit-tables';
import { partOfGround } from './area-units';
// Figures that stand beside a plan's targets without being targets: a count that sums up the
// list just written or announces the list after it, a count of places that says how a total in
// the same brackets is spread, and the share of a building work done so far.

/** A Chinese character or 、 (和, 及 and 与 are Chinese characters): what a list is written in. */
function isListChar(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || c === 0x3001;
}

/** Items of the enumeration that ends `before` (`甲、乙和丙`), or 0 when it does not end in one. */
const LIST_JOINS = unitTable('、和及与');

/** Whether `s` holds a unit marked in `table` from `from` on. */
function hasUnitFrom(s: string, from: number, table: Uint8Array): boolean {
  for (let k = from; k < s.length; k++) if (table[s.charCodeAt(k)] === 1) return true;
  return false;
}

function listItems(before: string): number {
  // Scanned back by hand: an end-anchored regex would retry from every character of a long run.
  let i = before.length;
  while (i > 0 && isListChar(before.charCodeAt(i - 1))) i--;
  // (One item only, unless a joining mark stands in the run.)
  if (!hasUnitFrom(before, i, LIST_JOINS)) return 0;
  const items = before
    .slice(i)
    .split(/[、和及与]/)
    .filter((s) => s.length > 0);
  return items.length >= 2 && items.every((s) => s.length >= 2) ? items.length : 0;
}

/**
 * Items of the enumeration that ends `before` counted by its 、 alone (`甲与乙、丙、丁与戊等`: 3), with
 * one more when its last item is joined by 和/及/与 (`预防、医疗和康复`): names keep their own 与.
 */
function commaItems(before: string): number[] {
  let i = before.length;
  while (i > 0 && isListChar(before.charCodeAt(i - 1))) i--;
  if (before.indexOf('、', i) < 0) return []; // (one item only)
  const items = before.slice(i).split('、');
  if (items.length < 2 || items.some((s) => s.length < 2)) return [];
  return /[和及与]/.test(items[items.length - 1]!)
    ? [items.length, items.length + 1]
    : [items.length];
}

// The counted noun is a kind of place or facility (乡镇, 社区卫生服务中心, 医院): the items before
// the count are their names. Not when 的 and a number follow (甲、乙等3个试点乡镇的500名妇女): the
// places then only say where the number after them is counted.
const NAMED_UNITS =
  /^[\u4e00-\u9fff]{0,8}?(?:乡镇|街道|社区|村|县|中心|医院|卫生院|卫生室|服务站|门诊|基地|学校)(?!的\s*[\d一二三四五六七八九十两])/;

/**
 * A floor written after the list's last item (`在甲、乙、丙至少建立3个…`): a sum of a list is never
 * bounded, so the list says where the work is done and the number is the work's floor.
 */
function floorAfterList(before: string): boolean {
  const last = before.lastIndexOf('、');
  if (last < 0) return false;
  const tail = before.slice(last);
  return tail.includes('至少') || tail.includes('不少于');
}

/**
 * A count that only sums up a list (`预防、医疗和康复三项工作`: as many items as the number) or
 * announces one (`建立两个体系:一是…`): the list is the plan's content, its length no target.
 */
export function isListCount(before: string, value: number, after: string): boolean {
  // A list has two items or more: a count of none (县数为0) sums up no list. Places or facilities
  // named and counted (推进甲和乙2个社区卫生服务中心开设急诊) are so many units to work on.
  if (
    value >= 2 &&
    value <= 12 &&
    (listItems(before) === value || commaItems(before).includes(value)) &&
    !NAMED_UNITS.test(after) &&
    !floorAfterList(before)
  )
    return true;
  // The counted noun runs straight into a colon: what follows spells the items out.
  return /^[\u4e00-\u9fff]{0,12}[:：]/.test(after);
}

const SPREAD_OF =
  /^(?:个|所|家)?(?:乡镇|乡|镇|街道|村|社区|县区|县市区|县|区|市)(?:[(（][^)）]{1,8}[)）])?的\s*\d/;

/**
 * `(17个乡镇34名)`: a count of places right before another number in the same brackets says
 * over how many places the total is spread; the total is the target.
 */
export function isSpreadCount(before: string, after: string): boolean {
  // 向12个乡镇(街道)的900名老人发放…: places, 的, then the people counted in them, outside brackets
  // as well.
  if (SPREAD_OF.test(after)) return true;
  const open = Math.max(before.lastIndexOf('('), before.lastIndexOf('（'));
  const close = Math.max(before.lastIndexOf(')'), before.lastIndexOf('）'));
  if (open < 0 || close > open) return false;
  return /^(?:个|所|家)?(?:乡镇|乡|镇|街道|村|社区|县区|县市区|县|区|市|单位)\s*\d/.test(after);
}

/**
 * `成瘾者500人以上的县`, `年服务量1万人次以上的机构`: a count bound by 以上/以下 and then 的 before
 * a kind of place or body says which places a measure applies to; it is a threshold, not an aim.
 * A classifier of places or bodies touching the noun (`在5所以上乡镇卫生院推行`, `3个以上乡镇`)
 * counts that noun itself: at least so many of them, no threshold.
 */
export function isThresholdCount(tail: string, unit = ''): boolean {
  if (/^(?:个|所|家|座|处)$/.test(unit) && !tail.startsWith('的')) return false;
  return /^的?(?:县|市|区|乡镇|乡|镇|街道|村|社区|地区|城市|企业|单位|医院|医疗机构|机构|学校|场所)/.test(
    tail,
  );
}

/**
 * `二类以上公厕100座`, `三级以上医院5家`: a count bound by 以上/以下 right before a noun that the
 * clause then counts with a figure of its own grades the things counted (a class, a level, a
 * size); that figure is the aim, the grade only says which things count. A joining word after the
 * bound (…100人以上和…) opens the next item instead.
 */
export function isGradeOfCounted(tail: string): boolean {
  return /^(?![和及与并或其])[\u4e00-\u9fff]{1,10}\d/.test(tail);
}

// Works on a building site: their `完成40%` is progress so far, not a rate to reach.
const WORKS = /(?:施工|安装|铺贴|装修|装饰|浇筑|封顶|拆除|砌筑|粉刷|吊装|主体)完成\s*$/;

// The size of a project's site or building (项目占地面积约11.4亩, 总建筑面积2.3万平方米): it tells
// what the project is, as its name does. Only when told bare or about (约, 近, 为); a floor or a
// level to reach (建筑面积不小于80平方米, 达到) keeps it an aim. A total (总建筑面积达8000平方米) sums
// the project's buildings, so no floor: reaching it (达, 达到) still only sizes the project.
const SITE_SIZE =
  /(?:占地|用地|建筑|业务用房)(?:总)?面积(?:约为?|近|逾|为|是)?\s*$|占地(?:约|近|逾)?\s*$|(?:总(?:占地|用地|建筑)|(?:占地|用地|建筑)总)面积(?:共|约|将)?达到?\s*$/;

/** Whether an area describes a project's site or building (`项目占地面积约11.4亩`), not an aim. */
export function isSiteSize(before: string): boolean {
  return SITE_SIZE.test(before);
}

/** Whether a percentage reports how far a building work has got (`外墙施工完成90%`). */
export function isWorksProgress(before: string): boolean {
  return WORKS.test(before);
}

/**
 * `全覆盖(5000人)`, `(17个乡镇34名)`: a total in brackets closing right after it counts what the
 * text before the bracket names. Returns that text, or null when the number closes no bracket.
 */
export function bracketedTotalLead(before: string, after: string): string | null {
  if (!/^\s*[)）]/.test(after)) return null;
  const open = Math.max(before.lastIndexOf('('), before.lastIndexOf('（'));
  if (open < 0) return null;
  // 所有…医院2名…全覆盖(34名): the per-unit figure and the quantifier are no part of the name.
  return before
    .slice(0, open)
    .replace(/(?:全覆盖|覆盖|全面|达标)$/, '')
    .replace(/\d+(?:\.\d+)?[名个家所人]|所有|全部/g, '');
}

/**
 * `21名医基层工作室`, `5个名中医工作室`: 名 before a healer's or teacher's title and a 工作室/站 is
 * the studio's name (名医工作室), not a counting word; the studios are counted.
 */
export function isStudioName(after: string): boolean {
  return /^(?:医|中医|老中医|专家|师|护士?|药师)[\u4e00-\u9fff]{0,6}?工作(?:室|站)/.test(after);
}

// Services given to people: a count of them is titled by the people first (…患者救治人数). A free or
// online service (免费, 在线) keeps that word with its verb, after the people (乡村医生免费培训人数),
// as titles write such a programme; a way of organising the work (集中救治, 分类救治) names the
// programme itself and stays before its people. Doctors and nurses trained are people as 人员 are.
const SERVICE = '(?:免费|在线)?(?:救治|救助|筛查|培训|体检|资助|帮扶|随访|慰问|治疗|康复|访视)+';
const SERVICE_VERBS = new RegExp(`^(${SERVICE})`);
const SERVED_FOR = new RegExp(`^为([\\u4e00-\\u9fff\\d]{2,16}?)(${SERVICE})人?数$`);
const PEOPLE_HEAD =
  /(?:患者|病人|人员|儿童|妇女|老人|老年人|孕产妇|产妇|学生|新生儿|夫妇|残疾人|对象|群众|居民|医生|医师|护士)$/;

/** `救治…精神病患者` → `…精神病患者救治人数`: the people, then the service, then 人数. */
export function peopleFirst(name: string): string | null {
  // 为留守老人免费体检: the people a service is for, then the service, are titled the same way.
  const served = SERVED_FOR.exec(name);
  if (served && PEOPLE_HEAD.test(served[1]!)) return `${served[1]}${served[2]}人数`;
  const verb = SERVICE_VERBS.exec(name)?.[1];
  if (!verb) return null;
  const rest = name.slice(verb.length);
  // 独居老人数 ends in people and 数; 患者人数 in people and 人数: keep the people's own 人.
  const people = [rest.replace(/数$/, ''), rest.replace(/人?数$/, '')].find(
    (p) => PEOPLE_HEAD.test(p) && p.length >= 2,
  );
  return people ? `${people}${verb}人数` : null;
}

/**
 * `达到79岁(2020年达到77.3岁)`: a bracket opening with a year and aiming at a figure is a
 * milestone on the way to the plan's target, whatever the plan's year; it is no baseline.
 */
export function isBracketedMilestone(sentenceBefore: string): boolean {
  const open = /[(（]\s*(?:19|20)\d{2}\s*年(?:底|末)?([^()（）]*)$/.exec(sentenceBefore);
  return open !== null && /达到|提高到|降至|降到|下降到|控制在|不低于|不超过|力争/.test(open[1]!);
}

// A whole much larger than the plan's own ground: a share of it with no aim word is a fact.
// A people's make-up (妇女、儿童占总人口的三分之二) is a fact of the same kind.
const LARGER_WHOLE = /占(?:全球|世界|全世界|国际|总人口|全国总人口)[^,，;；。]{0,12}$/;

// 报告发病数居前五位的…,占发病总数的96.46%: the share some cases take of all those reported (发病,
// 病例, 死亡) is how a tally is made up, never a level a plan sets.
const CASES_WHOLE = /占[\u4e00-\u9fff]{0,10}?(?:发病|病例|死亡|报告)(?:总数|总例数|例数|人数)的?$/;

/**
 * `每年新发病例占全球总数的17%`: a share of the world's total, or of all the cases reported, not
 * aimed at, describes.
 */
export function isStatedShare(before: string, aimed: boolean): boolean {
  return !aimed && (LARGER_WHOLE.test(before) || CASES_WHOLE.test(before));
}

// Where a rate is measured, written after its name (覆盖率农村以县为单位达到60%) or alone as the
// subject of the next clause (城市以助产机构为单位达到80%): an area, or a level of facility
// (剖宫产率县级医院控制在…,乡镇卫生院控制在…), a level word then a kind of facility.
const AREA =
  '(?:农村|城市|城区|城镇|郊区|乡镇|(?:[省市县区乡镇村]级|一级|二级|三级|基层|乡镇|社区)(?:及以上|以上)?(?:[\\u4e00-\\u9fff]{0,4}?(?:医疗保健机构|医疗卫生机构|医疗机构|保健机构|医院|卫生院|卫生室)))';
const RATE_THEN_AREA = new RegExp(`^(.+(?:率|比例|比重))(${AREA})$`);
const AREA_ALONE = new RegExp(`^${AREA}$`);

/**
 * `新生儿疾病筛查覆盖率农村` → name `新生儿疾病筛查覆盖率`, scope `农村`; `城市` alone → the rate
 * named before, scope `城市`. Null when the name is neither.
 */
export function areaAfterRate(
  name: string,
  previousRate: string | null,
): { name: string; scope: string } | null {
  const split = RATE_THEN_AREA.exec(name);
  if (split) return { name: split[1]!, scope: split[2]! };
  if (previousRate && AREA_ALONE.test(name) && /(?:率|比例|比重)$/.test(previousRate))
    return { name: previousRate, scope: name };
  return partOfGround(name, previousRate);
}

// 感染者较多的监管场所(羁押在所的病人≥10人,或…): a bracket right after a word of degree says what
// that degree means; its count defines which places a rule covers.
const DEGREE_DEFINED = /较(?:多|大|重|高|低|少|严重)的[\u4e00-\u9fff]{1,10}[(（][^()（）]*$/;

/** Whether a count stands in a bracket that defines a degree word before it (`较多的X(…≥10人`). */
export function isDefiningBracket(before: string): boolean {
  return DEGREE_DEFINED.test(before);
}

/**
 * `12类45项`, `十类四十一项`: kinds and items together are how a service package is designated
 * (国家基本公共卫生服务14类55项), not a number of things to do.
 */
export function isPackageDesignation(before: string, unit: string): boolean {
  return unit === '项' && /[\d一二三四五六七八九十]\s*类\s*$/.test(before);
}

/**
 * `各省可自主选择1至2个城市开展试点`: a number a body may choose is an option the plan leaves open,
 * not a figure it sets (可 is may; 力争, 确保 and bounds set one).
 */
export function isOptionalCount(before: string): boolean {
  return /可(?:以)?(?:自主|自行|结合实际|根据实际|因地制宜)?(?:选择|选取|确定|增加|开展)\s*$/.test(
    before,
  );
}
