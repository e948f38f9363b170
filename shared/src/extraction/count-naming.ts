import { barCountName } from './bar-figures';
import { bracketedTotalLead, isStudioName, peopleFirst } from './asides';
import { listItemName, repeatedVerbName, toldVerbName } from './count-lists';
import { countName, rateName, tidyName, trimPhrase } from './indicator';
import type { Mention } from './mentions';
import { placesWhereName } from './places-where';
import { partnerCountName } from './partner-counts';
import { areaCountItem } from './area-lists';
import { recipientCount } from './recipient-names';
import { countOfPart } from './deed-first';
import { itemDeed, withoutQuotaFrame } from './quota-names';
import { FROM_TAIL } from './mention-names';
import { heldNow, withVerbObject } from './mention-shares';
import type { regionWords } from './mention-references';
import type { MentionClause } from './mention-clause';
import { LEADING_BOUND, namedPastAim } from './level-naming';
import { withoutExamples } from './example-lists';
import { launchedName } from './launched-counts';

// The naming step of reading a count (readMention, extract-targets.ts): what is counted, in which
// scope, and by which counting word when the number has none of its own (14.2亿).

// A heading of aims (项目目标, 工作目标, 目标任务) closing the words before a count's aim word.
const AIM_HEADING = /(?:项目|工作|总体|年度|具体)?目标(?:任务)?\s*[:：]?\s*$/;
// A list number and a first verb joined to the next by 并 (1、发现并登记…, 培训并考核…).
const VERB_CHAIN =
  /^\s*(?:[\d一二三四五六七八九十]{1,2}、)?[\u4e00-\u9fff]{2}并(?=[\u4e00-\u9fff]{2})/;
// The base of a density written after its count (15张/10万人, 6张/千人口).
const DENSITY_BASE = /^\s*\/\s*(?:\d+(?:\.\d+)?)?[十百千万]*(?:人口|人)/;
// A figure opening a count's tail (465幢23.25万平方米房屋): another measure of the same things.
const LEADING_FIGURE = /^\d*(?:\.\d+)?\s*[万亿]?(?:平方米|公里|米|吨|元)/;
// 示范区不少于30个等一系列指标: a 等 right after the count closes the list it ends; what follows
// sums the list up and is not the counted noun (甲等, 等级 are words of their own).
const CLOSING_LIST = /^等(?![级次])[\s\S]*$/;
// 1个养老服务中心到2025年底,…: a milestone run on after the noun (a copy that lost its stop)
// opens the next aim.
const NEXT_MILESTONE = /(?:到|至)(?:19|20)\d{2}年[\s\S]*$/;
// 建有一个以失能、半失能老人照护为主的照护中心: a modifier 以…为主的 opens the counted noun, which
// follows it, though a copy may put a comma inside the modifier.
const MODIFIER_LEAD =
  /^以[^。;；\d]{1,30}?为(?:主|主体|核心|重点|依托|中心|基础|导向)的([\u4e00-\u9fff]{2,20})/;
// A clause of aim with no noun of its own: only a plan or hope, a time, a growth verb.
const NAMELESS_AIM =
  /^(?:[\s,，]|计划|希望|力争|争取|预计|拟|将|要|再|在|近期|今年|明年|年内|年底前|到|至|(?:19|20)\d{2}年(?:底|末)?|增加|提高|增至|达到|达)*$/;
const PERSON_COUNT = new Set(['人', '名', '人次']);
// 各市域内医疗机构间互认项目超过200项, 区域内医院互认项目…: an area's inside and the bodies a count
// holds among (市域内医疗机构间) open its name as its scope; the name is what is counted there. A
// name whose area lost its first words to a place or a list (域内…, 等区域 → 内…) reads the same.
const AREA_INSIDE =
  /^(?:[\u4e00-\u9fff]?域|区域|辖区)?内的?(?:医疗卫生|医疗|卫生)?(?:机构|医院|单位)间?(?=[\u4e00-\u9fff]{3})/;
const AREA_INSIDE_WORDS =
  /(?:[省市县]域|区域|辖区)内的?(?:医疗卫生|医疗|卫生)?(?:机构|医院|单位)间?/;

// 向1200名残疾人发放辅具1800件: the clause's next count closing the words after this one is a
// target of its own, no part of this count's noun.
const LATER_COUNT = /^([\u4e00-\u9fff]+)\d+(?:\.\d+)?\s*[万亿]?[件台套张份本册辆个所家户人名]$/;
// 发放各类辅具1800件: `of every kind` between a verb and its object qualifies nothing a chart title
// keeps (the golds write 发放辅具件数); opening the name (各类培训人数) it is all the name has.
const EVERY_KIND = /(?<=[\u4e00-\u9fff])各(?:类|种)(?=[\u4e00-\u9fff]{2})/g;

// 全台合作医院将达260家, 新建改造全区3336座厕所: the page's whole jurisdiction (全 and one level
// character) before what is counted says where, not what; a chart's title drops it. 全国 is left (全国
// 一流, 全国总人口 are names of their own), and so is a whole inside a clause
// of 的 (在全省具有影响力的…).
const WHOLE_PLACE =
  /(^|新建|改造|建设|新增|改扩建)全[台省市县区州盟旗](?=[\u4e00-\u9fff]{2})(?![^的]*的)/;

// 其中今年完成45个, 今年将建成45个: a part (其中) or a step done (完成, 建成) of the count before; not
// the total it adds up to (…,达到150家), which names what is held.
const PART_OR_STEP = /^\s*其中|(?:完成|建成|实现)\s*$/;

/** The name, scope and counting word of a count. */
export interface CountName {
  name: string;
  scope: string | null;
  unit: string;
}

// The places a count numbers, opening the words right after it, with the work after them (not a
// body of the place, 乡镇卫生院, 村卫生室, 社区卫生服务中心: that body is what is counted).
const COUNTED_PLACES =
  /^(?:乡镇|乡|镇|街道|村|社区|县区|区县|县|市州|学校|医院)(?![\u4e00-\u9fff]{0,4}(?:卫生院|医院|卫生室|中心|政府|级|委|局|办|站|所))(?=[\u4e00-\u9fff]{3})/;
// The count right before (10个, 5所) at the end of its quote.
const PLACE_COUNT = /(?:\d+|[一二两三四五六七八九十]+)\s*[个所家]$/;

function workPlaces(
  t: string,
  prev: NonNullable<MentionClause['samePrev']>,
  w: MentionClause,
  name: string,
): { name: string; scope: string } | null {
  if (w.segStart !== prev.end) return null;
  const places = COUNTED_PLACES.exec(w.before);
  const counted = places ? PLACE_COUNT.exec(t.slice(prev.quoteStart, prev.end)) : null;
  if (!places || !counted || !name.startsWith(places[0])) return null;
  return { name: name.slice(places[0].length), scope: `${counted[0]}${places[0]}` };
}

/**
 * Names the count `m` from its clause `w`; null when a bare 万/亿 count has no name or no counting
 * word.
 */
export function nameCount(
  t: string,
  m: Mention,
  w: MentionClause,
  regions: ReturnType<typeof regionWords>,
): CountName | null {
  const { sStart, cStart, samePrev, before, after, tail, bound } = w;
  let unit = m.unit;
  if (unit === '' || unit.includes('/')) return bareCountName(m, w, regions);
  let name: string;
  let scope: string | null = null;
  let nameBefore = bound.at >= 0 ? before.slice(0, bound.at) : before;
  // 至少新建…2个, 完成…2万人: a bound or aim word opening the clause leaves the name after it.
  // (一)项目目标完成筛查800例: a heading of aims run into its first item is no name either.
  // 郑州争取新增…, 河南力争建成…: the page's place as the subject before the aim word is no name.
  // 集中力量确保…实现每千人拥有床位数4张: a name written whole after the aim word (namedPastAim).
  if (
    bound.at >= 0 &&
    (trimPhrase(nameBefore) === '' ||
      AIM_HEADING.test(nameBefore) ||
      regions.includes(trimPhrase(nameBefore)) ||
      namedPastAim(nameBefore, before.slice(bound.at).replace(LEADING_BOUND, '')))
  )
    nameBefore = before.slice(bound.at).replace(LEADING_BOUND, '');
  // 发现并最少登记高危人群100名: a bound inside a chain of verbs leaves the name on both sides.
  else if (bound.at >= 0 && /并\s*$/.test(nameBefore))
    nameBefore += before.slice(bound.at).replace(LEADING_BOUND, '');
  // 发现并登记…患者: of two verbs joined by 并 the last says what is counted.
  nameBefore = nameBefore.replace(VERB_CHAIN, '');
  // 管理人数由目前的8835万人分别提高到1亿人: the starting level is no part of the name.
  nameBefore = nameBefore.replace(FROM_TAIL, '');
  // (二)任务数  初筛任务数10000人: a heading run into its first item by a lost line break (two
  // spaces or more) is no part of the item's name.
  nameBefore = afterLastGap(nameBefore);
  // 新建甲村、乙村等6所卫生室: the examples the verb lists are no part of the name.
  nameBefore = withoutExamples(nameBefore);
  const bracketLead = bracketedTotalLead(before, t.slice(m.end, m.end + 2));
  // A headline's items stand apart by spaces (新建足球场100个 活动中心50个): the next item's
  // words and count are not this count's noun.
  // 完成465幢23.25万平方米房屋…: a second figure right after the count sizes the same things;
  // its number and unit are no part of the counted noun.
  // 15张/10万人: the base a density is over is no part of the counted noun either.
  let counted =
    bracketLead === null
      ? tail
          .replace(DENSITY_BASE, '')
          .replace(/\s+\S*\d[\s\S]*$/, '')
          .replace(LEADING_FIGURE, '')
          .replace(CLOSING_LIST, '')
          .replace(NEXT_MILESTONE, '')
          .replace(LATER_COUNT, '$1')
      : '';
  if (bracketLead !== null) nameBefore = bracketLead;
  if (counted.startsWith('以')) {
    const modified = MODIFIER_LEAD.exec(t.slice(m.end + w.suf, w.sEnd))?.[1];
    if (modified) counted = modified;
  }
  if (unit === '名' && isStudioName(after)) [unit, counted] = ['个', `名${after}`];
  // 为2万名孕妇提供产前筛查: the recipients, then what they receive (names round 13).
  const recipients = recipientCount(before, counted, unit);
  name = recipients ? tidyName(recipients) : countName(nameBefore, counted, unit, regions);
  if (PERSON_COUNT.has(unit)) name = withoutQuotaFrame(peopleFirst(name) ?? name);
  if (name.includes('内')) {
    const inside = AREA_INSIDE.exec(name);
    if (inside) {
      scope = AREA_INSIDE_WORDS.exec(before)?.[0] ?? inside[0];
      name = name.slice(inside[0].length);
    }
  }
  // 新建社区医院4家、村卫生室30个: a later item of a list shares the first one's verb and level.
  const areaItem =
    samePrev?.target.kind === 'count' && !name
      ? areaCountItem(
          samePrev.target.indicator,
          t.slice(samePrev.quoteStart, samePrev.end),
          t.slice(samePrev.end, m.start),
        )
      : null;
  if (areaItem) {
    // 市区免费孕检8000对、农村32000对: the areas are the items' scopes, the rest their name.
    [name, scope] = [areaItem.name, areaItem.scope];
    samePrev!.target.indicator = areaItem.name;
    samePrev!.target.scope = samePrev!.target.scope ?? areaItem.prevScope;
  } else if (samePrev?.target.kind === 'count') {
    name = listItemName(name, samePrev.target.indicator, t.slice(samePrev.end, m.start));
    name = repeatedVerbName(name, unit, samePrev.target);
    if (PERSON_COUNT.has(unit) && samePrev.target.unit === unit)
      name = itemDeed(name, samePrev.target.indicator);
  } else {
    name = withVerbObject(name, t.slice(sStart, cStart));
    // X建成93家,…将建成400家: a verb alone takes the things its clause before told with it.
    name = toldVerbName(name, unit, t.slice(sStart, cStart));
  }
  // 三年内建成230个中心,其中今年完成45个: a clause that names nothing but its time and aim word,
  // after a count in the same sentence in the same counting word, is a part or a step of that
  // count and takes its name.
  if (
    !name &&
    samePrev?.target.kind === 'count' &&
    samePrev.target.unit === unit &&
    samePrev.target.indicator &&
    PART_OR_STEP.test(before) &&
    NAMELESS_AIM.test(before.replace(/^\s*其中/, '').replace(/完成|实现|建成/g, ''))
  )
    name = samePrev.target.indicator;
  // 现有协调员1900人,计划近期增加到5000名: an aim clause that names nothing but its time and
  // verb counts what the sentence said it has now.
  const held = NAMELESS_AIM.test(before) ? heldNow(t.slice(sStart, cStart)) : null;
  if (held) name = countName(held, '', unit, regions);
  name = countOfPart(name, t.slice(sStart, m.start));
  name = placesWhereName(before, tail) ?? name;
  // 与周边3个地市签订…协议: the partners an agreement is signed with (partner-counts.ts).
  name = partnerCountName(t.slice(Math.max(0, m.start - 8), m.start), tail) ?? name;
  // 产值超过50亿元的3家、超过30亿元的5家: units counted by a bar they clear (bar-figures.ts).
  if (name.includes('超') || name.includes('高于') || name.includes('达'))
    name = barCountName(name, samePrev?.target.indicator ?? null);
  // 启动首批10个示范县建设: the launch is what is counted.
  name = launchedName(before, name);
  // 完成10个乡镇妇女病普查5000人次: the places a count right before numbers (10个乡镇) are where this
  // count's work falls, its scope; the work is its name.
  const placed = samePrev?.target.kind === 'count' ? workPlaces(t, samePrev, w, name) : null;
  if (placed) [name, scope] = [placed.name, placed.scope];
  // 8500就诊人次: the kind of visit written inside the figure (visit-counts.ts) names it.
  if (unit === '人次' && !/人次$/.test(name)) {
    const visit = /(?:就诊|门诊|急诊|诊疗|住院|出诊|服务)(?=人次$)/.exec(t.slice(m.start, m.end));
    // A name read from the tail (等 → 等人数) is no noun of the visits.
    if (visit) name = `${name.replace(/^等/, '').replace(/人?数$/, '')}${visit[0]}人次`;
  }
  if (name.includes('各')) name = name.replace(EVERY_KIND, '');
  if (name.includes('全')) name = name.replace(WHOLE_PLACE, '$1');
  // 在现有60台AED的基础上增配180台: the holding an addition is made on (its count read as the
  // figure before) leaves only its things in the name: AED增配数, not AED基础上增配数.
  if (name.includes('基础上')) name = name.replace(/的?基础上/, '');
  return { name, scope, unit };
}

/**
 * 总人口控制在14.2亿左右: a count in bare 万/亿 (or per a base), named and given its counting word from the
 * words before it.
 */
function bareCountName(
  m: Mention,
  w: MentionClause,
  regions: ReturnType<typeof regionWords>,
): CountName | null {
  const { samePrev, before, bound } = w;
  let unit = m.unit;
  const r = rateName(bound.at >= 0 ? before.slice(0, bound.at) : before, regions);
  let name = r.name || (r.scope ?? '');
  const scope = r.name ? r.scope : null;
  // …总数不超过120万,到2020年不超过150万: a clause with no subject goes on with the count before.
  if (!name && samePrev?.target.kind === 'count' && samePrev.target.unit) {
    name = samePrev.target.indicator;
    if (unit === '') unit = samePrev.target.unit;
  }
  if (unit === '') unit = countingWordOf(name);
  if (!unit || !name) return null;
  return { name, scope, unit };
}

/** The words after the last run of two spaces or more between words, when three or more follow. */
function afterLastGap(phrase: string): string {
  if (!phrase.includes(' ') && !phrase.includes('\t') && !phrase.includes('\u3000')) return phrase;
  let at = -1;
  for (const g of phrase.matchAll(/(?<=[\u4e00-\u9fff])[ \t\u3000]{2,}(?=[\u4e00-\u9fff]{3})/g))
    at = g.index + g[0].length;
  return at < 0 ? phrase : phrase.slice(at);
}

/** The counting word a bare 万/亿 count takes from its name: 总人口 → 人, 覆盖户数 → 户. */
function countingWordOf(name: string): string {
  if (/人次/.test(name)) return '人次';
  // 注册护士总数, 执业医师总数, 护士总量: people named by their calling are counted in 人 too.
  if (/人口|人数|(?:[人者员士师]|医生|学生|职工)(?:总量|总?数)?$/.test(name)) return '人';
  return /户/.test(name) ? '户' : '';
}
