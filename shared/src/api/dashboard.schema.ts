import { z } from 'zod';
import { targetRuleFields } from './target-in-force.schema';
import { textSchema } from './fields';
import { REASON_CODES } from '../targets/reason';
import { TARGET_STATUSES } from '../targets/status';
import { RegionRefSchema } from './regions.schema';

/** `GET /api/dashboard`: as of `year` Q`quarter`, the children of `region` (a region code). */
export const DashboardQuerySchema = z.object({
  year: z.coerce.number().int().min(1949).max(2100).optional(),
  quarter: z.coerce.number().int().min(1).max(4).optional(),
  region: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z-]{2,20}$/)
    .optional()
    .describe('Region code; default your scope region, or 全国 000000 for admins'),
  category: textSchema().trim().max(40).optional().describe('Indicator category, e.g. 妇幼健康'),
});
export type DashboardQuery = z.infer<typeof DashboardQuerySchema>;

export const TargetStatusSchema = z.enum(TARGET_STATUSES);

/**
 * A target in force somewhere in the grid, listed once in `targets`: cells name it by id (a
 * national target inherited by 32 provinces is sent once, not 32 times).
 */
export const DashboardTargetSchema = z.object({
  id: z.number().int(),
  indicatorId: z.number().int(),
  /** The region that set it; a cell of another region inherits it from there. */
  regionId: z.number().int(),
  regionName: z.string(),
  ...targetRuleFields,
  source: z
    .object({
      documentId: z.number().int(),
      start: z.number().int().nullable().describe('Code-point offset in the document text'),
      end: z.number().int().nullable(),
      quote: z.string().nullable(),
    })
    .nullable(),
});
export type DashboardTarget = z.infer<typeof DashboardTargetSchema>;

/** Sub-region cells per status, in `TARGET_STATUSES` order (met, at_risk, missed, no_data). */
export const RollUpCountsSchema = z.array(z.number().int()).length(TARGET_STATUSES.length);

/**
 * The targets in columns: entry `i` of every array is the `i`th target. Sent so, not as one
 * object per target, because a national grid lists ~2,600 of them and their keys were most of
 * its bytes.
 */
export const DashboardTargetColumnsSchema = z.object({
  id: z.array(z.number().int()),
  indicatorId: z.array(z.number().int()),
  /** The region that set it (named in the reply's `targetRegions`). */
  regionId: z.array(z.number().int()),
  comparator: z.array(targetRuleFields.comparator),
  value: z.array(targetRuleFields.value),
  valueMax: z.array(targetRuleFields.valueMax),
  tolerance: z.array(targetRuleFields.tolerance),
  unit: z.array(targetRuleFields.unit),
  kind: z.array(targetRuleFields.kind),
  direction: z.array(targetRuleFields.direction),
  measure: z.array(targetRuleFields.measure),
  sourceYear: z.array(targetRuleFields.sourceYear),
  rule: z.array(targetRuleFields.rule),
  source: z.array(DashboardTargetSchema.shape.source),
});
export type DashboardTargetColumns = z.infer<typeof DashboardTargetColumnsSchema>;

/**
 * The cells in columns, row after row (the parent's first, then `rows` in order; each row's
 * `cellCount` says how many are its), a row's cells by the order of `indicators`. Only what
 * the client cannot rebuild: the reason's sentence, the figure's basis, the trend's quarters,
 * the roll-up's share and worst status and the flag on a child's target weaker than its
 * parent's are rebuilt by `resolveDashboard`
 * (shared/src/api/dashboard-resolve.ts) with the shared rules.
 */
export const DashboardCellColumnsSchema = z.object({
  /** The cell's target: an index into the columns of `targets`. */
  target: z.array(z.number().int()),
  /** The figure judged: the latest quarter's, or the year-to-date sum for cumulative counts. */
  value: z.array(z.number().nullable()),
  /** The quarter of the reply's year (1–4) of the last figure up to the as-of quarter; null: none. */
  quarter: z.array(z.number().int().min(1).max(4).nullable()),
  /** An index into the reply's `statuses`. */
  status: z.array(z.number().int()),
  /** An index into the reply's `reasons`. */
  reason: z.array(z.number().int()),
  /** The at_risk margin applied (reason near_bound only), in the target's unit; else null. */
  margin: z.array(z.number().nullable()),
  /** Year-end projection; null when none was made. */
  projected: z.array(z.number().nullable()),
  /**
   * The figures of the reply's `trendQuarters`, as many per cell, cell after cell (null: not
   * reported).
   */
  trend: z.array(z.number().nullable()),
  /**
   * Each cell's sub-regions per status, as many per cell as `statuses`, in their order; all
   * null when the cell's region has no sub-region with a cell of this indicator.
   */
  rollUp: z.array(z.number().int().nullable()),
});
export type DashboardCellColumns = z.infer<typeof DashboardCellColumnsSchema>;

export const DashboardRowSchema = z.object({
  region: RegionRefSchema.extend({ childCount: z.number().int() }),
  /** How many of `cells` are this row's, following the rows before it. */
  cellCount: z.number().int(),
});
export type DashboardRowHead = z.infer<typeof DashboardRowSchema>;

export const DashboardIndicatorSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  unit: z.string(),
  category: z.string(),
});
export type DashboardIndicator = z.infer<typeof DashboardIndicatorSchema>;

export const DashboardReplySchema = z.object({
  year: z.number().int(),
  /** The as-of quarter `YYYYQn`. */
  quarter: z.string(),
  category: z.string().nullable(),
  /** Every category in the catalogue, for the filter. */
  categories: z.array(z.string()),
  /** When the grid was computed: it is computed live from the tables on every request. */
  asOf: z.string().describe('ISO 8601'),
  /** The region's ancestors root first; `readable` false above the user's scope. */
  path: z.array(RegionRefSchema.extend({ readable: z.boolean() })),
  /** The region itself: its own figures, and in each cell the roll-up of its children. */
  parent: DashboardRowSchema,
  rows: z.array(DashboardRowSchema),
  /** Every cell of the parent and the rows, in columns. */
  cells: DashboardCellColumnsSchema,
  /** Every target a cell names, once, in columns. */
  targets: DashboardTargetColumnsSchema,
  /** The name of each region that set a listed target. */
  targetRegions: z.array(z.object({ id: z.number().int(), name: z.string() })),
  /** What the cells' `status` codes stand for: `TARGET_STATUSES`. */
  statuses: z.array(TargetStatusSchema),
  /** What the cells' `reason` codes stand for: `REASON_CODES`. */
  reasons: z.array(z.enum(REASON_CODES)),
  /** The quarters of each cell's trend, oldest first. */
  trendQuarters: z.array(z.string()),
  /** The columns: indicators with a target for the region or any child, by category then name. */
  indicators: z.array(DashboardIndicatorSchema),
  /** Statuses of the cells the grid shows: the region's own row (本级) and its children's. */
  counts: z.record(TargetStatusSchema, z.number().int()),
  /** True when some figures shown are the first-start demo's invented ones (演示数据). */
  demo: z.boolean(),
});
export type DashboardReply = z.infer<typeof DashboardReplySchema>;
