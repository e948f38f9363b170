import { z } from 'zod';
import { IdParamSchema, IdSchema, textSchema } from './fields';

/** 0 全国, 1 省级, 2 地级, 3 县级, 4–5 below (custom units take their parent's level + 1). */
export const RegionLevelSchema = z.number().int().min(0).max(5);

export const RegionRefSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  level: RegionLevelSchema,
});
export type RegionRef = z.infer<typeof RegionRefSchema>;

export const RegionSchema = RegionRefSchema.extend({
  parentId: z.number().int().nullable(),
  /** Added by a user rather than loaded from GB/T 2260. */
  custom: z.boolean(),
  /** Ancestors root first (全国 … parent); present on detail reads only. */
  path: z.array(RegionRefSchema).optional(),
});
export type Region = z.infer<typeof RegionSchema>;

export const RegionDetailSchema = RegionSchema.extend({
  path: z.array(RegionRefSchema),
  childCount: z.number().int(),
});
export type RegionDetail = z.infer<typeof RegionDetailSchema>;

export const RegionListQuerySchema = z.object({
  q: textSchema()
    .trim()
    .max(50)
    .optional()
    .describe('Name substring, code prefix, pinyin or initials prefix'),
  parentId: IdParamSchema.optional().describe(
    'List children of this region (or search within it with q)',
  ),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  inScope: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((s) => s === 'true' || s === '1')
    .describe(
      "With q: only the caller's region and the regions below it (admins: all), " +
        'so a picker offers nothing the caller would be refused',
    ),
});

export const CreateRegionBodySchema = z.object({
  parentId: IdSchema,
  name: textSchema().trim().min(1).max(60),
  code: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z-]{2,20}$/, '2–20 letters, digits or -')
    .optional()
    .describe('Omitted: generated from the parent code, e.g. 510104C1'),
});
export type CreateRegionBody = z.infer<typeof CreateRegionBodySchema>;
