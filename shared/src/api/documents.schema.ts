import { z } from 'zod';
import { MEASURES } from '../targets/measure';
import { IdSchema, OffsetSchema, textSchema, VersionSchema } from './fields';
import { ComparatorSchema, DirectionSchema, TargetKindSchema } from '../targets/vocabulary';

export const TARGET_STATES = ['draft', 'confirmed', 'rejected'] as const;
export const DOCUMENT_FORMATS = ['text', 'txt', 'docx', 'pdf', 'html'] as const;
export const NAME_SOURCES = ['catalogue', 'heuristic'] as const;
export type NameSource = (typeof NAME_SOURCES)[number];

export const IndicatorSuggestionSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  score: z.number(),
});

/** A target as stored: the extracted fields plus its link to the catalogue and its review state. */
export const TargetSchema = z.object({
  id: z.number().int(),
  documentId: z.number().int().nullable(),
  indicator: z.string(),
  indicatorId: z.number().int().nullable(),
  regionId: z.number().int().nullable(),
  region: z.string().nullable(),
  scope: z.string().nullable(),
  year: z.number().int().nullable(),
  comparator: ComparatorSchema,
  value: z.number().nullable(),
  valueMax: z.number().nullable(),
  unit: z.string(),
  tolerance: z.number().nullable(),
  kind: TargetKindSchema,
  direction: DirectionSchema,
  measure: z
    .enum(MEASURES)
    .describe(
      'intensive (rate, ratio, per capita): inherited by sub-regions; additive (a count or money total): the region’s own, judged on its figure or its sub-regions’ sum, never inherited',
    ),
  confidence: z.number().nullable(),
  start: z
    .number()
    .int()
    .nullable()
    .describe('Code-point offset of the quote in the document text'),
  end: z.number().int().nullable(),
  quote: z.string().nullable(),
  state: z.enum(TARGET_STATES),
  version: z.number().int(),
  suggestions: z.array(IndicatorSuggestionSchema).optional(),
  nameSource: z
    .enum(NAME_SOURCES)
    .optional()
    .describe(
      'Where the extracted name came from: a catalogue indicator or synonym the matcher links, or the heuristic phrase (check it); on document target lists',
    ),
});
export type StoredTarget = z.infer<typeof TargetSchema>;

export const DocumentSummarySchema = z.object({
  id: z.number().int(),
  title: z.string(),
  filename: z.string().nullable(),
  format: z.enum(DOCUMENT_FORMATS),
  encoding: z.string().nullable(),
  regionId: z.number().int().nullable(),
  region: z.string().nullable(),
  year: z.number().int().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  counts: z.object({
    draft: z.number(),
    confirmed: z.number(),
    rejected: z.number(),
    missingValue: z.number(),
  }),
});
export type DocumentSummary = z.infer<typeof DocumentSummarySchema>;

export const DocumentDetailSchema = DocumentSummarySchema.extend({
  text: z.string(),
  warnings: z.array(
    z.object({ code: z.string(), message: z.string(), start: z.number(), end: z.number() }),
  ),
});
export type DocumentDetail = z.infer<typeof DocumentDetailSchema>;

export const PasteDocumentBodySchema = z.object({
  title: textSchema().trim().max(200).optional(),
  text: textSchema().min(1, 'the text is empty').max(5_000_000),
});

const targetFields = {
  indicator: textSchema().trim().min(1).max(200),
  indicatorId: IdSchema.nullable(),
  regionId: IdSchema.nullable(),
  scope: textSchema().trim().max(100).nullable(),
  year: z.number().int().min(1949).max(2100).nullable(),
  comparator: ComparatorSchema,
  value: z.number().finite().nullable(),
  valueMax: z.number().finite().nullable(),
  unit: textSchema().trim().max(20),
  tolerance: z.number().finite().nonnegative().nullable(),
  kind: TargetKindSchema,
  direction: DirectionSchema,
  measure: z.enum(MEASURES),
};

/** A range needs its upper bound at or above its value (a database CHECK holds the same). */
const rangeInOrder = (t: { value?: number | null; valueMax?: number | null }) =>
  t.value === undefined ||
  t.value === null ||
  t.valueMax === undefined ||
  t.valueMax === null ||
  t.valueMax >= t.value;
const RANGE_ISSUE = { message: 'valueMax 不能小于 value', path: ['valueMax'] };

export const UpdateTargetBodySchema = z
  .object({
    version: VersionSchema,
    ...targetFields,
    state: z.enum(TARGET_STATES),
    newIndicator: z
      .boolean()
      .describe(
        'Confirming an unlinked target whose name is close to catalogue indicators: add it as a new indicator instead of being asked to link one',
      ),
  })
  .partial()
  .required({ version: true })
  .refine(rangeInOrder, RANGE_ISSUE);

export const CreateTargetBodySchema = z
  .object({
    ...targetFields,
    indicatorId: targetFields.indicatorId.default(null),
    regionId: targetFields.regionId.default(null),
    scope: targetFields.scope.default(null),
    valueMax: targetFields.valueMax.default(null),
    tolerance: targetFields.tolerance.default(null),
    measure: targetFields.measure.optional().describe('Inferred from kind and unit when left out'),
    start: OffsetSchema,
    end: OffsetSchema.min(1),
  })
  .refine(rangeInOrder, RANGE_ISSUE);

export const BulkConfirmBodySchema = z.object({
  minConfidence: z.number().min(0).max(1).default(0.8),
});
