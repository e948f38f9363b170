import type { Measure } from './measure';
import type { TargetRule } from './target-rule';

/** What a target in force is judged and shown by, beside its ids, year and source. */
export interface RuleFields {
  comparator: TargetRule['comparator'];
  value: number | null;
  valueMax: number | null;
  tolerance: number | null;
  unit: string;
  kind: TargetRule['kind'];
  direction: TargetRule['direction'];
  measure: Measure;
}

/**
 * A target's rule fields, copied in one order (`targetRuleFields` of the replies): the dashboard's
 * listed targets, the trend's and the rules judged all take them here, so a new field is added
 * once. Replies are compared byte for byte, so the order is part of the promise.
 */
export function ruleFields(t: RuleFields): RuleFields {
  return {
    comparator: t.comparator,
    value: t.value,
    valueMax: t.valueMax,
    tolerance: t.tolerance,
    unit: t.unit,
    kind: t.kind,
    direction: t.direction,
    measure: t.measure,
  };
}
