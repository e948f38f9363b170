import { createRoute } from '@hono/zod-openapi';
import { pingDatabase } from '@targetboard/db/repositories/health.repository';
import { HealthSchema } from '@targetboard/shared/api/health.schema';
import { ErrorEnvelopeSchema } from '@targetboard/shared/api/errors';
import { createRouter } from '../http/router';

const getHealth = createRoute({
  method: 'get',
  operationId: 'getHealth',
  path: '/health',
  tags: ['system'],
  summary: 'Liveness and database reachability',
  security: [],
  responses: {
    200: {
      description: 'The server and its database answer',
      content: { 'application/json': { schema: HealthSchema } },
    },
    503: {
      description: 'The database does not answer',
      content: { 'application/json': { schema: ErrorEnvelopeSchema } },
    },
  },
});

export const healthRoutes = createRouter().openapi(getHealth, async (c) => {
  // A real round trip, so a load balancer takes an instance whose database is gone out of rotation.
  await pingDatabase(c.var.db);
  return c.json(
    { status: 'ok' as const, db: c.var.engine, version: c.var.version, timeZone: c.var.timeZone },
    200,
  );
});
