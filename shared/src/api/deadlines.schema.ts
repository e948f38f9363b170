import { z } from 'zod';
import { DEADLINE_LEVELS, MAX_GRACE_DAYS } from '../reporting/deadline';

export const DeadlineSchema = z.object({
  /** 1 province, 2 city, 3 county, 4 town (custom units below a town follow the town). */
  level: z.number().int(),
  /** Days after the quarter ends before its figures are due. */
  graceDays: z.number().int(),
  /** True while no admin has set this level: the default applies. */
  isDefault: z.boolean(),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export type Deadline = z.infer<typeof DeadlineSchema>;

export const DeadlineLevelParamSchema = z.object({
  level: z.coerce
    .number()
    .int()
    .min(1)
    .max(DEADLINE_LEVELS.length)
    .describe('1 province, 2 city, 3 county, 4 town'),
});

export const SetDeadlineBodySchema = z.object({
  graceDays: z.number().int().min(0).max(MAX_GRACE_DAYS),
});
