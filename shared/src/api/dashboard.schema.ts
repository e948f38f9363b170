import { z } from 'zod';
import { targetInForceFields } from './target-in-force.schema';
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

export const DashboardTargetSchema = z.object({
  id: z.number().int(),
  ...targetInForceFields,
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

export const RollUpSchema = z.object({
  counts: z.record(TargetStatusSchema, z.number().int()),
  total: z.number().int(),
  shareMet: z.number().nullable(),
  worst: TargetStatusSchema.nullable(),
});

export const DashboardCellSchema = z.object({
  indicatorId: z.number().int(),
  target: DashboardTargetSchema,
  /** The figure judged: the latest quarter's, or the year-to-date sum for cumulative counts. */
  value: z.number().nullable(),
  basis: z.enum(['latest', 'year_to_date']),
  /** The last quarter with a figure in the year up to the as-of quarter. */
  quarter: z.string().nullable(),
  status: TargetStatusSchema,
  reason: z.object({ code: z.enum(REASON_CODES), text: z.string() }),
  projected: z.number().nullable(),
  /** The last four quarters up to the as-of quarter, oldest first (value null: not reported). */
  trend: z.array(z.object({ quarter: z.string(), value: z.number().nullable() })),
  /** This indicator over the region's own sub-regions; null when it has none. */
  rollUp: RollUpSchema.nullable(),
  /** Set when the region's own target is weaker than the parent region's. */
  weakerThanParent: z.object({ code: z.string(), text: z.string() }).nullable(),
});
export type DashboardCell = z.infer<typeof DashboardCellSchema>;

export const DashboardRowSchema = z.object({
  region: RegionRefSchema.extend({ childCount: z.number().int() }),
  cells: z.array(DashboardCellSchema),
});
export type DashboardRow = z.infer<typeof DashboardRowSchema>;

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
  /** The columns: indicators with a target for the region or any child, by category then name. */
  indicators: z.array(DashboardIndicatorSchema),
  /** Statuses of the cells the grid shows: the region's own row (本级) and its children's. */
  counts: z.record(TargetStatusSchema, z.number().int()),
  /** True when some figures shown are the first-start demo's invented ones (演示数据). */
  demo: z.boolean(),
});
export type DashboardReply = z.infer<typeof DashboardReplySchema>;
