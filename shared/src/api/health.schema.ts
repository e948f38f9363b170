import { z } from 'zod';

export const DB_ENGINES = ['pglite', 'postgres'] as const;
export type DbEngine = (typeof DB_ENGINES)[number];

export const HealthSchema = z.object({
  status: z.literal('ok'),
  db: z.enum(DB_ENGINES),
  version: z.string(),
});

export type Health = z.infer<typeof HealthSchema>;
