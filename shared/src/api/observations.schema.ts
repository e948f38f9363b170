import { z } from 'zod';
import { ComparatorSchema, DirectionSchema, TargetKindSchema } from '../targets/vocabulary';
import { IdParamSchema, IdSchema, QuarterSchema, textSchema, VersionSchema } from './fields';
import { SubmissionSchema } from './submissions.schema';
import { MEASURES } from '../targets/measure';

/** The change-log key of one observation cell. */
export const observationKey = (regionId: number, indicatorId: number, quarter: string) =>
  `${regionId}:${indicatorId}:${quarter}`;

export const ObservationSchema = z.object({
  indicatorId: z.number().int(),
  regionId: z.number().int(),
  quarter: z.string(),
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  note: z.string().nullable(),
  version: z.number().int(),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().describe('ISO 8601'),
});
export type Observation = z.infer<typeof ObservationSchema>;

/** The figure as entered: the stored part of an observation without its bookkeeping. */
export const FigureSchema = z.object({
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  note: z.string().nullable(),
});
export type Figure = z.infer<typeof FigureSchema>;

export const EntryQuerySchema = z.object({
  regionId: IdParamSchema,
  quarter: QuarterSchema,
});

export const InheritedFromSchema = z.object({ regionId: z.number().int(), name: z.string() });

export const ApplicableTargetSchema = z.object({
  id: z.number().int(),
  indicatorId: z.number().int(),
  comparator: ComparatorSchema,
  value: z.number().nullable(),
  valueMax: z.number().nullable(),
  tolerance: z.number().nullable(),
  unit: z.string(),
  year: z.number().int().nullable(),
  /** additive: the region's own total (never inherited); intensive: may come from an ancestor. */
  measure: z.enum(MEASURES),
  regionId: z.number().int(),
  /** Null: the region's own target; else the nearest ancestor it came from. */
  inheritedFrom: InheritedFromSchema.nullable(),
  /** The plan sentence it was confirmed from (`/documents/{documentId}?target={id}`). */
  source: z.object({ documentId: z.number().int(), quote: z.string().nullable() }).nullable(),
  /** Set when the target cannot stand as the rule until resolved (see `targetConflict`). */
  conflict: z.enum(['twin', 'unit']).nullable(),
});
export type ApplicableTarget = z.infer<typeof ApplicableTargetSchema>;

export const EntryIndicatorSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  unit: z.string(),
  direction: DirectionSchema,
  kind: TargetKindSchema,
  allowNegative: z.boolean(),
});
export type EntryIndicator = z.infer<typeof EntryIndicatorSchema>;

export const EntryRowSchema = z.object({
  indicator: EntryIndicatorSchema,
  target: ApplicableTargetSchema,
  lastQuarter: z.number().nullable(),
  lastYear: z.number().nullable(),
  observation: ObservationSchema.nullable(),
  /** Saved after the quarter was last approved. */
  changedSinceApproval: z.boolean(),
});
export type EntryRow = z.infer<typeof EntryRowSchema>;

export const EntryReplySchema = z.object({
  region: z.object({ id: z.number().int(), code: z.string(), name: z.string() }),
  quarter: z.string(),
  submission: SubmissionSchema,
  /** Approved quarters are read-only until re-opened. */
  locked: z.boolean(),
  rows: z.array(EntryRowSchema),
});
export type EntryReply = z.infer<typeof EntryReplySchema>;

const figureNumber = z.number().finite().nullable().default(null);

export const SaveRowSchema = z.object({
  indicatorId: IdSchema,
  value: figureNumber,
  numerator: figureNumber,
  denominator: figureNumber,
  note: textSchema().trim().max(2000).nullable().default(null),
  version: VersionSchema.describe(
    'The version you read; 0 for a cell that had no value yet. Stale → 409',
  ),
});
export type SaveRow = z.infer<typeof SaveRowSchema>;

export const SaveObservationsBodySchema = z.object({
  regionId: IdSchema,
  quarter: QuarterSchema,
  channel: z.enum(['form', 'api']).default('api'),
  rows: z.array(SaveRowSchema).min(1).max(500),
});
export type SaveObservationsBody = z.infer<typeof SaveObservationsBodySchema>;

export const SaveObservationsReplySchema = z.object({
  observations: z.array(ObservationSchema),
  /** Rows whose figure equalled the stored one: nothing written, version kept. */
  unchanged: z.number().int(),
});

export const SaveGridBodySchema = z.object({
  quarter: QuarterSchema,
  channel: z.enum(['form', 'api']).default('api'),
  regions: z
    .array(
      z.object({
        regionId: IdSchema,
        rows: z.array(SaveRowSchema).min(1).max(500),
      }),
    )
    .min(1)
    .max(200)
    .refine(
      (regions) => new Set(regions.map((r) => r.regionId)).size === regions.length,
      '每个地区只能出现一次',
    ),
});
export type SaveGridBody = z.infer<typeof SaveGridBodySchema>;

export const SaveGridReplySchema = z.object({
  regions: z.array(
    SaveObservationsReplySchema.extend({
      regionId: z.number().int(),
      submission: SubmissionSchema,
    }),
  ),
});
export type SaveGridReply = z.infer<typeof SaveGridReplySchema>;

/** One cell someone else changed first: what it holds now and who wrote it. */
export const ObservationConflictSchema = ObservationSchema.pick({
  regionId: true,
  indicatorId: true,
  value: true,
  numerator: true,
  denominator: true,
  note: true,
  version: true,
  updatedBy: true,
  updatedAt: true,
}).extend({ yourVersion: z.number().int() });
export type ObservationConflict = z.infer<typeof ObservationConflictSchema>;

/**
 * One rejected field of a saved row (row: index in its region's `rows`, and the region) or of
 * an imported file (row: line).
 */
export const RowIssueSchema = z.object({
  row: z.number().int(),
  regionId: z.number().int().optional(),
  indicatorId: z.number().int().optional(),
  column: z.string(),
  code: z.string(),
  message: z.string(),
});
export type RowIssue = z.infer<typeof RowIssueSchema>;

export const ImportQuerySchema = z.object({
  dryRun: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((s) => s === 'true' || s === '1'),
});

export const ImportChangeSchema = z.object({
  row: z.number().int(),
  regionCode: z.string(),
  indicatorId: z.number().int(),
  indicatorName: z.string(),
  quarter: z.string(),
  old: FigureSchema.nullable(),
  new: FigureSchema,
});
export type ImportChange = z.infer<typeof ImportChangeSchema>;

export const ImportReplySchema = z.object({
  dryRun: z.boolean(),
  format: z.enum(['csv', 'xlsx']),
  encoding: z.string().nullable(),
  rows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  /** Rows with no figure (数值, 分子 and 分母 all blank), e.g. a template's untouched rows: nothing written. */
  skipped: z.number().int(),
  rejected: z.number().int(),
  rejectedRows: z.array(RowIssueSchema),
  /** Old → new for every created or updated row (dry runs; a real run logs them instead). */
  changes: z.array(ImportChangeSchema),
});
export type ImportReply = z.infer<typeof ImportReplySchema>;

export const TemplateQuerySchema = z.object({
  regionId: IdParamSchema,
  quarter: QuarterSchema,
  format: z.enum(['csv', 'xlsx']).default('csv'),
  children: z.enum(['0', '1', 'true', 'false']).default('0'),
});

/** Column names of the import file, English and the template's Chinese headers. */
export const IMPORT_COLUMNS = {
  region_code: '地区代码',
  region_name: '地区名称',
  indicator: '指标',
  unit: '单位',
  quarter: '季度',
  value: '数值',
  numerator: '分子',
  denominator: '分母',
  note: '备注',
  version: '版本',
} as const;
export type ImportColumn = keyof typeof IMPORT_COLUMNS;
