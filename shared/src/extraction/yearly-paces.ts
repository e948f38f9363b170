// A yearly change measured from a baseline (在2020年基础上每年降低0.5到1个百分点, 在基线数据基础上每年
// 下降…) is the pace a plan keeps over its whole span: the target is judged at the plan's year, as
// the golds of several plans write it. A yearly quota with no baseline (每年建设90个) binds every
// year and keeps no year.
const PACE_FROM_BASELINE = /基础上\s*(?:平均)?每年\s*(?:下降|降低|减少|提高|提升|增加|增长|上升)/;

/** Whether a clause sets a yearly pace of change from a baseline (`在…基础上每年降低`). */
export function isPaceFromBaseline(clause: string): boolean {
  return PACE_FROM_BASELINE.test(clause);
}
