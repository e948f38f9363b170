import { paragraphStart } from './paragraphs';
import { LOOKS_FORWARD } from './report-boundary';

// 下面有一组数据:\n人均预期寿命…达到75.8岁: a paragraph a lead introduces as data tells statistics,
// whatever its verbs (达到, 预计…提高) would say in a plan. Only the paragraph right after the lead,
// and not a sentence that looks ahead (以下数据:\n到2030年…达到… stays an aim).
const DATA_LEAD = /(?:一组|几组|一些|以下|下面的?)(?:统计|监测)?数据(?:如下)?\s*[:：]\s*$/;

// How much of the lead is read: bounded, as the look back for the paragraph's start is.
const LEAD_REACH = 24;

/** Whether the sentence `[sStart, sEnd)` of `t` is in a paragraph right after a lead to data. */
export function afterDataLead(
  t: string,
  sStart: number,
  sEnd: number,
  from: number | null = paragraphStart(t, sStart),
): boolean {
  if (from === null || from === 0) return false;
  const lead = t.slice(Math.max(0, from - LEAD_REACH), from);
  return lead.includes('数据') && DATA_LEAD.test(lead) && !LOOKS_FORWARD.test(t.slice(from, sEnd));
}
