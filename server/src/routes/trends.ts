import { createRoute } from '@hono/zod-openapi';
import { CompactTrendReplySchema, TrendQuerySchema } from '@targetboard/shared/api/trends.schema';
import { currentUser, requireUser } from '../auth/guards';
import { json, pickErrors } from '../http/responses';
import { createRouter } from '../http/router';
import { loadTrend } from '../services/trends.service';

const trendRoute = createRoute({
  method: 'get',
  operationId: 'getTrend',
  path: '/trends',
  tags: ['trends'],
  summary: 'Quarterly figures of one indicator in some regions, with each year’s target and status',
  description:
    'Per region: one entry per quarter of from..to in each column (value null where none was ' +
    'reported) with the status as of that quarter under that year’s target (own or inherited) ' +
    'and its reason code, and per year the id of the target in force, so a chart can draw ' +
    'steps where it changes; each target is listed once in `targets`. 403 when any region is ' +
    'outside your scope.',
  middleware: [requireUser] as const,
  request: { query: TrendQuerySchema },
  responses: {
    200: { description: 'The trend', ...json(CompactTrendReplySchema) },
    ...pickErrors(401, 403, 404, 422),
  },
});

export const trendRoutes = createRouter().openapi(trendRoute, async (c) => {
  const reply = await loadTrend(c.var.db, currentUser(c), c.req.valid('query'));
  c.header('Cache-Control', 'no-store');
  return c.json(reply, 200);
});
