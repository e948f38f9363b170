import type { Db } from '@targetboard/db/database';
import { listDeadlines } from '@targetboard/db/repositories/reporting-deadlines.repository';
import { findRegionById, listChildren } from '@targetboard/db/repositories/regions.repository';
import {
  countChangedSince,
  findSubmission,
  lastReminders,
  listSubmissions,
  notStarted,
  recordReminder,
  transitionSubmission,
} from '@targetboard/db/repositories/submissions.repository';
import type {
  Submission,
  SubmissionAction,
  SubmissionOverviewRowSchema,
} from '@targetboard/shared/api/submissions.schema';
import type { User } from '@targetboard/shared/api/users.schema';
import type { Quarter } from '@targetboard/shared/quarters/quarter';
import {
  daysOverdue,
  graceDaysFor,
  isOverdue,
  quarterDueAt,
} from '@targetboard/shared/reporting/deadline';
import type { GapAnswer } from '@targetboard/shared/reporting/submission-gaps';
import {
  decideSubmission,
  type SubmissionEvent,
  submissionRefusalMessage,
  type SubmissionRequest,
} from '@targetboard/shared/reporting/submission-machine';
import type { z } from 'zod';
import { assertRegionInScope } from '../auth/scope';
import { AppError } from '../http/errors';
import { submissionGaps } from './submission-gaps.service';
import { queueReturnedAlert } from './alerts.service';

export interface SubmissionActionInput {
  action: SubmissionAction;
  regionId: number;
  quarter: Quarter;
  version?: number;
  reason?: string;
  gaps?: readonly GapAnswer[];
  notApplicable?: boolean;
}

/** 404 for an unknown region, 403 outside the user's scope; before any transaction opens. */
async function loadRegionInScope(db: Db, user: User, regionId: number) {
  const region = await findRegionById(db, regionId);
  if (!region) throw new AppError(404, 'not_found', `no region ${regionId}`);
  await assertRegionInScope(db, user, regionId);
  return region;
}

/** The state machine's verdict on the locked row, or the refusal as an error envelope. */
function decideOrRefuse(
  before: Submission,
  event: SubmissionEvent,
  request: SubmissionRequest,
): Submission['state'] {
  const decision = decideSubmission(before, event, request);
  if (decision.ok) return decision.to;
  switch (decision.refusal) {
    case 'forbidden':
      throw new AppError(403, 'forbidden', `your role (${request.role}) may not do this`);
    case 'reason_required':
      throw new AppError(
        422,
        'validation_failed',
        submissionRefusalMessage('reason_required', event, before.state),
        { issues: [{ path: 'json.reason', message: 'required to return' }] },
      );
    default:
      throw new AppError(
        409,
        'conflict',
        submissionRefusalMessage(decision.refusal, event, before.state),
        { submission: before },
      );
  }
}

/**
 * Submit, approve, return or reopen a region's quarter, in one transaction holding the
 * submission row: the state machine of `shared` decides; submitting also records the gaps
 * (422 `figures_missing` while a missing figure has no answer).
 */
export async function actOnQuarter(
  db: Db,
  user: User,
  input: SubmissionActionInput,
): Promise<Submission> {
  const { action, regionId, quarter } = input;
  await loadRegionInScope(db, user, regionId);
  const reason = input.reason?.trim() || null;
  const request = { role: user.role, version: input.version, reason };
  return db.transaction().execute(async (trx) => {
    const before = await findSubmission(trx, regionId, quarter, { forUpdate: true });
    const to = decideOrRefuse(before, action, request);
    if (to === 'not_started') throw new Error(`${action} left a quarter not started`); // no rule does
    const gaps =
      action === 'submit'
        ? await submissionGaps(
            trx,
            regionId,
            quarter,
            input.gaps ?? [],
            input.notApplicable ?? false,
          )
        : undefined;
    const after = await transitionSubmission(trx, before, {
      to,
      reason,
      user: user.username,
      channel: 'api',
      gaps,
    });
    // Told in the same transaction: the alert exists exactly when the return does.
    if (action === 'return') await queueReturnedAlert(trx, user, after, reason ?? '');
    return after;
  });
}

/** Records a reminder on the quarter's submission; 409 once it is submitted or approved. */
export async function remindQuarter(
  db: Db,
  user: User,
  input: { regionId: number; quarter: Quarter },
): Promise<string> {
  const { regionId, quarter } = input;
  await loadRegionInScope(db, user, regionId);
  return db.transaction().execute(async (trx) => {
    const submission = await findSubmission(trx, regionId, quarter);
    decideOrRefuse(submission, 'remind', { role: user.role });
    return recordReminder(trx, submission, user.username);
  });
}

type OverviewRow = z.infer<typeof SubmissionOverviewRowSchema>;

/**
 * Per child region of `parentId`: its state in the quarter, whether and how long overdue by
 * its level's deadline, figures changed since approval and the last reminder.
 */
export async function submissionOverview(
  db: Db,
  user: User,
  input: { parentId: number; quarter: Quarter; now: Date },
): Promise<{ quarter: Quarter; dueAt: string; regions: OverviewRow[] }> {
  const { parentId, quarter: q, now } = input;
  const parent = await loadRegionInScope(db, user, parentId);
  const children = await listChildren(db, parentId);
  const childIds = children.map((r) => r.id);
  const submissions = await listSubmissions(db, childIds, [q]);
  const approvedAt = new Map<number, string>();
  for (const s of submissions.values()) if (s.approvedAt) approvedAt.set(s.regionId, s.approvedAt);
  const [changed, reminded, deadlines] = await Promise.all([
    countChangedSince(db, q, approvedAt),
    lastReminders(db, childIds, q),
    listDeadlines(db),
  ]);
  const graceDays = new Map([...deadlines].map(([level, d]) => [level, d.graceDays]));
  // The caption's date: the deadline of the level below the parent, where its children sit.
  const dueAt = quarterDueAt(q, graceDaysFor(parent.level + 1, graceDays)).toISOString();
  return {
    quarter: q,
    dueAt,
    regions: children.map((r) => {
      const submission = submissions.get(`${r.id}:${q}`) ?? notStarted(r.id, q);
      const grace = graceDaysFor(r.level, graceDays);
      return {
        region: { id: r.id, code: r.code, name: r.name },
        submission,
        overdue: isOverdue(q, submission.state, now, grace),
        daysOverdue: daysOverdue(q, submission.state, now, grace),
        dueAt: quarterDueAt(q, grace).toISOString(),
        changedSinceApproval: changed.get(r.id) ?? 0,
        lastReminderAt: reminded.get(r.id) ?? null,
      };
    }),
  };
}
