import { ENSURE } from './aim-words';
// 共计 before a figure usually sums what was done (共计救治5000人), but in a sentence that says what
// will be done (…将推动…计划,…再推广至一般家庭,共计10万家庭受惠) it sums what the plan is to reach:
// the total is the plan's, not a tally. Only 共计 right before the figure, only after a 将 earlier
// in the sentence, and not where a deed done (了) stands between.
const TOTAL_BEFORE = /共计\s*$/;
const WILL_THEN = /将(?![^。]*了)/;
const TASK_TOTAL = /任务(?:数|量)?\s*共计\s*$/;

/**
 * The clause without a trailing 共计 when the sentence before it looks ahead with 将; without
 * every 共计 when `sumsPlanned` (the sentence sums up the things the sentence before planned).
 */
export function withoutPlannedTotal(
  aimClause: string,
  sentenceBefore: string,
  sumsPlanned: () => boolean = () => false,
): string {
  if (!aimClause.includes('共计')) return aimClause;
  // 监测任务共计800份: the total of a task is the quota set, unless the clause tells it done (完成).
  if (TASK_TOTAL.test(aimClause) && !aimClause.includes('完成'))
    return aimClause.replace(TOTAL_BEFORE, '');
  if (TOTAL_BEFORE.test(aimClause)) {
    const head = sentenceBefore.slice(0, Math.max(0, sentenceBefore.length - aimClause.length));
    if (WILL_THEN.test(head)) return aimClause.replace(TOTAL_BEFORE, '');
  }
  return sumsPlanned() ? aimClause.replaceAll('共计', '') : aimClause;
}

// 将新建甲医院、乙中心等8个项目。8个项目共计建设用房20万平方米,新增床位3000张: a sentence that
// opens with the very count the sentence before planned (the same figure and counting word, after
// a 将, 计划, 到2025年… and nothing told of the present) sums up what those planned things are to
// give: its figures are the plan's, bare or after 共计. A sentence that tells the present itself
// (目前, 已, 截至, 累计) is a report beside the plan.
const OPENING_COUNT = /^\s*(?:这|上述|以上)?(\d+)\s*([个家所项座])/;
const TOLD_PRESENT = /目前|当前|现有|现已|已经?|截至|截止|累计|去年|上年|同比|今年以来|预计/;
const LOOKS_AHEAD = new RegExp(
  String.raw`将(?!近)|计划|力争|争取|${ENSURE}|拟|到(?:19|20)\d{2}年|(?:19|20)\d{2}年(?:底|前|内)|年内|今年|部署`,
);
const LOOK_BACK = 300;

/**
 * Whether the sentence starting at `from` (after a 。) opens with a count that the sentence
 * before it plans, so that it sums up the planned things.
 */
export function sumsPlannedItems(text: string, from: number, to: number): boolean {
  if (from < 2 || text[from - 1] !== '。') return false;
  const count = OPENING_COUNT.exec(text.slice(from, Math.min(to, from + 12)));
  if (count === null || TOLD_PRESENT.test(text.slice(from, to))) return false;
  let at = from - 1;
  const stop = Math.max(0, from - 1 - LOOK_BACK);
  while (at > stop && !'。！？!?\n'.includes(text[at - 1]!)) at--;
  if (at === stop && at > 0) return false;
  const previous = text.slice(at, from - 1);
  if (TOLD_PRESENT.test(previous) || !LOOKS_AHEAD.test(previous)) return false;
  const figure = count[1]! + count[2]!;
  for (let i = previous.indexOf(figure); i >= 0; i = previous.indexOf(figure, i + 1))
    if (i === 0 || !/[\d.]/.test(previous[i - 1]!)) return true;
  return false;
}
