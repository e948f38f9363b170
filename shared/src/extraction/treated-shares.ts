import { shareName } from './mention-shares';

// 基层诊治60%左右的常见病, 县级医院救治90%以上的危重患者: a share of the cases an act of care handles
// right before the figure is titled by the cases and the act (常见病诊治比例), as an act that covers
// units is (coveredUnits): the cases alone would name how common they are, not how many are handled.
const TREATING = /(诊治|救治|收治|治疗|诊疗|接诊|处置)\s*$/;

/** `诊治60%的常见病` → `常见病诊治比例`; null when no act of care stands right before the figure. */
export function treatedShare(before: string, tail: string): string | null {
  const last = before.trimEnd().slice(-1);
  if (last !== '治' && last !== '疗' && last !== '诊' && last !== '置') return null;
  const act = TREATING.exec(before)?.[1];
  const cases = act ? shareName(tail).replace(/比例$/, '') : '';
  return cases.length >= 2 && cases.length <= 10 ? `${cases}${act}比例` : null;
}
