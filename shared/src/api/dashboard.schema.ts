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
 * One cell as sent: only what the client cannot rebuild. The reason's sentence, the figure's
 * basis, the trend's quarters, the roll-up's share and worst status are rebuilt by
 * `resolveDashboard` (shared/src/api/dashboard-resolve.ts) with the shared rules.
 */
export const CompactCellSchema = z.object({
  targetId: z.number().int().describe('An id in the reply’s `targets`'),
  /** The figure judged: the latest quarter's, or the year-to-date sum for cumulative counts. */
  value: z.number().nullable(),
  /** The last quarter with a figure in the year up to the as-of quarter. */
  quarter: z.string().nullable(),
  status: TargetStatusSchema,
  reason: z.enum(REASON_CODES),
  /** The at_risk margin applied (reason near_bound only), in the target's unit. */
  margin: z.number().optional(),
  /** Year-end projection, when one was made. */
  projected: z.number().optional(),
  /** Figures of the last four quarters up to the as-of quarter, oldest first (null: not reported). */
  trend: z.array(z.number().nullable()),
  /** This indicator over the region's own sub-regions; null when it has none. */
  rollUp: RollUpCountsSchema.nullable(),
  /** Set when the region's own target is weaker than the parent region's. */
  weakerThanParent: z.object({ code: z.string(), text: z.string() }).optional(),
});
export type CompactCell = z.infer<typeof CompactCellSchema>;

export const CompactRowSchema = z.object({
  region: RegionRefSchema.extend({ childCount: z.number().int() }),
  cells: z.array(CompactCellSchema),
});
export type CompactRow = z.infer<typeof CompactRowSchema>;

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
  parent: CompactRowSchema,
  rows: z.array(CompactRowSchema),
  /** Every target a cell names, once. */
  targets: z.array(DashboardTargetSchema),
  /** The columns: indicators with a target for the region or any child, by category then name. */
  indicators: z.array(DashboardIndicatorSchema),
  /** Statuses of the cells the grid shows: the region's own row (本级) and its children's. */
  counts: z.record(TargetStatusSchema, z.number().int()),
  /** True when some figures shown are the first-start demo's invented ones (演示数据). */
  demo: z.boolean(),
});
export type DashboardReply = z.infer<typeof DashboardReplySchema>;
