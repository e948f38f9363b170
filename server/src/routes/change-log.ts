import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { listChanges } from '@targetboard/db/repositories/change-history.repository';
import {
  ChangeLogEntrySchema,
  ChangeLogQuerySchema,
} from '@targetboard/shared/api/change-log.schema';
import { toCsv } from '@targetboard/shared/export/csv';
import { assertInScope, currentUser, requireUser } from '../auth/guards';
import type { AppEnv } from '../http/env';
import { AppError } from '../http/errors';
import { fileResponse, json, pickErrors } from '../http/responses';
import { createRouter } from '../http/router';

const listRoute = createRoute({
  method: 'get',
  operationId: 'listChanges',
  path: '/change-log',
  tags: ['reporting'],
  summary: 'History of a cell (entity=observation&key=regionId:indicatorId:quarter) or a region',
  description:
    'Non-admins read observation and submission history of regions in their scope, by key or ' +
    'regionId (and quarter); other entities are for admins.',
  middleware: [requireUser] as const,
  request: { query: ChangeLogQuerySchema },
  responses: {
    200: {
      description: 'Entries, oldest first',
      ...json(z.object({ entries: z.array(ChangeLogEntrySchema) })),
    },
    ...pickErrors(401, 403, 422),
  },
});

const exportRoute = createRoute({
  method: 'get',
  operationId: 'exportChangesCsv',
  path: '/change-log/export.csv',
  tags: ['reporting'],
  summary: 'The same entries as CSV (UTF-8 with BOM)',
  middleware: [requireUser] as const,
  request: { query: ChangeLogQuerySchema },
  responses: { 200: fileResponse('CSV file', ['csv']), ...pickErrors(401, 403, 422) },
});

async function checkedQuery(c: Context<AppEnv>, query: z.infer<typeof ChangeLogQuerySchema>) {
  const user = currentUser(c);
  const keyRegion = query.key === undefined ? undefined : Number(query.key.split(':')[0]);
  if (user.role !== 'admin') {
    if (query.entity !== 'observation' && query.entity !== 'submission')
      throw new AppError(403, 'forbidden', `only admins read the ${query.entity} history`);
    const regionId = keyRegion ?? query.regionId;
    if (regionId === undefined || !Number.isInteger(regionId))
      throw new AppError(422, 'validation_failed', 'name a key or a regionId', {
        issues: [{ path: 'query.key', message: 'key or regionId required' }],
      });
    await assertInScope(c, user, regionId);
    if (query.regionId !== undefined && query.regionId !== regionId)
      await assertInScope(c, user, query.regionId);
  }
  return listChanges(c.var.db, query);
}

export const changeLogRoutes = createRouter()
  .openapi(listRoute, async (c) => {
    return c.json({ entries: await checkedQuery(c, c.req.valid('query')) }, 200);
  })
  .openapi(exportRoute, async (c) => {
    const entries = await checkedQuery(c, c.req.valid('query'));
    const rows = [
      ['id', 'at', 'entity', 'key', 'user', 'channel', 'old', 'new', 'note'],
      ...entries.map((e) => [
        e.id,
        e.at,
        e.entity,
        e.key,
        e.user,
        e.channel,
        e.oldValue === null ? '' : JSON.stringify(e.oldValue),
        e.newValue === null ? '' : JSON.stringify(e.newValue),
        e.note,
      ]),
    ];
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', 'attachment; filename="change-log.csv"');
    return c.body(toCsv(rows), 200);
  });
