// Figures a text tells as facts, not aims, however aim-like their verbs (达, 以上).

// What holds in general (一般5年生存率都能达90%以上, 通常治愈率均在95%): 一般/通常/往往 with 都/均 in the
// clause up to the figure tells what a disease or a treatment does, not what a plan sets. 一般 that
// qualifies a noun (一般人群建档率城乡均达到30%, 一般公共预算, 一般诊疗费) names a group or a budget,
// not what usually holds.
const GENERAL_FACT =
  /(?:一般(?!人群|人口|公共|诊疗|性)|通常|往往|大多)[^,，。；;:：\n]{0,16}?(?:都|均)(?:能|可|会|将)?(?:达到?|在|有|为)?\s*约?\s*$/;

// What a thing usually costs or comes to (费用一般在每人150元左右, 住院日通常为10天左右): 一般/通常/平时
// right before 在/为/是 and the figure, with 左右/上下 after it, tells the usual level, not an aim
// (a plan sets one with 控制在…左右).
const USUAL_LEVEL =
  /(?:一般|通常|平时|平常|往往)(?:情况下)?[\u4e00-\u9fff]{0,2}?(?:在|为|是)\s*(?:每[\u4e00-\u9fff]{1,2}?)?\s*(?:约|大约)?\s*$/;

/** Whether the figure at the end of `clauseBefore`, with `after` right after it, is a usual level. */
export function isUsualLevel(clauseBefore: string, after: string): boolean {
  return /^\s*(?:左右|上下)/.test(after) && USUAL_LEVEL.test(clauseBefore);
}

// A birth cohort's share (80后约占40%以上, 90后近三成): how a group is made up, told in news.
const COHORT_SHARE =
  /(?:^|[,，、;；:：\s])(?:[0-9]0|[零〇]0)后(?:的?[^,，。；;:：\n\d]{0,6}?)?\s*(?:约|約|近|将近|接近|超过|超|占|佔|约占|約占|达|達|为|為)*\s*$/;

// A slogan that counts its percentages (提出“两个100%”, 实现四个95%): a Chinese numeral and 个 right
// before the figure number the aims the slogan stands for; the aims themselves are told elsewhere.
const COUNTED_PERCENT = /[一二两三四五六七八九十]个$/;

/** Whether the figure at the end of `clauseBefore` is a general fact, a birth cohort's share or a slogan's. */
export function isToldFact(clauseBefore: string, unit: string): boolean {
  if (unit === '%' && clauseBefore.endsWith('个') && COUNTED_PERCENT.test(clauseBefore))
    return true;
  // (Each needs its word: 都 or 均, or a cohort's 后.)
  if (
    (clauseBefore.includes('都') || clauseBefore.includes('均')) &&
    GENERAL_FACT.test(clauseBefore)
  )
    return true;
  return unit === '%' && COHORT_SHARE.test(clauseBefore);
}

// 全国划分为大(22个)、中(63个)、小(368个)区域: the counts in brackets after the grades of a division
// say how many areas each grade has — how the ground is cut, not an aim.
const DIVISION_LEAD = /[划劃]?分[为為成][^。；;\n]{0,24}$/;
const GRADE_OPEN = /[\u4e00-\u9fff]{1,3}[(（]\s*$/;

/** Whether a count in brackets right after a grade's name belongs to a division into areas. */
export function isDivisionCount(before: string, after: string): boolean {
  // (The closing bracket right after the count is the cheap test, so it comes first.)
  return /^\s*[)）]/.test(after) && GRADE_OPEN.test(before) && DIVISION_LEAD.test(before);
}
