import { z } from 'zod';

export const CHANGE_ENTITIES = [
  'observation',
  'target',
  'document',
  'indicator',
  'region',
  'user',
  'submission',
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

export const ChangeLogQuerySchema = z.object({
  entity: z.enum(CHANGE_ENTITIES).default('observation'),
  key: z.string().max(200).optional().describe('observation: regionId:indicatorId:quarter'),
  regionId: z.coerce.number().int().positive().optional(),
  quarter: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(10_000).default(200),
});
