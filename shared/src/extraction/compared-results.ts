// News of a reform's or a year's results with no date to place it (…全面推开公立医院综合改革,…
// 收入较改革前增长5%, 出院费用同比下降6%): its figures are told with the verbs a plan uses
// (降低10.6%, 达到90%以上), so the verbs cannot part them from aims. What parts them is the page:
// one that measures its changes against the time before (同比, 较改革前, 比上年同期) and looks ahead
// nowhere only reports what was reached (report-kind.ts asks its own aim words of the page). A plan
// that gives its baseline in the same words names its horizon or an aim word somewhere.
// 按年增加1.8%, 按年下跌1.2个百分点: Hong Kong's and Macao's statistics write 同比 as 按年 before the
// change (a Taiwan bulletin's 較上年同期 is read above); 按年度, 按年收取 and 按年递增 (a rate set per
// year) are no comparison.

const COMPARED_BEFORE =
  /同比|[较比](?:改革|试点|实施)(?:之)?前|[较比]上年同期|按年(?:微|轻微|大幅)?(?:增加|减少|上升|下跌|下降|增长|上涨|回落)/;

/** Whether `page` measures a change against the time before (同比, 较改革前). */
export function comparesWithBefore(page: string): boolean {
  return COMPARED_BEFORE.test(page);
}
