import { z } from 'zod';

export const DB_ENGINES = ['pglite', 'postgres'] as const;
export type DbEngine = (typeof DB_ENGINES)[number];

export const HealthSchema = z.object({
  status: z.literal('ok'),
  db: z.enum(DB_ENGINES),
  version: z.string(),
  /** The bureau's IANA time zone (APP_TIME_ZONE): the web tells every timestamp in it. */
  timeZone: z.string(),
});

export type Health = z.infer<typeof HealthSchema>;
