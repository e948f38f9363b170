import type { RuleFields } from '@targetboard/shared/targets/rule-fields';

/** A target row's rule columns, under their snake_case names, as the reads select them. */
export interface RuleRow {
  comparator: RuleFields['comparator'];
  value: number | null;
  value_max: number | null;
  tolerance: number | null;
  unit: string;
  kind: RuleFields['kind'];
  direction: RuleFields['direction'];
  measure: RuleFields['measure'];
}

/**
 * A target row's rule fields in the shared shape and order (`ruleFields`), field by field: the
 * live grid maps ~30k rows, and spreading each row first would cost more than the copy.
 */
export function ruleFieldsOfRow(r: RuleRow): RuleFields {
  return {
    comparator: r.comparator,
    value: r.value,
    valueMax: r.value_max,
    tolerance: r.tolerance,
    unit: r.unit,
    kind: r.kind,
    direction: r.direction,
    measure: r.measure,
  };
}
