import { ENSURE } from './aim-words';
// A project's budget told by who pays (`总投资114万元,其中省级补助80万元,地方配套34万元`): the shares
// of a budget by funder are the money a project was given, not an aim, and neither is the total
// they split. A total with no split after it (`总投资2600万元,建设…`) is left to the other readings.

// A funder and its kind of money, at the end of the clause before the figure.
const FUNDER_SHARE =
  /(?:中央|国家|省级?|市级?|县级?|区级?|地方|财政|单位)(?:财政)?(?:补助|补贴|配套|投资|投入|拨款|自筹)(?:资金)?(?:为|达)?\s*$/;
const TOTAL = /总(?:投资|投入)(?:额)?(?:为|达)?\s*$/;
// The total is split right after it: `,其中…补助` or `(其中…投资`.
const SPLIT_AFTER = /^\s*[,，(（]\s*其中[^,，。;；]{0,10}?(?:补助|补贴|配套|投资|投入|拨款|自筹)/;
// The sentence names the project's total before the share.
const FUNDED = /总(?:投资|投入)/;

// 项目资金合计68.71万元, 经费总计…: money summed with 合计/总计/共计 adds up what was spent or
// paid; a plan sets money with a verb (安排, 投入) or a bound.
const SUMMED_MONEY = /(?:资金|经费|费用|金额|支出)(?:合计|总计|共计)(?:为|约|达)?\s*$/;

// 某县投入800万元设立…保障资金: a sum a body puts in to set up a fund or a body, told with bare 投入 and
// no word of a plan (将, 计划, 拟, 每年) or a bound before it, tells what was done: the fund is there
// (round DH; every gold line of a bare 投入 is ambiguous at most).
const PUT_IN = /投入\s*$/;
const PLAN_WORD = new RegExp(
  String.raw`将|要|拟|计划|预计|力争|争取|${ENSURE}|每年|年均|不低于|不少于|至少|共同|继续`,
);
const SET_UP_AFTER = /^\s*(?:资金|专项资金)?(?:设立|建立|成立|组建)/;

function putInToSetUp(clauseBefore: string, after: string): boolean {
  return PUT_IN.test(clauseBefore) && !PLAN_WORD.test(clauseBefore) && SET_UP_AFTER.test(after);
}

/**
 * Whether a sum of money (`unit` 元/万元/亿元) is a project's funding by source, the total so
 * split, or a sum of money added up (合计). `clauseBefore` ends at the figure, `sentenceBefore` is its sentence up to it and `after`
 * the characters after the figure.
 */
export function isProjectInput(
  unit: string,
  clauseBefore: string,
  sentenceBefore: string,
  after: string,
): boolean {
  if (!unit.endsWith('元')) return false;
  if (FUNDER_SHARE.test(clauseBefore) && FUNDED.test(sentenceBefore)) return true;
  if (SUMMED_MONEY.test(clauseBefore)) return true;
  if (clauseBefore.includes('投入') && putInToSetUp(clauseBefore, after)) return true;
  return TOTAL.test(clauseBefore) && SPLIT_AFTER.test(after);
}

// `采购119项1847台次的设备`: a count of kinds written right before the count of pieces it sorts
// (项/类/种/批, then a number with no word between) says what the list holds; the pieces are the
// measure.
const PIECES_AFTER = /^\d+(?:\.\d+)?\s*(?:台|件|套|个|张|辆|册|份|支|盒|箱)/;

/** Whether a count in `unit` (项, 类, 种, 批) sorts the count of pieces written right `after` it. */
export function isKindsOfPieces(unit: string, after: string): boolean {
  return /^[项类种批]$/.test(unit) && PIECES_AFTER.test(after);
}
