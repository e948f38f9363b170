import { z } from 'zod';
import { ComparatorSchema, DirectionSchema, TargetKindSchema } from '../targets/vocabulary';
import { MEASURES } from '../targets/measure';
import { InheritedFromSchema } from './observations.schema';

/**
 * The fields the dashboard's cells and the trends' years both give for the target in force:
 * the rule, where it was inherited from and the year its document set. Each reply spreads
 * them into its own object beside its own ids.
 */
export const targetRuleFields = {
  comparator: ComparatorSchema,
  value: z.number().nullable(),
  valueMax: z.number().nullable(),
  tolerance: z.number().nullable(),
  unit: z.string(),
  kind: TargetKindSchema,
  direction: DirectionSchema,
  /** additive: the region's own total, judged on its figure or its sub-regions' sum; intensive: a rate, may be inherited. */
  measure: z.enum(MEASURES),
  /** The year the document set it for; null when it named none. */
  sourceYear: z.number().int().nullable(),
  /** The rule as a short text: `≥95%`, `约95%（93–97%）`. */
  rule: z.string(),
};

/** The rule's fields and where it was inherited from. */
export const targetInForceFields = {
  ...targetRuleFields,
  /** Null: the region's own target; else the nearest ancestor it is inherited from. */
  inheritedFrom: InheritedFromSchema.nullable(),
};
