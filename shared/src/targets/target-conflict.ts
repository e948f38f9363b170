/**
 * Why an applicable target cannot be taken as the rule until someone resolves it:
 * - `twin`: the region has another confirmed target for the same indicator, year and scope,
 *   so which one applies is undecided;
 * - `unit`: the target is in another unit than the indicator's figures (`≥8倍` for an input
 *   in `万元`), so a figure cannot be judged against it.
 */
export type TargetConflict = 'twin' | 'unit';

/** The conflict of a chosen target, twins first; null when it can stand as the rule. */
export function targetConflict(
  target: { unit: string },
  indicatorUnit: string,
  twins: number,
): TargetConflict | null {
  if (twins > 0) return 'twin';
  if (target.unit.trim() !== indicatorUnit.trim()) return 'unit';
  return null;
}
