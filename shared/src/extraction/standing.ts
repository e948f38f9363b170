import { ENSURE } from './aim-words';
// 我市学生总体近视率高于全国平均水平: a place that is the clause's own subject (我市, 本省), compared
// with another's level in a clause with no word of aiming, is told where it stands — the reason
// for a plan, not its aim. An aim says so (我市…要低于, 力争达到全省平均水平, 确保不高于…).
const OWN_SUBJECT = /^\s*(?:目前|当前|现在)?[,，]?\s*(?:我|本)[省市县区州旗镇]/;
const AIM_WORD = new RegExp(
  String.raw`要|将|力争|争取|${ENSURE}|努力|目标|应当?|须|达到|保持|控制|实现|提[高升]|降[低至到]|下降|不低于|不高于|不超过|以内|以下|以上`,
);

/** Whether `clause` (from its start through the comparison) tells where its own place stands. */
export function tellsStanding(clause: string): boolean {
  return OWN_SUBJECT.test(clause) && !AIM_WORD.test(clause);
}
