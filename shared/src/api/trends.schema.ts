import { z } from 'zod';
import { DirectionSchema, TargetKindSchema } from '../targets/vocabulary';
import { targetInForceFields, targetRuleFields } from './target-in-force.schema';
import { QUARTER_PATTERN } from '../quarters/quarter';
import { IdParamSchema, MAX_INT, QuarterSchema } from './fields';
import { TARGET_STATUSES } from '../targets/status';
import { REASON_CODES } from '../targets/reason';

/**
 * Most regions one trend request covers: a province with its cities and counties, for the
 * table and the exports. The chart itself draws fewer (the web app's MAX_REGIONS).
 */
export const TREND_MAX_REGIONS = 100;
/** Most quarters one chart spans (ten years). */
export const TREND_MAX_QUARTERS = 40;

const quarter = z.string().regex(QUARTER_PATTERN, 'a quarter written YYYYQn');

/** `GET /api/trends` and the observation exports: one indicator, some regions, a quarter range. */
export const TrendQuerySchema = z
  .object({
    indicatorId: IdParamSchema,
    regionIds: z
      .string()
      .regex(/^[1-9]\d{0,9}(,[1-9]\d{0,9})*$/, 'comma-separated region ids')
      .transform((s) => [...new Set(s.split(',').map(Number))])
      .refine((ids) => ids.every((id) => id <= MAX_INT), `region ids are at most ${MAX_INT}`)
      .refine((ids) => ids.length <= TREND_MAX_REGIONS, `at most ${TREND_MAX_REGIONS} regions`)
      .describe('Comma-separated region ids, e.g. 1,2,3'),
    from: QuarterSchema.describe('First quarter, YYYYQn'),
    to: QuarterSchema.describe('Last quarter, YYYYQn'),
  })
  .refine((q) => q.from <= q.to, { message: 'from must not be after to', path: ['from'] });
export type TrendQuery = z.infer<typeof TrendQuerySchema>;

/** Where a target was stated: its plan and the sentence's code-point offsets there. */
export const TargetSourceSchema = z.object({
  documentId: z.number().int(),
  start: z.number().int().nullable().describe('Code-point offset in the document text'),
  end: z.number().int().nullable(),
  quote: z.string().nullable(),
});
export type TargetSource = z.infer<typeof TargetSourceSchema>;

/** The target in force for one region and year, as the chart draws it. */
export const TrendTargetSchema = z.object({
  year: z.number().int(),
  targetId: z.number().int(),
  /** `sourceYear` differs from `year` when a target is carried into later years. */
  ...targetInForceFields,
  /** Judged on the year-to-date sum (counts) rather than the latest quarter. */
  cumulative: z.boolean(),
  /** The plan sentence that set it; null when it came from no document. */
  source: TargetSourceSchema.nullable(),
  /** Year-end meet set: null edge = unbounded on that side; both null when the value is null. */
  lower: z.number().nullable(),
  upper: z.number().nullable(),
});
export type TrendTarget = z.infer<typeof TrendTargetSchema>;

export const TrendPointSchema = z.object({
  quarter,
  /** The reported figure; null when the quarter has none (a gap in the line). */
  value: z.number().nullable(),
  /** What the target is compared with: the value, or the year-to-date sum for cumulative targets. */
  judged: z.number().nullable(),
  status: z.enum(TARGET_STATUSES),
  /**
   * Why the status: a code the reader words with `trendReasonText` (shared/export/trend-series)
   * when it shows one; null when no target applies or the quarter has no figure.
   */
  reason: z.enum(REASON_CODES).nullable(),
  /** The at_risk margin applied (reason near_bound only), in the target's unit. */
  margin: z.number().optional(),
  /** The meet set in this quarter (pro-rated k/4 for cumulative targets); null: unbounded/none. */
  lower: z.number().nullable(),
  upper: z.number().nullable(),
  /** The year-end value the status projected from the year's figures to here; null: none made. */
  projected: z.number().nullable(),
});
export type TrendPoint = z.infer<typeof TrendPointSchema>;

export const TrendRegionSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  /** One per year of the range that has a target in force, ascending. */
  targets: z.array(TrendTargetSchema),
  /** One per quarter of the range, ascending. */
  points: z.array(TrendPointSchema),
});
export type TrendRegion = z.infer<typeof TrendRegionSchema>;

/** The trend as pages and exports read it: `resolveTrend` (shared/export/trend-series) of the reply. */
export const TrendReplySchema = z.object({
  indicator: z.object({
    id: z.number().int(),
    name: z.string(),
    unit: z.string(),
    direction: DirectionSchema,
    kind: TargetKindSchema,
  }),
  from: quarter,
  to: quarter,
  quarters: z.array(quarter),
  /** In the order asked for. */
  regions: z.array(TrendRegionSchema),
});
export type TrendReply = z.infer<typeof TrendReplySchema>;

/**
 * A target in force as `GET /api/trends` sends it: once per reply, however many regions and
 * years it rules (a province's target rules its 100 regions for each year it is carried).
 */
export const CompactTrendTargetSchema = z.object({
  targetId: z.number().int(),
  ...targetRuleFields,
  cumulative: z.boolean(),
  source: TargetSourceSchema.nullable(),
  lower: z.number().nullable(),
  upper: z.number().nullable(),
  /** The region that set it: a year of another region that uses it inherits it from here. */
  regionId: z.number().int(),
  regionName: z.string(),
});
export type CompactTrendTarget = z.infer<typeof CompactTrendTargetSchema>;

/**
 * One region's trend in columns, one entry per quarter of the reply's `quarters`: what a
 * point's status, reason and projection need from the server. The meet set's edges and the
 * target of each point are derived from `years` by `resolveTrend`.
 */
export const CompactTrendRegionSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  /** The target in force per year of the range that has one, ascending. */
  years: z.array(
    z.object({
      year: z.number().int(),
      targetId: z.number().int(),
      /** The target is an ancestor's (its regionId), not this region's own. */
      inherited: z.boolean(),
    }),
  ),
  values: z.array(z.number().nullable()),
  /** What was judged where it is not the value (year-to-date sums); absent: the values. */
  judged: z.array(z.number().nullable()).optional(),
  /** An index into the reply's `statuses` per quarter. */
  statuses: z.array(z.number().int().nonnegative()),
  /** An index into the reply's `reasons` per quarter; null where a point has no reason. */
  reasons: z.array(z.number().int().nonnegative().nullable()),
  /** Rounded to `PROJECTION_DECIMALS` places: the chart and the reasons show two. */
  projected: z.array(z.number().nullable()),
  /** The at_risk margin of near_bound points; absent when no point has one. */
  margins: z.array(z.number().nullable()).optional(),
});
export type CompactTrendRegion = z.infer<typeof CompactTrendRegionSchema>;

/** `GET /api/trends`: the trend with its targets listed once and its points in columns. */
export const CompactTrendReplySchema = TrendReplySchema.omit({ regions: true }).extend({
  targets: z.array(CompactTrendTargetSchema),
  /** What the regions' `statuses` indices stand for: `TARGET_STATUSES`. */
  statuses: z.array(z.enum(TARGET_STATUSES)),
  /** What the regions' `reasons` indices stand for: `REASON_CODES`. */
  reasons: z.array(z.enum(REASON_CODES)),
  /** In the order asked for. */
  regions: z.array(CompactTrendRegionSchema),
});
export type CompactTrendReply = z.infer<typeof CompactTrendReplySchema>;
