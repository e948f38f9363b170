import { z } from 'zod';
import { IdParamSchema, IdSchema, MAX_INT, QuarterSchema, textSchema } from './fields';

export const CHANGE_ENTITIES = [
  'observation',
  'target',
  'document',
  'indicator',
  'region',
  'user',
  'submission',
  'deadline',
] as const;

export const ChangeLogEntrySchema = z.object({
  id: z.number().int(),
  entity: z.enum(CHANGE_ENTITIES),
  key: z.string(),
  oldValue: z.unknown(),
  newValue: z.unknown(),
  user: z.string().nullable(),
  channel: z.enum(['form', 'import', 'api', 'system']),
  note: z.string().nullable(),
  at: z.string(),
});
export type ChangeLogEntry = z.infer<typeof ChangeLogEntrySchema>;

// Observation and submission keys start with the region id, which scope checks read.
const REGION_KEYED = /^(observation|submission)$/;

export const ChangeLogQuerySchema = z
  .object({
    entity: z.enum(CHANGE_ENTITIES).default('observation'),
    key: textSchema()
      .max(200)
      .optional()
      .describe('observation: regionId:indicatorId:quarter; submission: regionId:quarter'),
    regionId: IdParamSchema.optional(),
    quarter: QuarterSchema.optional(),
    limit: z.coerce.number().int().min(1).max(10_000).default(200),
  })
  .superRefine((q, ctx) => {
    if (q.key === undefined || !REGION_KEYED.test(q.entity)) return;
    if (!IdSchema.safeParse(Number(q.key.split(':')[0])).success)
      ctx.addIssue({
        code: 'custom',
        path: ['key'],
        message: `the key starts with a region id (1–${MAX_INT})`,
      });
  });
