import {
  isDefiningBracket,
  isListCount,
  isSpreadCount,
  isOptionalCount,
  isPackageDesignation,
  isThresholdCount,
  isGradeOfCounted,
} from './asides';
import { clauseCutByLineBreak } from './cut-lines';
import { isHeldByShare, isHeldNow } from './held-counts';
import { countEvidence, isTextCollection, isPlanItemCount, isBackReference } from './context-rules';
import { isMeasureUnit } from './units';
import { withoutMeasureBase } from './per-base-measures';
import type { Mention } from './mentions';
import { placesWhereBuilt } from './places-where';
import { isServiceVolume } from './service-volumes';
import { isFutureHolding, isFutureLevelCount } from './future-holdings';
import { isOpeningBeds } from './opening-beds';
import { isRatingLevelAim } from './rating-levels';
import { isGrowthAim, isNamedLifeSpan } from './growth-aims';
import { namedAim } from './reported';
import { splitsInto } from './split-counts';
import { isSitingNorm } from './siting-norms';
import { isEventCount } from './event-counts';
import { isIndicatorListCount, isItemNumber, isTableRowCount } from './indicator-lists';
import type { Change } from './change';
import { followsPartsWord, followsUnitGloss, isAimedPart } from './aimed-parts';
import { isReadingTime } from './reading-time';
import { isDiseasesCovered, isDiseasesHad } from './disease-counts';
import { isEachUnitsWhole, isPremiseCount } from './premise-counts';
import type { MentionClause } from './mention-clause';
import { underTaskLead } from './task-leads';
import { isDoneByDeadline } from './deadline-works';
import { forecastsReach } from './reach-forecasts';
import {
  isBedCount,
  isPlannedItem,
  isShortfall,
  isSitingThreshold,
  isWorksAddition,
  sharesFuture,
} from './capacity-counts';

// The second step of reading a mention (readMention, extract-targets.ts), before the readings
// that find it no aim (not-aim-reads.ts): whether its unit, and a count's words, make it a figure
// to reach at all. Each gate is a class of figure that only some words around it make an aim.
// Both steps only drop a figure and read nothing the other writes, so their order changes no
// target; these few tests come first because they drop more figures than the long list does.

// Words that make a count spelled in Chinese numerals (两个, 三项) something made, not described;
// 增加 too (增加五千张病床: so many to add), unless 比/较 a base makes it a change told or 的 makes
// it a modifier (增加的项目为两项). 设立 sets units up as 建立 and 增设 do (设立三个服务站).
const CHINESE_COUNT_CUE =
  /新建|新增|新创|创建|建立|组建|成立|设立|增设|培育|打造|培训|培养|招收|招聘|增聘|引进|安排|(?<![比较][^,，]{0,8})增加(?!的)/;
// 完成两家县级医院的价格调整, 完成三所卫生院改造: the units a deed is to be done in, named right
// after a spelled-out count of them, are so many to finish (a bare 完成三项任务 still describes).
const DONE_AT_UNITS =
  /^[\u4e00-\u9fff]{0,6}?(?:医院|卫生院|卫生室|机构|中心|学校|站|村|社区|乡镇|街道)/;
// 力争达到全国、全省77.3岁的平均水平: the places whose level is aimed at stand between the aim word
// and the number.
const LEVEL_OF_PLACES = /(?:达到|达|超过|高于)(?:全国|全省|全市|全区|全县|国家|[、和及])+\s*$/;
// A ceiling's verb touching a duration aims at it as well (反应时间缩至12分钟, 等候时间控制在30分钟).
const AIM_TOUCHING =
  /(?:达到|达|提高到|提高至|提升到|提升至|增加到|增至|延长到|延长至|实现为|为|超过|不低于|高于|降至|降到|缩短到|缩短至|缩至|减少到|减至|控制在)\s*$/;
// 两万人的筛查计划, 三千例的手术任务: a count the words after it name as the size of a plan or a
// quota (的…计划, 的…任务) is so many to reach, in any numerals and with any verb, as a count named
// the aim (20家的目标) is.
const SIZES_PLAN = /^\s*的[^,，。;；:：\n]{0,16}?(?:计划|任务)/;
// 每万人口全科医生数将达到两人: a density aimed at is a target in any numerals.
const DENSITY_AIMED = /每[十百千万]+(?:常住)?人口[^,，;；。]*(?:达到|达|提高到|增加到|增至)\s*$/;
// 病床将从现时约一千五百张,增至二千四百张: the end of a from-to whose start is a count is the level
// the change is to reach, however its numerals are written; no description counts so.
const FROM_COUNT_TO =
  /[从由][^,，;；。]{0,12}?[\d零〇一二两三四五六七八九十百千万]+[\u4e00-\u9fff]{1,2}[,，]?\s*(?:增至|增加到|增加至|提高到|提高至|提升到|提升至|扩大到|扩大至|扩充到|扩充至|增长到|增长至|达到)\s*$/;
// Verbs that build or rebuild a floor area: its total is an aim (完成…改造20万平方米).
// 整治 too: 综合整治老旧小区15万平方米 is an area of estates to rebuild; and 建设 (建设业务用房
// 12万平方米: the floor area to put up).
const DECIDED_NAMING = /决定(?:予以)?(?:命名|授予|表彰|认定|通报表扬|追授)[^,，。;；]{0,12}$/;
const ONE_OF = /^[^,，。;；:：]{0,30}?之一/;
const BUILT_AREA = /新建|建成|建设|修建|完成|改造|整治|开工|竣工|扩建|改建/;
// 落实建设用地300亩, 保障医疗卫生用地50公顷: land a plan secures for building is an amount to
// provide, with no aim word before it.
const LAND_SECURED = /(?:落实|保障|供应|安排|新增|提供|征收|储备)[\u4e00-\u9fff]{0,10}用地\s*$/;
// 已获命名的, 已经建成的, 已被认定为…的: a verb told as done, then 的, right before the count.
const ALREADY_MADE = /已(?:经|获|被)?[\u4e00-\u9fff]{1,8}的\s*$/;
// A tail opening with a word: the figure sizes the thing named after it (建成3公里健身圈), unless
// the word only joins the next item of a list (改造管线40公里和16个设施).
const NAMES_AFTER = /^(?![和及与]\s*\d)[\u4e00-\u9fff]/;
// 完成12公里老旧管网改造: a length done, then the thing and the rebuilding verb closing the clause.
// 最高一万元, 最高可报销两万元: the cap a benefit reaches (round DH).
const CAP_BEFORE = /最高(?:可)?(?:达|获得|报销|补助|救助|支付|补偿)?\s*$/;
const LENGTH_DONE = /^[\u4e00-\u9fff]{1,12}(?:改造|铺设|新建|建设)/;

/**
 * Whether mention `m`'s unit is aimed at in its clause `c` (an age, a time, an area, a blank, a
 * level).
 */
export function unitAimed(
  t: string,
  m: Mention,
  c: MentionClause,
  change: Change | null,
  guaranteed: boolean,
): boolean {
  const { before, clauseBefore, tail, bound } = c;
  if (m.source === 'empty' && !bound.aimed) return false;
  if (m.unit === '级' && !isRatingLevelAim(clauseBefore, tail)) return false;
  if (isReadingTime(before, m.unit)) return false;
  // 80岁, 30分钟: a life span or time standard only right after an aim or bound word, and not
  // before a noun (60岁以上老年人, 15分钟健身圈); `77岁的平均水平` names a level, not a noun,
  // `增加1岁的目标` names the figure as the aim (as reported.ts' namedAim reads it), and
  // `…不少于1小时等` closes a list of aims.
  if (
    !guaranteed &&
    /^(?:岁|分钟|小时|年)$/.test(m.unit) &&
    // 人均寿命80岁: a life span written right after its name is that figure (a headline's way).
    (!(
      AIM_TOUCHING.test(before) ||
      LEVEL_OF_PLACES.test(before) ||
      isGrowthAim(before) ||
      (m.unit === '岁' && isNamedLifeSpan(before)) ||
      bound.explicit ||
      change
    ) ||
      /^(?!的(?:平均)?水平|的(?:年度|规划|工作)?目标|等(?![级次]))[\u4e00-\u9fff]/.test(tail))
  )
    return false;
  if (m.unit === '' && !bound.aimed) return false;
  // 人均绿地面积≥5平方米: an area or a concentration is a target only after a bound or aim word; a
  // length only after one, or in a clause that builds it (新建绿道、健身步道120公里), not where it
  // sizes a thing named after it (建成3公里健身圈).
  if (
    isMeasureUnit(m.unit) &&
    !(AIM_TOUCHING.test(withoutMeasureBase(before)) || bound.explicit) &&
    !(
      m.unit === '公里' &&
      ((/新建|建成|修建|铺设|改造/.test(clauseBefore) && !NAMES_AFTER.test(tail)) ||
        (clauseBefore.includes('完成') && LENGTH_DONE.test(tail)))
    ) &&
    // 完成23.25万平方米房屋改造, 开竣工安置房150万平方米: a floor area in 万 built or rebuilt is
    // work to do, whatever it sizes.
    !(
      (m.unit === '万平方米' || (m.unit === '平方米' && t.slice(m.start, m.end).includes('万'))) &&
      BUILT_AREA.test(`${clauseBefore}${tail.slice(0, 12)}`)
    ) &&
    !(before.endsWith('用地') && LAND_SECURED.test(before)) &&
    // 主要任务是:\n(一)…,灭螺50万平方米: an area listed as a task's size (task-leads.ts).
    !underTaskLead(t, m.start)
  )
    return false;
  // 每月资费三元: a sum spelled in Chinese numerals is a price or a fee unless it is aimed at.
  // A benefit's cap told so (可获得最高一万元的救助) is the most the scheme pays, an aim however spelled.
  if (m.source === 'chinese' && m.kind === 'amount' && !bound.aimed && !CAP_BEFORE.test(before))
    return false;
  // ≥30迅滑…%: a number parted from its unit by stray glyphs is no blank (达到%) to fill, and
  // ≤0.处沙250: the digits after a split decimal point are no number of their own.
  if (m.source === 'empty' && /\d/.test(before.slice(Math.max(0, bound.at)))) return false;
  // 3.产前筛查率≥85%: an item's number before a short name is no split decimal.
  if (/\d[.．][^\d\s.,，;；。]{1,6}$/.test(before) && !isItemNumber(before)) return false;
  return true;
}

// 至少新增 / 2个…专科: a count opening its line after a line cut after its verb takes the verb.
function cutBefore(t: string, sStart: number, before: string): string {
  return before.trim() === '' && t[sStart - 1] === '\n'
    ? clauseCutByLineBreak(t, sStart) + before
    : before;
}

/**
 * Whether a count `m` is something to make or reach, not the size of a list, a package or a rule.
 */
// 形成一支由100名名中医、500名骨干人才组成的人才队伍: the members of a team to be formed, listed
// between 由 and 组成, are counts to reach (the team is made of them).
const TEAM_LEAD = /(?:形成|组建|建设|建立|打造|培养|造就|建成)(?:一支|一批)?由[^。;；:：]{0,80}$/;
const TEAM_CLOSE = /^[^。;；:：]{0,80}?组成/;

function isTeamMember(t: string, sStart: number, m: Mention, sEnd: number): boolean {
  const lead = t.slice(Math.max(sStart, m.start - 90), m.start);
  return lead.includes('由') && TEAM_LEAD.test(lead) && TEAM_CLOSE.test(t.slice(m.end, sEnd));
}

// 至少建有1个照护中心,1个养老服务中心: a bare count right after the noun of the count before it,
// across a comma, is the next item of that count's list.
const ITS_NOUN = /^[^。;；:：\n\d]{2,48}[,，、]\s*$/;

function followsItsNoun(
  t: string,
  prev: { end: number; target: { unit: string } },
  cStart: number,
  before: string,
  unit: string,
): boolean {
  return (
    prev.target.unit === unit &&
    before.trim() === '' &&
    cStart - prev.end <= 50 &&
    ITS_NOUN.test(t.slice(prev.end, cStart))
  );
}

// 初中学段6课时,高中学段4课时: class hours allotted to a stage of schooling are a teaching plan's
// floor, written with no verb of their own.
const SCHOOL_STAGE = /(?:学段|阶段|年级|学期|学年)\s*$/;

export function countAimed(t: string, m: Mention, c: MentionClause): boolean {
  const { sStart, sEnd, cStart, samePrev, before, after, tail, bound, suf, clauseBefore } = c;
  if (
    m.value !== null &&
    // 甲、乙、丙和丁四个诊所会在2026年前竣工: named units with a deadline to finish are works to do.
    ((isListCount(before, m.value, t.slice(m.end, m.end + 16)) && !isDoneByDeadline(tail)) ||
      isSpreadCount(before, after) ||
      isPackageDesignation(before, m.unit) ||
      // 扩建…可增加135床: what works add is no option (capacity-counts.ts).
      (isOptionalCount(before) && !isWorksAddition(t.slice(sStart, m.start))) ||
      splitsInto(before) ||
      isSitingNorm(before) ||
      // 人口数不到48万人; 设立人口数须100万以上 (capacity-counts.ts).
      isShortfall(before) ||
      isSitingThreshold(before) ||
      isHeldByShare(t.slice(cStart, m.start)) ||
      // 另有八个会在2030年前落成: the units are still to finish, a deadline after them.
      (isHeldNow(t.slice(cStart, m.start), t.slice(sStart, m.start)) && !isDoneByDeadline(tail)) ||
      isDefiningBracket(t.slice(sStart, m.start)) ||
      // 100所左右乡镇卫生院: about a number is no threshold (only 以上/以下 before 的县, 的机构).
      (suf > 0 &&
        !/^\s*(?:左右|上下)/.test(after) &&
        (isThresholdCount(tail, m.unit) || isGradeOfCounted(tail))))
  )
    return false;
  // 对患有9种大病的患者: the diseases people have pick who a rule is for (disease-counts.ts).
  if (isDiseasesHad(m.unit, before, tail)) return false;
  // 增设10个站点后,… and 20个村都将至少配备…: the premise of a later aim, or the units a floor is
  // for (premise-counts.ts).
  if (isPremiseCount(tail) || isEachUnitsWhole(tail)) return false;
  // …,对100户 closing a text cut off there: a preposition that takes the things worked on (对, 向,
  // 给) is the whole clause before the count, and nothing follows it: neither what is counted
  // nor the work done to it (对100户困难家庭进行改造) is named, so no item of a list either.
  if (tail.trim() === '' && /^\s*[对向给]\s*$/.test(clauseBefore)) return false;
  // 试点县达到600多个, 机构数为120多家: a level reached written as "more than N" is a tally of what
  // stands; an aim names the level exactly. (A deed's count, 筛查妇女1500多人, may be planned so.)
  const written = m.source === 'arabic' ? t.slice(m.start, m.end + 1) : '';
  if (
    written.includes('多') &&
    /^\d[\d.]*\s*多/.test(written) &&
    /(?:达到|达|为|有)\s*$/.test(before) &&
    // 预计将有3500多名老人参与: a forecast reach is written so too.
    !forecastsReach(t.slice(sStart, m.start), clauseBefore, after, m.unit)
  )
    return false;
  // 每年建设约90个县,医院、学校各200个: a distributive 各 goes on with the count before it.
  const nextItem =
    samePrev !== null &&
    samePrev.target.kind === 'count' &&
    followsItsNoun(t, samePrev, cStart, before, m.unit);
  const listed =
    samePrev !== null &&
    // 改造管线40公里和16个设施: a length or an area of works done lists its next count too.
    (samePrev.target.kind === 'count' || isMeasureUnit(samePrev.target.unit)) &&
    (samePrev.end >= cStart - 1 ||
      nextItem ||
      followsPartsWord(t, samePrev.end, cStart) ||
      followsUnitGloss(t, samePrev.end, cStart) ||
      /各\s*$/.test(before) ||
      isAimedPart(clauseBefore, samePrev.target.kind === 'count'));
  // 已获命名的4个卫生县城要做好复审, 已建成的3家医院: units that already are what a verb made them
  // are counted as they stand, whatever the sentence asks of them next.
  if (before.includes('已') && ALREADY_MADE.test(before)) return false;
  // 本县是全省12个试点县之一, 成为全国50个示范市之一: one of N tells the size of a group the subject
  // belongs to (a rank or a membership), not a count the plan is to reach, whatever verb the group's
  // name holds (…建设试点县). Only when 之一 closes the count's own noun phrase, in its clause.
  if (tail.includes('之一') && ONE_OF.test(tail)) return false;
  // 经研究,决定命名甲县等12个单位为…, 决定授予30名同志…称号: a notice that names, honours or approves
  // units does so by itself being issued; the count is of those it names, an act done, not one to do.
  if (before.includes('决定') && DECIDED_NAMING.test(before)) return false;
  // 期末20家的目标: a count named as the aim right after it needs no verb of doing.
  if (
    !listed &&
    !namedAim(tail) &&
    !SIZES_PLAN.test(tail) &&
    !countEvidence(cutBefore(t, sStart, before), tail, bound.explicit !== null, bound.range) &&
    !placesWhereBuilt(before, tail) &&
    !isServiceVolume(before, m.unit) &&
    !isEventCount(before, m.unit) &&
    !isFutureHolding(before) &&
    !isFutureLevelCount(t.slice(sStart, m.start), tail) &&
    !(m.unit === '张' && isOpeningBeds(t.slice(sStart, sEnd), before)) &&
    !isIndicatorListCount(t, m.start) &&
    !isTableRowCount(t, m.start) &&
    !isTeamMember(t, sStart, m, sEnd) &&
    // 规划加护病床30床; 将…,并设置35个专科 (capacity-counts.ts).
    !isPlannedItem(before) &&
    !sharesFuture(t.slice(sStart, m.start)) &&
    // 四个诊所会在2026年前竣工: units to finish by a year ahead (deadline-works.ts).
    !isDoneByDeadline(tail) &&
    // 主要任务是:\n(一)…;查病3万人次: a count listed as a task's size (task-leads.ts).
    !underTaskLead(t, m.start) &&
    !isDiseasesCovered(m.unit, before, tail) &&
    // 预计将有3000名老人参与: the people a programme is expected to reach (reach-forecasts.ts).
    !forecastsReach(t.slice(sStart, m.start), clauseBefore, after, m.unit) &&
    !(m.unit === '课时' && SCHOOL_STAGE.test(before))
  )
    return false;
  // 开展8类健康细胞示范建设: a number of kinds tells a programme's breadth; only a bound
  // (新增3类以上) or a range makes it something to reach.
  if (m.unit === '类' && bound.explicit === null && !bound.range) return false;
  if (isTextCollection(before, m.unit) || isPlanItemCount(before, tail, m.unit)) return false;
  if (isBackReference(before)) return false;
  // Spelled-out counts (两个, 三项) are mostly descriptions: keep them only beside a verb of making.
  if (
    m.source === 'chinese' &&
    !nextItem &&
    !bound.explicit &&
    !CHINESE_COUNT_CUE.test(before) &&
    // 可提供四十床病床: beds are never a description (capacity-counts.ts).
    !isBedCount(m.unit, tail) &&
    !sharesFuture(t.slice(sStart, m.start)) &&
    !isDoneByDeadline(tail) &&
    !(/完成\s*$/.test(before) && DONE_AT_UNITS.test(tail)) &&
    !/开展|进行|改造|改建/.test(tail) &&
    !DENSITY_AIMED.test(before) &&
    !(/[至到]\s*$/.test(before) && FROM_COUNT_TO.test(t.slice(sStart, m.start))) &&
    !SIZES_PLAN.test(tail) &&
    !forecastsReach(t.slice(sStart, m.start), clauseBefore, after, m.unit)
  ) {
    return false;
  }
  return true;
}
