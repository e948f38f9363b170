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

/** Whether a count right after 有 is a holding to reach by a time to come named in its clause. */
export function isFutureHolding(before: string): boolean {
  if (!HAVE_BEFORE.test(before)) return false;
  if (WILL_HAVE.test(before)) return true;
  let from = before.length - 1;
  while (from > 0 && !CLAUSE_END.test(before[from - 1]!)) from--;
  return TIME_TO_COME.test(before.slice(from));
}
