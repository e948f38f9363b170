// A hospital's yearly plan states its volumes of service as counts of visits or cases after the
// act served (实现门急诊诊疗42万人次, 收治住院病人3万例, 接诊急诊病人5000人次): the act itself is
// the verb of doing, so such a count needs none of the general verbs (新建, 完成, 达到…). Only in
// 人次 and 例, the units a volume of service is told in, and only where the act stands in the
// count's own clause, so a statistic still falls to the past and review rules that run before.
const SERVICE_ACT = /(?:诊疗|门诊|急诊|收治|接诊|手术|出院|住院|分娩|就诊)[\u4e00-\u9fff]{0,6}\s*$/;

/** Whether a count in 人次/例 follows the service it measures in its own clause. */
export function isServiceVolume(before: string, unit: string): boolean {
  return (unit === '人次' || unit === '例') && SERVICE_ACT.test(before);
}
