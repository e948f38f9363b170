import { createRoute, z } from '@hono/zod-openapi';
import { IdParamSchema, textSchema } from '@targetboard/shared/api/fields';
import {
  listIndicatorNames,
  listIndicators,
} from '@targetboard/db/repositories/indicators.repository';
import { IndicatorSuggestionSchema } from '@targetboard/shared/api/documents.schema';
import {
  CreateIndicatorBodySchema,
  IndicatorSchema,
  MergeIndicatorBodySchema,
  UpdateIndicatorBodySchema,
} from '@targetboard/shared/api/indicators.schema';
import { suggestIndicators } from '@targetboard/shared/indicators/match-indicator';
import { currentUser, requireRole, requireUser } from '../auth/guards';
import { json, pickErrors } from '../http/responses';
import { createRouter } from '../http/router';
import { createIndicator, editIndicator, mergeIndicator } from '../services/indicators.service';

const IdParam = z.object({ id: IdParamSchema });
/**
 * Bureau staff who review plans may add to the catalogue (confirming a target adds too). Renames,
 * unit changes and merges rewrite every region's targets and figures: admins only.
 */
const CATALOGUE_ROLES = ['approver'] as const;

const listRoute = createRoute({
  method: 'get',
  operationId: 'listIndicators',
  path: '/indicators',
  tags: ['indicators'],
  summary: 'The indicator catalogue with usage counts',
  middleware: [requireUser] as const,
  responses: {
    200: { description: 'Indicators', ...json(z.object({ indicators: z.array(IndicatorSchema) })) },
    ...pickErrors(401),
  },
});

const suggestRoute = createRoute({
  method: 'get',
  operationId: 'suggestIndicators',
  path: '/indicators/suggest',
  tags: ['indicators'],
  summary: 'Catalogue indicators close to a name (exact and synonym matches score 1)',
  middleware: [requireUser] as const,
  request: { query: z.object({ name: textSchema().min(1).max(200) }) },
  responses: {
    200: {
      description: 'Suggestions',
      ...json(z.object({ suggestions: z.array(IndicatorSuggestionSchema) })),
    },
    ...pickErrors(401, 422),
  },
});

const createIndicatorRoute = createRoute({
  method: 'post',
  operationId: 'createIndicator',
  path: '/indicators',
  tags: ['indicators'],
  summary: 'Add an indicator to the catalogue',
  middleware: [requireRole(...CATALOGUE_ROLES)] as const,
  request: { body: { ...json(CreateIndicatorBodySchema), required: true } },
  responses: {
    201: { description: 'Created', ...json(z.object({ indicator: IndicatorSchema })) },
    ...pickErrors(401, 403, 409, 422),
  },
});

const updateIndicatorRoute = createRoute({
  method: 'patch',
  operationId: 'updateIndicator',
  path: '/indicators/{id}',
  tags: ['indicators'],
  summary: 'Rename or re-describe an indicator (its targets and figures follow; admin)',
  middleware: [requireRole('admin')] as const,
  request: { params: IdParam, body: { ...json(UpdateIndicatorBodySchema), required: true } },
  responses: {
    200: { description: 'Updated', ...json(z.object({ indicator: IndicatorSchema })) },
    ...pickErrors(401, 403, 404, 409, 422),
  },
});

const mergeRoute = createRoute({
  method: 'post',
  operationId: 'mergeIndicator',
  path: '/indicators/{id}/merge',
  tags: ['indicators'],
  summary:
    'Merge this indicator into another: every target and figure moves, the name becomes a synonym (admin)',
  middleware: [requireRole('admin')] as const,
  request: { params: IdParam, body: { ...json(MergeIndicatorBodySchema), required: true } },
  responses: {
    200: {
      description: 'Merged',
      ...json(
        z.object({
          indicator: IndicatorSchema,
          moved: z.object({ targets: z.number(), observations: z.number() }),
        }),
      ),
    },
    ...pickErrors(401, 403, 404, 409, 422),
  },
});

export const indicatorRoutes = createRouter()
  .openapi(listRoute, async (c) => c.json({ indicators: await listIndicators(c.var.db) }, 200))
  .openapi(suggestRoute, async (c) => {
    const { name } = c.req.valid('query');
    return c.json(
      { suggestions: suggestIndicators(name, await listIndicatorNames(c.var.db)) },
      200,
    );
  })
  .openapi(createIndicatorRoute, async (c) => {
    const indicator = await createIndicator(c.var.db, currentUser(c), c.req.valid('json'));
    return c.json({ indicator }, 201);
  })
  .openapi(updateIndicatorRoute, async (c) => {
    const { id } = c.req.valid('param');
    const changes = c.req.valid('json');
    const indicator = await editIndicator(c.var.db, currentUser(c), { id, changes });
    return c.json({ indicator }, 200);
  })
  .openapi(mergeRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { intoId } = c.req.valid('json');
    return c.json(await mergeIndicator(c.var.db, currentUser(c), { id, intoId }), 200);
  });
