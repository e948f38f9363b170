import { createRoute, z } from '@hono/zod-openapi';
import { IdParamSchema, QuarterSchema } from '@targetboard/shared/api/fields';
import type { Context } from 'hono';
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
import { listDeadlines } from '@targetboard/db/repositories/reporting-deadlines.repository';
import {
  type SubmissionAction,
  SubmissionActionBodySchema,
  ReminderSchema,
  SubmissionOverviewSchema,
  SubmissionSchema,
  type SubmissionState,
} from '@targetboard/shared/api/submissions.schema';
import type { Role } from '@targetboard/shared/api/users.schema';
import type { Quarter } from '@targetboard/shared/quarters/quarter';
import {
  daysOverdue,
  graceDaysFor,
  isOverdue,
  quarterDueAt,
} from '@targetboard/shared/reporting/deadline';
import { assertInScope, currentUser, requireRole, requireUser } from '../auth/guards';
import type { AppEnv } from '../http/env';
import { AppError } from '../http/errors';
import { json, pickErrors } from '../http/responses';
import { createRouter } from '../http/router';
import { submissionGaps } from '../services/submission-gaps.service';
import { queueReturnedAlert } from '../services/alerts.service';

const Params = z.object({
  regionId: IdParamSchema,
  quarter: QuarterSchema,
});

/** The state machine: which states each action leaves from, where it goes, and who may do it. */
const ACTIONS: Record<
  SubmissionAction,
  {
    from: SubmissionState[];
    to: 'submitted' | 'approved' | 'returned' | 'draft';
    roles: Role[];
    label: string;
  }
> = {
  submit: {
    from: ['not_started', 'draft', 'returned'],
    to: 'submitted',
    roles: ['reporter'],
    label: '提交',
  },
  approve: { from: ['submitted'], to: 'approved', roles: ['approver'], label: '审核通过' },
  return: { from: ['submitted', 'approved'], to: 'returned', roles: ['approver'], label: '退回' },
  reopen: { from: ['approved'], to: 'draft', roles: ['approver'], label: '重新打开' },
};

const STATE_NAMES: Record<SubmissionState, string> = {
  not_started: '未开始',
  draft: '草稿',
  submitted: '已提交',
  returned: '已退回',
  approved: '已审核',
};

const actionRoute = (action: SubmissionAction) =>
  createRoute({
    method: 'post',
    operationId: `${action}Quarter`,
    path: `/submissions/{regionId}/{quarter}/${action}`,
    tags: ['reporting'],
    summary: `${action} a region's quarter (${ACTIONS[action].roles.join('/')} in scope, or admin)`,
    ...(action === 'submit' && {
      description:
        'Every applicable indicator without a figure needs a reason in `gaps`, or ' +
        '`notApplicable: true` for those without one; otherwise 422 `figures_missing` with ' +
        '`details.missing`. The gaps are recorded with the submission.',
    }),
    middleware: [requireRole(...ACTIONS[action].roles)] as const,
    request: {
      params: Params,
      body: { ...json(SubmissionActionBodySchema), required: false },
    },
    responses: {
      200: { description: 'New state', ...json(z.object({ submission: SubmissionSchema })) },
      ...pickErrors(401, 403, 404, 409, 422),
    },
  });

const overviewRoute = createRoute({
  method: 'get',
  operationId: 'getSubmissionOverview',
  path: '/submissions',
  tags: ['reporting'],
  summary:
    'Per child region of parentId: its state in the quarter, overdue, changes since approval',
  middleware: [requireUser] as const,
  request: {
    query: z.object({ parentId: IdParamSchema, quarter: QuarterSchema }),
  },
  responses: {
    200: { description: 'Overview', ...json(SubmissionOverviewSchema) },
    ...pickErrors(401, 403, 404, 422),
  },
});

const remindRoute = createRoute({
  method: 'post',
  operationId: 'remindQuarter',
  path: '/submissions/{regionId}/{quarter}/remind',
  tags: ['reporting'],
  summary: 'Remind a region about its quarter (approver in scope, or admin); no e-mail is sent',
  description:
    'Records the reminder in the change log on the submission, where the overview reads ' +
    '`lastReminderAt`. A quarter already submitted or approved needs none: 409.',
  middleware: [requireRole('approver')] as const,
  request: { params: Params },
  responses: {
    200: { description: 'Recorded', ...json(z.object({ reminder: ReminderSchema })) },
    ...pickErrors(401, 403, 404, 409, 422),
  },
});

async function act(
  c: Context<AppEnv>,
  action: SubmissionAction,
  regionId: number,
  quarter: string,
  body: z.infer<typeof SubmissionActionBodySchema>,
) {
  const user = currentUser(c);
  const rule = ACTIONS[action];
  if (!(await findRegionById(c.var.db, regionId)))
    throw new AppError(404, 'not_found', `no region ${regionId}`);
  await assertInScope(c, user, regionId);
  const reason = body.reason?.trim() || null;
  if (action === 'return' && !reason)
    throw new AppError(422, 'validation_failed', '退回时请填写原因', {
      issues: [{ path: 'json.reason', message: 'required to return' }],
    });
  const submission = await c.var.db.transaction().execute(async (trx) => {
    const before = await findSubmission(trx, regionId, quarter, { forUpdate: true });
    if (body.version !== undefined && body.version !== before.version)
      throw new AppError(409, 'conflict', '该季度的状态已被他人更改，请刷新', {
        submission: before,
      });
    if (!rule.from.includes(before.state))
      throw new AppError(
        409,
        'conflict',
        `当前状态为“${STATE_NAMES[before.state]}”，不能${rule.label}`,
        { submission: before },
      );
    const gaps =
      action === 'submit'
        ? await submissionGaps(
            trx,
            regionId,
            quarter as Quarter,
            body.gaps ?? [],
            body.notApplicable ?? false,
          )
        : undefined;
    const after = await transitionSubmission(trx, before, {
      to: rule.to,
      reason,
      user: user.username,
      channel: 'api',
      gaps,
    });
    if (action === 'return') await queueReturnedAlert(trx, user, after, reason ?? '');
    return after;
  });
  return c.json({ submission }, 200);
}

export const submissionRoutes = createRouter()
  .openapi(actionRoute('submit'), async (c) => {
    const { regionId, quarter } = c.req.valid('param');
    return act(c, 'submit', regionId, quarter, c.req.valid('json') ?? {});
  })
  .openapi(actionRoute('approve'), async (c) => {
    const { regionId, quarter } = c.req.valid('param');
    return act(c, 'approve', regionId, quarter, c.req.valid('json') ?? {});
  })
  .openapi(actionRoute('return'), async (c) => {
    const { regionId, quarter } = c.req.valid('param');
    return act(c, 'return', regionId, quarter, c.req.valid('json') ?? {});
  })
  .openapi(actionRoute('reopen'), async (c) => {
    const { regionId, quarter } = c.req.valid('param');
    return act(c, 'reopen', regionId, quarter, c.req.valid('json') ?? {});
  })
  .openapi(remindRoute, async (c) => {
    const { regionId, quarter } = c.req.valid('param');
    const user = currentUser(c);
    if (!(await findRegionById(c.var.db, regionId)))
      throw new AppError(404, 'not_found', `no region ${regionId}`);
    await assertInScope(c, user, regionId);
    const at = await c.var.db.transaction().execute(async (trx) => {
      const submission = await findSubmission(trx, regionId, quarter);
      if (submission.state === 'submitted' || submission.state === 'approved')
        throw new AppError(
          409,
          'conflict',
          `当前状态为“${STATE_NAMES[submission.state]}”，无需催报`,
          { submission },
        );
      return recordReminder(trx, submission, user.username);
    });
    return c.json({ reminder: { regionId, quarter, at } }, 200);
  })
  .openapi(overviewRoute, async (c) => {
    const { parentId, quarter } = c.req.valid('query');
    const q = quarter as Quarter;
    const db = c.var.db;
    const parent = await findRegionById(db, parentId);
    if (!parent) throw new AppError(404, 'not_found', `no region ${parentId}`);
    await assertInScope(c, currentUser(c), parentId);
    const children = await listChildren(db, parentId);
    const submissions = await listSubmissions(
      db,
      children.map((r) => r.id),
      [q],
    );
    const approvedAt = new Map<number, string>();
    for (const s of submissions.values())
      if (s.approvedAt) approvedAt.set(s.regionId, s.approvedAt);
    const [changed, reminded, deadlines] = await Promise.all([
      countChangedSince(db, q, approvedAt),
      lastReminders(
        db,
        children.map((r) => r.id),
        q,
      ),
      listDeadlines(db),
    ]);
    const graceDays = new Map([...deadlines].map(([level, d]) => [level, d.graceDays]));
    const now = new Date();
    // The caption's date: the deadline of the level below the parent, where its children sit.
    const dueAt = quarterDueAt(q, graceDaysFor(parent.level + 1, graceDays)).toISOString();
    return c.json(
      {
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
      },
      200,
    );
  });
