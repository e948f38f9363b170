import { createRoute, z } from '@hono/zod-openapi';
import {
  DeadlineLevelParamSchema,
  DeadlineSchema,
  SetDeadlineBodySchema,
} from '@targetboard/shared/api/deadlines.schema';
import { currentUser, requireRole, requireUser } from '../auth/guards';
import { json, pickErrors } from '../http/responses';
import { REPORTING_GRACE_DAYS } from '@targetboard/shared/reporting/deadline';
import { createRouter } from '../http/router';
import { listReportingDeadlines, setReportingDeadline } from '../services/deadlines.service';

const listRoute = createRoute({
  method: 'get',
  operationId: 'listReportingDeadlines',
  path: '/reporting-deadlines',
  tags: ['reporting'],
  summary: 'Days after quarter end each level (province, city, county, town) has to report',
  description: `A level no admin has set keeps the default of ${REPORTING_GRACE_DAYS} days.`,
  middleware: [requireUser] as const,
  responses: {
    200: {
      description: 'One entry per level',
      ...json(z.object({ deadlines: z.array(DeadlineSchema) })),
    },
    ...pickErrors(401),
  },
});

const setRoute = createRoute({
  method: 'put',
  operationId: 'setReportingDeadline',
  path: '/reporting-deadlines/{level}',
  tags: ['reporting'],
  summary: "Set a level's grace days (admin); logged in the change log",
  middleware: [requireRole()] as const,
  request: {
    params: DeadlineLevelParamSchema,
    body: { ...json(SetDeadlineBodySchema), required: true },
  },
  responses: {
    200: { description: 'The level now', ...json(z.object({ deadline: DeadlineSchema })) },
    ...pickErrors(400, 401, 403, 422),
  },
});

export const deadlineRoutes = createRouter()
  .openapi(listRoute, async (c) =>
    c.json({ deadlines: await listReportingDeadlines(c.var.db) }, 200),
  )
  .openapi(setRoute, async (c) => {
    const { level } = c.req.valid('param');
    const { graceDays } = c.req.valid('json');
    const deadline = await setReportingDeadline(c.var.db, currentUser(c), { level, graceDays });
    return c.json({ deadline }, 200);
  });
