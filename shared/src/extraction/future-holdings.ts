// An aim may say how many units will have something by a coming date (明年年底有500间诊所使用该系统,
// 到2025年有30个县建成…): 有 before the count is then the state to reach, not a statistic. Only
// where the clause up to the count names a time to come (明年, 后年, a year's end, 到/至 a year) or an
// aim word, so a plain 有N家 (the present) is still left to need a verb of doing.
const HAVE_BEFORE = /有\s*$/;
const TIME_TO_COME =
  /明年|后年|下一年|(?:到|至|于)\s*(?:19|20)\d{2}\s*年|(?:今年|年)(?:年)?(?:底|末)|目标|力争|争取/;
const CLAUSE_END = /[,，。;；:：!！?？\n]/;
// 院内将会有400张病床: 将(会) right before 有 says the holding is to come, with or without a date in
// the clause (the sentence before may give it: 将于2025年落成).
const WILL_HAVE = /将(?:会|要)?\s*有\s*$/;

// 每个乡镇有1所卫生院, 各村均有2名医生: a count each unit is to have is a floor a plan sets per
// unit (as 每…建成 is); a tally of what there is names the whole (全县有…), not each unit.
// The unit is a place or a body (乡镇, 村, 学校…), not a span of time (每4分钟就有1人).
const EACH_HAS =
  /(?:每|各)(?:个|一个|所)?[\u4e00-\u9fff]{0,4}?(?:乡镇|乡|镇|村|县|区|市|街道|社区|学校|医院|机构|单位)(?:都|均)?(?:要|应)?有\s*$/;

/** Whether a count right after 有 is a holding to reach by a time to come named in its clause, or one each unit is to have. */
export function isFutureHolding(before: string): boolean {
  if (!HAVE_BEFORE.test(before)) return false;
  if (WILL_HAVE.test(before) || EACH_HAS.test(before)) return true;
  let from = before.length - 1;
  while (from > 0 && !CLAUSE_END.test(before[from - 1]!)) from--;
  return TIME_TO_COME.test(before.slice(from));
}

// 到2025年,20家县医院达到三级医院水平; 力争30个乡镇卫生院达到推荐标准: so many units to bring up to
// a level or standard by a time to come (or under an aim word) is a count to reach, with no verb of
// doing before it. Without such a time the sentence may tell what stands (全市有20家…达到…).
const REACH_LEVEL_AFTER =
  /^[^,，;；。\d]{1,20}?(?:要|将|均|都|全部)?(?:达到|达)[^,，;；。\d]{1,20}?(?:水平|标准|要求)/;

/** Whether a count whose `tail` says its units reach a level is aimed at by `sentenceBefore`'s time to come. */
export function isFutureLevelCount(sentenceBefore: string, tail: string): boolean {
  return tail.includes('达') && REACH_LEVEL_AFTER.test(tail) && TIME_TO_COME.test(sentenceBefore);
}
