import { ENSURE } from './aim-words';
// A share written as what a tally comes to (至6月初有371人成功预约,占同期新症约2.3%) is a present
// figure: 占 its whole, then 约 (about) right before the number, in a sentence with no word of an
// aim or a time to come. A share an aim states the same way (目标是…占全港诊所约17%) stays.
const ABOUT_SHARE = /占[^,，。;；]{0,14}?约\s*$/;
const AIMING = new RegExp(
  String.raw`目标|计划|力争|争取|${ENSURE}|预计|预期|将|要|拟|达到|明年|今年底|年底前|(?:到|至)\s*(?:19|20)\d{2}\s*年`,
);

/** Whether a rate is the share a present tally comes to, told with 占…约. */
export function isTalliedShare(sentenceBefore: string): boolean {
  return ABOUT_SHARE.test(sentenceBefore) && !AIMING.test(sentenceBefore);
}

// 已创建卫生村272个,占应创建村的10.58%: a clause that is only 占 its whole, right after a clause
// telling a count already made or held (已…, 目前, 共有), is that tally's share, as present as the
// tally. A 累计 total may be a plan's aim (累计补种…万人,占应补种人群的83%): its share stays.
const PRESENT_TALLY = /已(?!经?[将要])|目前|现有|共有|截至|截止/;
const SHARE_CLAUSE = /[,，;；]\s*占[^,，。;；]{1,16}$/;

/** Whether a rate is the share of the present tally the clause before it tells (`…已建成N个,占…的`). */
export function isShareOfTally(sentenceBefore: string): boolean {
  const m = SHARE_CLAUSE.exec(sentenceBefore);
  if (!m) return sharesOfPresentWhole(sentenceBefore);
  const before = sentenceBefore.slice(0, m.index);
  let from = before.length;
  while (from > 0 && !',，;；'.includes(before[from - 1]!)) from--;
  const previous = before.slice(from);
  return PRESENT_TALLY.test(previous);
}

// 现有感染者2000人左右,其中经A感染的占40%,经B感染的占30%: the clauses that part a present whole
// into groups (其中, then each group 的占 its share) tell how that whole is made up now, as the whole
// does; the first share opens with 其中, the later ones follow it clause by clause. Not in a sentence
// that aims (目标, 将, 到2025年…).
const GROUP_SHARE = /^\s*(?:其中)?[^,，。;；]{1,20}?的\s*占[^,，。;；]{0,12}$/;
const TOLD_SHARE = /的\s*占[^,，。;；]{0,12}?[\d.]+\s*%$/;

/** Whether a rate is one group's share of a present whole told earlier in its sentence. */
function sharesOfPresentWhole(sentenceBefore: string): boolean {
  if (!sentenceBefore.includes('其中')) return false;
  const clauses = sentenceBefore.split(/[,，;；]/);
  if (clauses.length < 2 || !GROUP_SHARE.test(clauses[clauses.length - 1]!)) return false;
  let i = clauses.length - 1;
  while (i > 0 && !clauses[i]!.trimStart().startsWith('其中')) {
    i--;
    if (!TOLD_SHARE.test(clauses[i]!) && !clauses[i]!.trimStart().startsWith('其中')) return false;
  }
  if (i === 0) return false;
  return PRESENT_TALLY.test(clauses[i - 1]!) && !AIMING.test(sentenceBefore);
}
