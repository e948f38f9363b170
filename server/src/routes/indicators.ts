import { createRoute, z } from '@hono/zod-openapi';
import { IdParamSchema, textSchema } from '@targetboard/shared/api/fields';
import { appendChanges } from '@targetboard/db/repositories/change-log.repository';
import {
  findIndicatorById,
  findMergeClashes,
  insertIndicator,
  listIndicatorNames,
  listIndicators,
  mergeIndicatorInto,
  updateIndicator,
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
import { AppError } from '../http/errors';
import { isUniqueViolation } from '../http/pg-errors';
import { json, pickErrors } from '../http/responses';
import { createRouter } from '../http/router';

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
    const body = c.req.valid('json');
    try {
      const indicator = await c.var.db.transaction().execute(async (trx) => {
        const created = await insertIndicator(trx, body);
        await appendChanges(trx, [
          {
            entity: 'indicator',
            key: String(created.id),
            oldValue: null,
            newValue: created,
            user: currentUser(c).username,
            channel: 'api',
          },
        ]);
        return created;
      });
      return c.json({ indicator }, 201);
    } catch (error) {
      if (isUniqueViolation(error))
        throw new AppError(409, 'conflict', `an indicator named ${body.name} exists`);
      throw error;
    }
  })
  .openapi(updateIndicatorRoute, async (c) => {
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    try {
      const indicator = await c.var.db.transaction().execute(async (trx) => {
        const before = await findIndicatorById(trx, id);
        if (!before) throw new AppError(404, 'not_found', `no indicator ${id}`);
        // A rename keeps the old name findable: it becomes a synonym.
        const synonyms =
          body.name && body.name !== before.name
            ? [...new Set([...(body.synonyms ?? before.synonyms), before.name])]
            : body.synonyms;
        const updated = (await updateIndicator(trx, id, {
          ...body,
          ...(synonyms && { synonyms }),
        }))!;
        await appendChanges(trx, [
          {
            entity: 'indicator',
            key: String(id),
            oldValue: before,
            newValue: updated,
            user: currentUser(c).username,
            channel: 'api',
          },
        ]);
        return updated;
      });
      return c.json({ indicator }, 200);
    } catch (error) {
      if (isUniqueViolation(error))
        throw new AppError(409, 'conflict', `an indicator named ${body.name} exists`);
      throw error;
    }
  })
  .openapi(mergeRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { intoId } = c.req.valid('json');
    if (id === intoId)
      throw new AppError(422, 'validation_failed', 'an indicator cannot be merged into itself', {
        issues: [{ path: 'json.intoId', message: 'same indicator' }],
      });
    const result = await c.var.db.transaction().execute(async (trx) => {
      const [from, into] = await Promise.all([
        findIndicatorById(trx, id),
        findIndicatorById(trx, intoId),
      ]);
      if (!from) throw new AppError(404, 'not_found', `no indicator ${id}`);
      if (!into) throw new AppError(404, 'not_found', `no indicator ${intoId}`);
      const clashes = await findMergeClashes(trx, id, intoId);
      if (clashes.length > 0) {
        throw new AppError(
          409,
          'conflict',
          `both indicators hold figures for the same region and quarter (${clashes.length}${clashes.length === 50 ? '+' : ''}); resolve them first`,
          { clashes },
        );
      }
      const moved = await mergeIndicatorInto(trx, id, intoId);
      await appendChanges(trx, [
        {
          entity: 'indicator',
          key: String(id),
          oldValue: from,
          newValue: { mergedInto: intoId, ...moved },
          user: currentUser(c).username,
          channel: 'api',
        },
      ]);
      return { indicator: (await findIndicatorById(trx, intoId))!, moved };
    });
    return c.json(result, 200);
  });
