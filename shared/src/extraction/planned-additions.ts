import { ENSURE } from './aim-words';
// A count a plan adds over a base year (`到2020年,…较2015年新增护士就业岗位121万个`): 较/比 a year
// names the baseline the addition is counted from, as a change's 较2020年 does for a rate, not a
// figure reached. Only where the sentence first aims at a year of the plan or after, and the
// addition is not told done (新增了); elsewhere 较2015年 still marks a comparison reported.

const ADDED_OVER_YEAR =
  /(?:比|较)((?:19|20)\d{2})年(?:底|末)?(?:相比)?[,，]?(?:新增|增加|多)(?!了)/;
const AIMED_YEAR = new RegExp(String.raw`(?:到|至|争取|力争|${ENSURE})((?:19|20)\d{2})年`, 'g');

/**
 * Whether the count's clause (`clauseBefore`) adds over a base year that its sentence
 * (`sentenceBefore`, from the sentence's start to the number) aims past.
 */
export function plannedAddition(
  sentenceBefore: string,
  clauseBefore: string,
  planYear: number | null,
): boolean {
  if (!clauseBefore.includes('年')) return false;
  const added = ADDED_OVER_YEAR.exec(clauseBefore);
  if (!added) return false;
  const base = Number(added[1]);
  for (const m of sentenceBefore.matchAll(AIMED_YEAR)) {
    const y = Number(m[1]);
    if (y > base && (planYear === null || y >= planYear)) return true;
  }
  return false;
}
