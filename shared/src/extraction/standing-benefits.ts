import { ENSURE } from './aim-words';
// 独生子女户享受2000元养老补贴, 读大学可享受800元/人, 年满60周岁后享受扶助金每人每年960元: a sum a
// group enjoys under a policy in force is a standing benefit, not an aim. A plan that aims at one says
// so with a bound (享受…不低于) or a word of change or of the future (提高到, 将享受, 力争…).
const AIM_WORD = new RegExp(
  String.raw`将|要|力争|争取|${ENSURE}|提[高升]|增加|增至|达到|调整|新增`,
);

/** Whether a sum of money is a benefit enjoyed under a policy in force (`…户享受3000元`). */
export function isStandingBenefit(
  unit: string,
  clauseBefore: string,
  explicitBound: boolean,
): boolean {
  if (explicitBound || !unit.endsWith('元') || !clauseBefore.includes('享受')) return false;
  return !AIM_WORD.test(clauseBefore);
}
