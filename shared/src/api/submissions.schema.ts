import { z } from 'zod';
import { IdParamSchema, IdSchema, QuarterSchema, textSchema, VersionSchema } from './fields';

export const SubmissionGapSchema = z.object({
  indicatorId: z.number().int(),
  name: z.string(),
  reason: z.string().nullable(),
});

/** not_started is never stored: it is the absence of a submission row. */
export const SUBMISSION_STATES = [
  'not_started',
  'draft',
  'submitted',
  'returned',
  'approved',
] as const;
export type SubmissionState = (typeof SUBMISSION_STATES)[number];

export const SubmissionSchema = z.object({
  regionId: z.number().int(),
  quarter: z.string(),
  state: z.enum(SUBMISSION_STATES),
  reason: z.string().nullable(),
  /** 0 while not started. */
  version: z.number().int(),
  submittedBy: z.string().nullable(),
  submittedAt: z.string().nullable(),
  approvedBy: z.string().nullable(),
  approvedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
  /** Recorded at submission: each missing figure with its reason, or null reason when confirmed not applicable. */
  gaps: z.array(SubmissionGapSchema).nullable(),
});
export type Submission = z.infer<typeof SubmissionSchema>;

export const SUBMISSION_ACTIONS = ['submit', 'approve', 'return', 'reopen'] as const;
export type SubmissionAction = (typeof SUBMISSION_ACTIONS)[number];

export const SubmissionActionBodySchema = z.object({
  version: VersionSchema.optional().describe(
    'The submission version you read; stale → 409. Omitted: no check',
  ),
  reason: textSchema().trim().max(2000).optional().describe('Required to return'),
  gaps: z
    .array(
      z.object({
        indicatorId: IdSchema,
        reason: textSchema().trim().max(2000).nullable().optional(),
      }),
    )
    .max(500)
    .optional()
    .describe('Submitting: a reason per indicator still without a figure'),
  notApplicable: z
    .boolean()
    .optional()
    .describe('Submitting: the missing figures without a reason do not apply this quarter'),
});

export const SubmissionOverviewQuerySchema = z.object({
  parentId: IdParamSchema,
  quarter: QuarterSchema,
});

export const SubmissionOverviewRowSchema = z.object({
  region: z.object({ id: z.number().int(), code: z.string(), name: z.string() }),
  submission: SubmissionSchema,
  /** Due date passed and not submitted or approved. */
  overdue: z.boolean(),
  /** Whole days past the due date while overdue (1 on the first day), else 0. */
  daysOverdue: z.number().int(),
  /** Due date for this region: quarter end + the grace days of its level. */
  dueAt: z.string(),
  /** Observations saved after the last approval. */
  changedSinceApproval: z.number().int(),
  /** When an approver last sent a reminder about this quarter (null: never). */
  lastReminderAt: z.string().nullable(),
});

export const SubmissionOverviewSchema = z.object({
  quarter: z.string(),
  dueAt: z.string(),
  regions: z.array(SubmissionOverviewRowSchema),
});

export const ReminderSchema = z.object({
  regionId: z.number().int(),
  quarter: z.string(),
  /** When the reminder was recorded (in the change log; no e-mail is sent). */
  at: z.string(),
});
