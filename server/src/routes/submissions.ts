import { createRoute, z } from '@hono/zod-openapi';
import { IdParamSchema, QuarterSchema } from '@targetboard/shared/api/fields';
import {
  type SubmissionAction,
  SubmissionActionBodySchema,
  ReminderSchema,
  SubmissionOverviewSchema,
  SubmissionSchema,
} from '@targetboard/shared/api/submissions.schema';
import type { Quarter } from '@targetboard/shared/quarters/quarter';
import { SUBMISSION_RULES } from '@targetboard/shared/reporting/submission-machine';
import { currentUser, requireRole, requireUser } from '../auth/guards';
import { json, pickErrors } from '../http/responses';
import { createRouter } from '../http/router';
import { actOnQuarter, remindQuarter, submissionOverview } from '../services/submissions.service';

const Params = z.object({
  regionId: IdParamSchema,
  quarter: QuarterSchema,
});

const actionRoute = (action: SubmissionAction) =>
  createRoute({
    method: 'post',
    operationId: `${action}Quarter`,
    path: `/submissions/{regionId}/{quarter}/${action}`,
    tags: ['reporting'],
    summary: `${action} a region's quarter (${SUBMISSION_RULES[action].roles.join('/')} in scope, or admin)`,
    ...(action === 'submit' && {
      description:
        'Every applicable indicator without a figure needs a reason in `gaps`, or ' +
        '`notApplicable: true` for those without one; otherwise 422 `figures_missing` with ' +
        '`details.missing`. The gaps are recorded with the submission.',
    }),
    middleware: [requireRole(...SUBMISSION_RULES[action].roles)] as const,
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
  middleware: [requireRole(...SUBMISSION_RULES.remind.roles)] as const,
  request: { params: Params },
  responses: {
    200: { description: 'Recorded', ...json(z.object({ reminder: ReminderSchema })) },
    ...pickErrors(401, 403, 404, 409, 422),
  },
});

/** An action route's path and body, as the service takes them. */
const actionInput = (
  action: SubmissionAction,
  param: { regionId: number; quarter: Quarter },
  body: z.infer<typeof SubmissionActionBodySchema> | undefined,
) => ({ ...body, action, regionId: param.regionId, quarter: param.quarter });

export const submissionRoutes = createRouter()
  .openapi(actionRoute('submit'), async (c) => {
    const input = actionInput('submit', c.req.valid('param'), c.req.valid('json'));
    return c.json({ submission: await actOnQuarter(c.var.db, currentUser(c), input) }, 200);
  })
  .openapi(actionRoute('approve'), async (c) => {
    const input = actionInput('approve', c.req.valid('param'), c.req.valid('json'));
    return c.json({ submission: await actOnQuarter(c.var.db, currentUser(c), input) }, 200);
  })
  .openapi(actionRoute('return'), async (c) => {
    const input = actionInput('return', c.req.valid('param'), c.req.valid('json'));
    return c.json({ submission: await actOnQuarter(c.var.db, currentUser(c), input) }, 200);
  })
  .openapi(actionRoute('reopen'), async (c) => {
    const input = actionInput('reopen', c.req.valid('param'), c.req.valid('json'));
    return c.json({ submission: await actOnQuarter(c.var.db, currentUser(c), input) }, 200);
  })
  .openapi(remindRoute, async (c) => {
    const { regionId, quarter } = c.req.valid('param');
    const q = quarter;
    const at = await remindQuarter(c.var.db, currentUser(c), { regionId, quarter: q });
    return c.json({ reminder: { regionId, quarter, at } }, 200);
  })
  .openapi(overviewRoute, async (c) => {
    const { parentId, quarter } = c.req.valid('query');
    const overview = await submissionOverview(c.var.db, currentUser(c), {
      parentId,
      quarter,
      now: new Date(),
    });
    return c.json(overview, 200);
  });
