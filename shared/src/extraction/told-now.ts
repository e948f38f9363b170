import { LOOKS_FORWARD } from './report-boundary';
import { ENSURE } from './aim-words';

// Figures a story tells of the present, whatever verb they come with. Both are read only where
// the sentence does not look ahead (report-kind.ts's sentenceAims), so a plan's 力争…位居全省前列 or a
// ceiling on what patients pay (自付不超过…) stays an aim.

// 每名幼儿每月仅需收费9000元, 扣除补助…只要负担2000元: what someone "only" pays is a price told as it
// stands, and so is every sum of the sentence that works it out (the subsidies taken off it).
const ONLY_PAYS =
  /(?:仅需?|只需?|只要)[\u4e00-\u9fff]{0,4}?(?:收费|负担|支付|缴纳|缴费|自付|花费|付费|交费)/;

/** Whether `sentence` tells a price someone only has to pay (its sums are the present). */
export function pricedNow(sentence: string): boolean {
  return (sentence.includes('仅') || sentence.includes('只')) && ONLY_PAYS.test(sentence);
}

// 施打率来到80.6%, 人数来到12万: 来到 right before a figure is news telling the level a measure
// has come to (the present), as 达到 told with 已 is. One that is yet to come says so before the
// verb (将来到, 可望来到, 预计…来到), and a sentence that aims is left to the caller.
const CAME_TO = /来到\s*(?:约|近|逾)?\s*$/;
const CAME_AHEAD =
  /(?:将|会|可望|有望|可以|可|要|能|盼|希望|预计|预估)[\u4e00-\u9fff]{0,2}来到\s*(?:约|近|逾)?\s*$/;

/** Whether `clauseBefore`, the clause up to a figure, ends with 来到 told of what has come. */
export function cameTo(clauseBefore: string): boolean {
  return (
    clauseBefore.includes('来到') && CAME_TO.test(clauseBefore) && !CAME_AHEAD.test(clauseBefore)
  );
}

// 发生率每十万人口66.67人,是美国的十三倍: a figure set beside another place's as so many times it
// is a comparison of how things stand; an aim is not yet there to be compared. Only a short name
// (美国, 全省, 邻市): 提高到15万元,是农村居民纯收入的27倍 sizes an aim against another quantity.
const TIMES_AFTER =
  /^[^,，。;；!?！？\n]{0,4}[,，]\s*(?:是|为|约为|相当于)[^,，。;；\n]{1,4}?的\s*[\d.零〇一二两三四五六七八九十点]+\s*倍/;

/** Whether the words `after` a figure compare it with another's as so many times (`,是美国的十三倍`). */
export function timesAfter(after: string): boolean {
  return after.includes('倍') && TIMES_AFTER.test(after);
}

// 出生率为10.6‰,高居全国第一; 人均预期寿命80.1岁,位居全省前列: a place's standing in a ranking right
// after its figure tells where it is now; an aim is not ranked yet.
const RANKED =
  /^[^,，。;；!?！？\n]{0,6}[,，]?\s*(?:高居|位居|居于|居|位列|排名|排在|名列)(?:全国|全省|全市|全州|全区|全县|世界|全球|同类城市|各县区?)[^,，。;；\n]{0,4}?(?:第[一二三四五六七八九十\d]+|前列|首位|榜首|前茅)/;

/** Whether the words `after` a figure rank the place it is of (`,高居全国第一`). */
export function rankedAfter(after: string): boolean {
  // (Each ranking word holds 居, 列 or 排.)
  return (
    (after.includes('居') || after.includes('列') || after.includes('排')) && RANKED.test(after)
  );
}

// 健康状况不容乐观,…脂肪肝患者约1.2亿人; 形势十分严峻,…: a sentence that judges how things stand
// tells the present with its figures; a plan aims after such a judgement only in words that look
// ahead (形势严峻,到2025年要…), which undo it.
const JUDGED_STATE =
  /不容乐观|不容忽视|(?:形势|态势|局面|任务)(?:依然|仍然|十分|非常|更加|日益|较为|相当)?(?:严峻|复杂|艰巨)/;

/** Whether `sentenceBefore`, the sentence up to a figure, judges how things stand. */
export function judgedState(sentenceBefore: string): boolean {
  return JUDGED_STATE.test(sentenceBefore);
}

// 已接种第三剂疫苗的人数达223万, 已签约的居民人数超过…: a count of the people (or things) who have
// already done something tells how many there are now; an aim counts what is to be done. Only
// where the sentence looks nowhere ahead (到2025年,已…的人数达到… is a milestone).
const DONE_GROUP =
  /已(?!经?[将要])[\u4e00-\u9fff]{1,14}?的?(?:人数|人次|户数|例数|数量|总数)\s*(?:已经?)?(?:达到?|为|超过|突破|逾|有)?\s*$/;

/** Whether `clauseBefore` counts those who have already done something (`已接种…的人数达`). */
export function countsDoneGroup(clauseBefore: string, sentenceBefore: string): boolean {
  return (
    clauseBefore.includes('已') &&
    (DONE_GROUP.test(clauseBefore) || DONE_COUNT.test(clauseBefore)) &&
    !aimsAhead(sentenceBefore)
  );
}

// 今年已查出约5.9万名…与1.2万名…: 已 with a short verb right before a count (or before the first of
// a list of counts that verb governs) tells what has been done so far.
const DONE_COUNT =
  /已(?!经?[将要])[\u4e00-\u9fff]{1,3}?(?:约|近|逾|超过)?\s*\d[^,，。;；]*?(?:[与和及、]\s*)?(?:约|近)?\s*$|已(?!经?[将要])[\u4e00-\u9fff]{1,3}?(?:约|近|逾|超过)?\s*$/;

// 较去年同期增加约1.3万人,约增长23.3%: a change whose clause names nothing but its verb goes on
// with the comparison against a past baseline told in the clause before it: a statistic too.
const BARE_CHANGE =
  /^\s*(?:约|近|将近)?(?:增长|增加|上升|提高|成长|下降|减少|降低)了?\s*(?:约|近)?\s*$/;
const PAST_BASELINE = /(?:较|比)(?:去年|上年|上一年)(?:同期)?|同比/;

/** Whether a bare change clause follows a clause compared against a past baseline (`较去年同期…`). */
export function continuesPastComparison(clauseBefore: string, sentenceBefore: string): boolean {
  if (!BARE_CHANGE.test(clauseBefore)) return false;
  const clauses = sentenceBefore
    .slice(0, sentenceBefore.length - clauseBefore.length)
    .split(/[,，;；]/);
  const previous = clauses.at(-2) ?? '';
  return PAST_BASELINE.test(previous) && !aimsAhead(sentenceBefore);
}

// Words that look ahead. 今年 is not one here: beside 已 or a comparison with last year's same
// period it tells the year so far.
function aimsAhead(sentenceBefore: string): boolean {
  return LOOKS_FORWARD.test(sentenceBefore.replace(/今年/g, ''));
}

// 城镇居民人均可支配收入51652元,增长6.1%: a level stated bare and then its growth, bare too (no 年均,
// no bound, no 左右), is a bulletin's pair of statistics: the year's level and how much it grew. A plan
// aims at growth as 年均增长8%, 增长8%以上 or 增长8%左右, or in a sentence that looks ahead.
const BARE_GROWTH = /^\s*(?:约|近)?(?:增长|增加|上升|下降|减少)了?\s*(?:约|近)?\s*$/;
const GROWTH_AFTER =
  /^\s*[,，]\s*(?:增长|增加|上升|下降|减少)了?\s*\d+(?:\.\d+)?\s*%\s*(?:[,，;；。\n]|$)/;
const LEVEL_AIMED = new RegExp(
  String.raw`达到|力争|争取|${ENSURE}|目标|任务|不低于|不少于|不超过|以上|以下|以内|左右|超过|提高到|降低到|降到|降至`,
);
const FIGURE_END = /\d(?:\.\d+)?\s*(?:万|亿)?[\u4e00-\u9fff%‰]{0,3}\s*$/;

/**
 * Whether a figure is one of a stated level and its bare growth (`…51652元,增长6.1%`): the growth
 * (`clauseBefore` a bare verb of change after a clause ending in a figure) or the level
 * (`sentenceAfter` a bare growth clause), with nothing aimed in the level's clause or the sentence.
 */
export function statedLevelGrowth(
  clauseBefore: string,
  sentenceBefore: string,
  sentenceAfter: string,
): boolean {
  if (BARE_GROWTH.test(clauseBefore)) {
    if (/^\s*(?:以上|以下|以内|左右|上下)/.test(sentenceAfter)) return false;
    const clauses = sentenceBefore
      .slice(0, sentenceBefore.length - clauseBefore.length)
      .split(/[,，;；]/);
    const level = clauses.at(-2) ?? '';
    return FIGURE_END.test(level) && !LEVEL_AIMED.test(level) && !aimsAhead(sentenceBefore);
  }
  return (
    GROWTH_AFTER.test(sentenceAfter) &&
    !LEVEL_AIMED.test(clauseBefore) &&
    !aimsAhead(sentenceBefore)
  );
}

// 全年诊疗824.33万人次, 出院38.51万人次, 门诊量为12万人次: the volume of care given (visits,
// discharges, admissions, operations, births) stated bare in 人次, 例 or 台 is a tally of the work
// done. A plan aims at a volume with an aim verb (门诊量达到5万人次), words that look ahead (力争…,
// 今年…) or a year it is for (2025年,…): each keeps it.
const SERVICE_VOLUME =
  /(?:诊疗|门急诊|门诊|急诊|出院|入院|住院|手术|就诊|接诊|分娩)[\u4e00-\u9fff]{0,4}?(?:量|人数|人次|例数|台次|总数|总量)?(?:共|为|有)?\s*$/;

/** Whether a count in `unit` after `clauseBefore` is a volume of care given (`全年诊疗…万人次`). */
export function servedVolume(clauseBefore: string, sentenceBefore: string, unit: string): boolean {
  return (
    /^(?:人次|例|台|台次)$/.test(unit) &&
    SERVICE_VOLUME.test(clauseBefore) &&
    !/达|超过|突破|完成|实现/.test(clauseBefore) &&
    !LOOKS_FORWARD.test(sentenceBefore) &&
    !/(?:19|20)\d{2}年/.test(sentenceBefore)
  );
}

// 全县共完成家庭医生签约12.3万人, 全年共筛查新生儿4500人: 共 with a verb of doing right before a count
// sums up what was done (公共 is no 共). A plan's yearly task says what to do (全年完成…, 力争共…).
const SUMMED_DONE =
  /(?<![公总])共(?:计)?(?:完成|筛查|培训|接种|救治|新建|建成|签约|检查|体检|开展|发放|举办|治疗|随访|诊治|接诊|处置|走访|招募|派出|查处|受理|办理)了?[\u4e00-\u9fff、]{0,12}?\s*(?:约|近|逾|超过)?\s*$/;

/** Whether `clauseBefore` sums up a count of work done with 共 (`共筛查新生儿`). */
export function summedDone(clauseBefore: string, sentenceBefore: string): boolean {
  return (
    clauseBefore.includes('共') &&
    SUMMED_DONE.test(clauseBefore) &&
    !LOOKS_FORWARD.test(sentenceBefore)
  );
}

// 签约率达到65%,同比提高3个百分点: a change against the same period of last year told with a bare
// verb is a result; a plan bounds a change it aims at (同比增长控制在5%以内). A surveillance report
// compares with last month too and gives the past period's figure in brackets (较上月同期(812例)上升5%).
const SAME_PERIOD_CHANGE =
  /(?:同比|环比|(?:较|比|与)(?:去年|上年|上月|上季度)同期(?:[(（][^()（）]{0,12}[)）])?(?:相比)?)[,，]?\s*(?:约|近)?(?:增长|增加|上升|提高|提升|下降|降低|减少)了?\s*(?:约|近)?\s*$/;

/** Whether a figure is a bare change against last year's same period (`同比提高3个百分点`). */
export function samePeriodChange(
  clauseBefore: string,
  sentenceBefore: string,
  sentenceAfter: string,
): boolean {
  return (
    (clauseBefore.includes('同') || clauseBefore.includes('环比')) &&
    SAME_PERIOD_CHANGE.test(clauseBefore) &&
    !/^\s*(?:以上|以下|以内|左右|上下)/.test(sentenceAfter) &&
    !aimsAhead(sentenceBefore)
  );
}

// 全县共完成签约12.3万人,签约率达到65%; 累计接种3.2万剂次,接种率约45%: a clause that sums up work
// done (共/累计 and a verb of doing, with its count) goes on in the clauses after it, which tell the
// rates that tally reached, until a word looks ahead.
const TALLY_OPEN =
  /(?<![公总])(?:共(?:计)?|累计)(?:完成|筛查|培训|接种|救治|新建|建成|签约|检查|体检|开展|发放|治疗|随访|诊治|接诊|管理|服务|招募)了?[^,，;；]{0,16}?\d/;

// 全省有2202万人参加新农合,参合率达到99%: how many people are enrolled, told with 有, is the
// present head count, and the rates after it tell what share that count is.
const ENROLLED_OPEN = /有\s*\d+(?:\.\d+)?\s*万?(?:人|名|户)(?:参加|参合|参保|加入|签约)/;

/**
 * Whether an earlier clause of `sentenceBefore` than the figure's own sums up work done or counts
 * the people enrolled.
 */
export function followsTally(clauseBefore: string, sentenceBefore: string): boolean {
  const earlier = sentenceBefore.slice(0, sentenceBefore.length - clauseBefore.length);
  const summed = earlier.includes('共') || earlier.includes('累计');
  if (!summed && !earlier.includes('有')) return false;
  return (
    ((summed && TALLY_OPEN.test(earlier)) || ENROLLED_OPEN.test(earlier)) &&
    !LOOKS_FORWARD.test(sentenceBefore)
  );
}

// 我市已完成孕产妇产前筛查2804人,新生儿筛查3142人: a clause telling a count done with 已 goes on in the
// next clauses that only name a thing and its count (no verb of making, no aim word of their
// own): those counts are done too. Words looking ahead after the 已 end it. So does a stock told with
// 现有 (全镇现有育龄妇女3900余人,孕检对象1100余人): the counts after it are what there is now.
const DONE_OPENING =
  /^(?:已(?!经?[将要])(?:经)?|现有(?!基础|资源|条件|水平))[\u4e00-\u9fff]{1,16}?\d/;
const OWN_AIM = new RegExp(
  String.raw`新建|建成|建设|新增|增加|达到|达|提高|提升|实现|力争|${ENSURE}|争取|完成|不低于|不少于|以上`,
);

/** Whether the figure's clause goes on with a count told done with 已 (or held, 现有) in the clauses before it. */
export function continuesDone(clauseBefore: string, sentenceBefore: string): boolean {
  const earlier = sentenceBefore.slice(0, sentenceBefore.length - clauseBefore.length);
  const at = Math.max(earlier.lastIndexOf('已'), earlier.lastIndexOf('现有'));
  if (at < 0 || OWN_AIM.test(clauseBefore)) return false;
  const since = earlier.slice(at);
  const clauses = since.split(/[,，、]/).filter((c) => c.trim());
  return (
    clauses.length <= 4 &&
    DONE_OPENING.test(clauses[0]!) &&
    clauses.every((c) => /\d/.test(c)) &&
    !aimsAhead(since + clauseBefore)
  );
}

// 对报销范围进行了调整,由300个扩大到500个; 补助标准作了上调,从…提高到…: a change the sentence says was
// made (a light verb with 了 and a word of changing) is told done, and so is the from-to that
// spells it out. A plan makes it without 了 (将进行调整), and words looking ahead after it keep it.
const MADE_CHANGE =
  /(?:进行|作|做|作出|做出)了[\u4e00-\u9fff]{0,2}?(?:调整|修订|修改|上调|调高|提高|扩大|扩容|提标)/;

/** Whether the sentence before a from-to's figure says the change was made (`进行了调整,由…到`). */
export function madeChange(sentenceBefore: string): boolean {
  if (!sentenceBefore.includes('了')) return false;
  const m = MADE_CHANGE.exec(sentenceBefore);
  return m !== null && !LOOKS_FORWARD.test(sentenceBefore.slice(m.index + m[0].length));
}
