import { z } from 'zod';
import { DirectionSchema, TargetKindSchema } from '../targets/vocabulary';
import { IdSchema, textSchema } from './fields';

export const IndicatorSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  unit: z.string(),
  direction: DirectionSchema,
  kind: TargetKindSchema,
  category: z.string(),
  synonyms: z.array(z.string()),
  targetCount: z.number().int().optional(),
  observationCount: z.number().int().optional(),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

const fields = {
  name: textSchema().trim().min(1).max(100),
  unit: textSchema().trim().max(20),
  direction: DirectionSchema,
  kind: TargetKindSchema,
  category: textSchema().trim().max(40),
  synonyms: z.array(textSchema().trim().min(1).max(100)).max(50),
};

export const CreateIndicatorBodySchema = z.object({
  ...fields,
  category: fields.category.default('其他'),
  synonyms: fields.synonyms.default([]),
});
export const UpdateIndicatorBodySchema = z
  .object(fields)
  .partial()
  .refine((body) => Object.values(body).some((v) => v !== undefined), {
    message: '至少修改一项（name、unit、direction、kind、category 或 synonyms）',
  })
  .meta({ minProperties: 1 });
export const MergeIndicatorBodySchema = z.object({
  intoId: IdSchema.describe('The indicator that keeps every target and figure of this one'),
});
