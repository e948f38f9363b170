import { ENSURE } from './aim-words';
// 居民合格碘盐食用率大于90%、尿碘中位数在100微克/升以上的地区,碘盐浓度可选择…: a rate's bound
// inside a clause that ends by naming the places it picks out (…的地区, …的县) says which places a
// rule is for; it sets no aim. A share of places (力争90%以上的乡镇达到…) has no rate and bound
// before its figure, and a clause that goes on after the places (…的县达到…) is an aim about them.
const RATE_BOUND_BEFORE =
  /率(?:要|应)?(?:控制)?(?:大于|高于|低于|小于|超过|不足|不低于|不高于|达到|达|在)\s*$/;
const PICKED_PLACES =
  /^[^,，;；。:：!?！？\n]{0,40}?的(?:地区|地方|区域|县|县区|省份|城市|乡镇)(?=[,，;；。]|$)/;

// 患病率大于1/10万的县(市、区)数少于1%: the same bound before places the clause then counts (a
// figure of their own follows) is the line that sorts the places, not an aim; the count is.
const COUNTED_PLACES =
  /^[^,，;；。:：!?！？\n]{0,40}?的(?:地区|地方|区域|县|县区|省份|城市|乡镇)[^,，;；。:：!?！？\n]{0,16}?\d/;

// 发病率在55/10万至100/10万之间的省份: the upper end of a band of a rate picks the places too (its
// lower end is read by RATE_BOUND_BEFORE's 在).
const BAND_END_BEFORE =
  /率(?:要|应)?(?:在|介于)\s*\d+(?:\.\d+)?\s*(?:%|‰|1?\/(?:10)?万)?\s*(?:至|到|和|与|[-—~～])\s*$/;

// 尿碘中位数在300微克/升以上的地区: a median, a concentration or a content is bounded the same way a
// rate is when its clause picks the places out.
const LEVEL_BOUND_BEFORE =
  /(?:中位数|浓度|含量)(?:要|应)?(?:大于|高于|低于|小于|超过|不足|不低于|不高于|在)\s*$/;

// 儿童尿碘<50μg/L的比例<20%, 血铅高于100微克/升的比例: a figure bounded by a sign or a word of
// comparison and closed at once by 的比例 says which people or units the share counts (those below or
// above it); the share after it is the aim. A figure reached (达到床位总数4%的比例) is no such bound.
const SIGN_BOUND_BEFORE = /(?:[<>≤≥＜＞]|大于|高于|低于|小于|超过|不足)\s*$/;
const GROUP_SHARE_AFTER = /^\s*(?:以上|以下)?的(?:比例|占比|比重)/;

/** Whether a rate's bound (`before` the figure) sorts out the places a clause names (`after`). */
export function picksPlaces(before: string, after: string): boolean {
  if (after.includes('的比') || after.includes('的占比'))
    if (SIGN_BOUND_BEFORE.test(before) && GROUP_SHARE_AFTER.test(after)) return true;
  return (
    (RATE_BOUND_BEFORE.test(before) ||
      BAND_END_BEFORE.test(before) ||
      LEVEL_BOUND_BEFORE.test(before)) &&
    (PICKED_PLACES.test(after) || COUNTED_PLACES.test(after))
  );
}

// 全省98%以上的县区患病率小于1/10万: a share of places opening the clause, then the rate bound each
// place is to meet: the bound says which places the share counts (the share is the aim, its name
// takes the bound), not an aim of its own.
const SHARE_OF_PLACES_BEFORE =
  /\d\s*%\s*(?:以上|以下)?的[^\d%,，;；。:：!?！？\n]{1,16}?率(?:要|应)?(?:控制)?(?:大于|高于|低于|小于|超过|不足|不低于|不高于|达到|达|在)\s*$/;

/** Whether a rate's bound (`before` the figure) says which places a share before it counts. */
export function boundsShareOfPlaces(before: string): boolean {
  return RATE_BOUND_BEFORE.test(before) && SHARE_OF_PLACES_BEFORE.test(before);
}

// 200人以上寄宿制学校, 1000人以上的中小学校, 500张以上的医院: a headcount or a bed count bounding the
// kind of unit a rule is for (which schools must have a counsellor), not an aim. A count of
// people in such units (500人以上企业职工) is still a count.
const SIZED_UNITS =
  /^\s*(?:及|或)?(?:以上|以下)的?[\u4e00-\u9fff]{0,6}?(?:学校|院校|幼儿园|托育机构|医院|医疗机构|养老机构|企业|单位|场所)(?![\u4e00-\u9fff]{0,2}(?:职工|员工|人员|医生|学生|患者|居民|老人|儿童))/;

// 发病率在1/10万以下时,…个案调查率达到100%; 当覆盖率低于60%时,应…: a rate's bound closing a
// clause of 时 says when the rest of the sentence applies, a condition, not an aim of its own.
const CONDITION_END = /^\s*(?:及|或)?(?:以下|以上|以内)?的?时(?:候)?(?=[,，;；]|$)/;

/** Whether a rate's bound (`before` the figure) opens a condition that ends with 时 (`after`). */
export function namesCondition(before: string, after: string): boolean {
  return RATE_BOUND_BEFORE.test(before) && CONDITION_END.test(after);
}

/** Whether a count of people or beds (`unit`) followed by `after` is the size of the units a rule names. */
export function sizesUnits(unit: string, after: string): boolean {
  return (unit === '人' || unit === '张') && SIZED_UNITS.test(after);
}

// 在患者达到100人的乡镇设站, 常住人口超过5000人的村: a headcount a place reaches, closed by 的 and
// the kind of place, picks where a rule applies (which towns get a station), not an aim. People
// of those places (…的乡镇居民) are counted as before.
const REACHED_BEFORE = /(?:达到|达|超过|满|不少于)\s*$/;
const SIZED_PLACES =
  /^\s*(?:及|或)?(?:以上|以下)?的(?:乡镇|乡|镇|村居|行政村|村|社区|街道|县区|县|地区|区域|城市|地市)(?![\u4e00-\u9fff]{0,2}(?:居民|人口|群众|患者|老人|儿童))/;

/** Whether a headcount (`unit`) reached (`before`) closes a picking of places (`after`). */
export function sizesPlaces(unit: string, before: string, after: string): boolean {
  return /^(?:万)?(?:人|户)$/.test(unit) && REACHED_BEFORE.test(before) && SIZED_PLACES.test(after);
}

// 各省可根据本地碘营养状况,在20~30毫克/千克的范围内供应1~3种碘盐; 各县可视需要设置床位20-30张: a range
// a body may choose within at its own discretion leaves the figure to it; it sets no aim. An aim
// the sentence goes on to set after the discretion (…,到2027年覆盖率达到80%-90%) is still one.
const DISCRETION = /可(?:以)?(?:根据|依据|按照|视|结合)[^。;；!?！？\n]*$/;
const AIM_AFTER = new RegExp(
  String.raw`到\s*(?:19|20)\d{2}\s*年|力争|${ENSURE}|达到|提高到|降低到|不低于|不少于`,
);

/** Whether a range whose sentence runs `sentenceBefore` up to it is left to a body's discretion. */
export function leftToDiscretion(sentenceBefore: string): boolean {
  const m = DISCRETION.exec(sentenceBefore);
  return m !== null && !AIM_AFTER.test(m[0]);
}

// 重症医学床位接近10张/10万人的水平: a figure the page says a level approaches, told as 接近…(的)水平,
// describes where things stand; a clause that looks ahead (到2027年…接近, 力争接近, 将接近) aims at it.
const APPROACH_BEFORE = /接近\s*$/;
const LEVEL_AFTER = /^[^,，;；。\n]{0,8}?的?水平/;
const LOOKS_AHEAD = new RegExp(
  String.raw`(?:到|至)\s*(?:19|20)\d{2}\s*年|年底前|力争|争取|${ENSURE}|将|目标|预计|逐步`,
);

/** Whether a figure after 接近 and before 水平 tells a present level (`sentenceBefore` looks nowhere ahead). */
export function presentApproach(sentenceBefore: string, after: string): boolean {
  return (
    APPROACH_BEFORE.test(sentenceBefore) &&
    LEVEL_AFTER.test(after) &&
    !LOOKS_AHEAD.test(sentenceBefore)
  );
}

// 发病率高于100/10万的省份,年递降率不低于4.4%: a clause picking out places by a rate's bound (or
// band), right before an aim's clause, says which places the aim is for: the aim's scope.
const PLACES_CLOSE = /的(?:地区|地方|区域|县|县区|省份|城市|乡镇)[,，\s]*$/;
const PICKING_CLAUSE =
  /(?:^|[,，;；:：。\n]|\d[.．、])\s*([^,，;；:：。\n\d]{1,16}?率(?:要|应)?(?:在|介于|大于|高于|低于|小于|超过|不足|不低于|不高于)[^,，;；:：。\n]{1,30}?的(?:地区|地方|区域|县|县区|省份|城市|乡镇))[,，\s]*$/;

/** The clause picking out places right before the clause at `cStart`, or null (60 characters back). */
export function pickedPlacesScope(t: string, cStart: number): string | null {
  if (!PLACES_CLOSE.test(t.slice(Math.max(0, cStart - 8), cStart))) return null;
  const from = Math.max(0, cStart - 60);
  return PICKING_CLAUSE.exec(`${from === 0 ? '\n' : ''}${t.slice(from, cStart)}`)?.[1] ?? null;
}
