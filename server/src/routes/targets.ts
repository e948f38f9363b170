import { createRoute, z } from '@hono/zod-openapi';
import { IdParamSchema, YearParamSchema } from '@targetboard/shared/api/fields';
import { listTargetYears, listTargets } from '@targetboard/db/repositories/targets.repository';
import {
  BulkConfirmBodySchema,
  CreateTargetBodySchema,
  TARGET_STATES,
  TargetSchema,
  UpdateTargetBodySchema,
} from '@targetboard/shared/api/documents.schema';
import { findReadableDocument } from '../auth/document-scope';
import { currentUser, readableRegionIds, requireRole, requireUser } from '../auth/guards';
import { json, pickErrors } from '../http/responses';
import { createRouter } from '../http/router';
import {
  addTargetFromSpan,
  confirmDocumentDrafts,
  editTarget,
} from '../services/target-review.service';
import { REVIEW_ROLES } from './documents';

const IdParam = z.object({ id: IdParamSchema });
const TargetWithConflicts = z.object({ target: TargetSchema, conflicts: z.array(TargetSchema) });

const listRoute = createRoute({
  method: 'get',
  operationId: 'listTargets',
  path: '/targets',
  tags: ['targets'],
  summary: 'Targets in your scope (confirmed by default), with conflicting pairs',
  middleware: [requireUser] as const,
  request: {
    query: z.object({
      regionId: IdParamSchema.optional(),
      year: YearParamSchema.optional(),
      indicatorId: IdParamSchema.optional(),
      state: z.enum(TARGET_STATES).optional(),
    }),
  },
  responses: {
    200: {
      description: 'Targets',
      ...json(
        z.object({ targets: z.array(TargetSchema), conflicts: z.array(z.array(z.number().int())) }),
      ),
    },
    ...pickErrors(401, 422),
  },
});

const yearsRoute = createRoute({
  method: 'get',
  operationId: 'listTargetYears',
  path: '/targets/years',
  tags: ['targets'],
  summary: 'Years with confirmed targets in your scope, newest first (the default year of views)',
  middleware: [requireUser] as const,
  request: { query: z.object({ indicatorId: IdParamSchema.optional() }) },
  responses: {
    200: { description: 'Years', ...json(z.object({ years: z.array(z.number().int()) })) },
    ...pickErrors(401, 422),
  },
});

const updateRoute = createRoute({
  method: 'patch',
  operationId: 'updateTarget',
  path: '/targets/{id}',
  tags: ['targets'],
  summary: 'Edit, confirm or reject a target at the version you read',
  middleware: [requireRole(...REVIEW_ROLES)] as const,
  request: { params: IdParam, body: { ...json(UpdateTargetBodySchema), required: true } },
  responses: {
    200: { description: 'Updated', ...json(TargetWithConflicts) },
    ...pickErrors(401, 403, 404, 409, 422),
  },
});

const createFromSpanRoute = createRoute({
  method: 'post',
  operationId: 'createTargetFromSpan',
  path: '/documents/{id}/targets',
  tags: ['targets'],
  summary: 'Add a target the extractor missed, from a span of the document text',
  middleware: [requireRole(...REVIEW_ROLES)] as const,
  request: { params: IdParam, body: { ...json(CreateTargetBodySchema), required: true } },
  responses: {
    201: { description: 'Created as a draft', ...json(z.object({ target: TargetSchema })) },
    ...pickErrors(401, 403, 404, 422),
  },
});

const bulkConfirmRoute = createRoute({
  method: 'post',
  operationId: 'confirmDocumentTargets',
  path: '/documents/{id}/targets/confirm',
  tags: ['targets'],
  summary:
    'Confirm every draft target in your scope at or above a confidence that has a value, a region and no catalogue indicator to choose',
  description:
    'Drafts bound to a region outside your scope (a compiled plan holds several regions) are ' +
    'left as drafts for that region, and their ids are listed in `outOfScope`. Drafts whose ' +
    'name is only close to catalogue indicators wait for the reviewer to choose one.',
  middleware: [requireRole(...REVIEW_ROLES)] as const,
  request: { params: IdParam, body: { ...json(BulkConfirmBodySchema), required: true } },
  responses: {
    200: {
      description: 'Confirmed',
      ...json(
        z.object({
          confirmed: z.number().int(),
          skipped: z.number().int(),
          outOfScope: z
            .array(z.number().int())
            .describe('Drafts left unconfirmed: their region is outside your scope'),
          targets: z.array(TargetSchema),
        }),
      ),
    },
    ...pickErrors(401, 403, 404, 422),
  },
});

function conflictPairs(
  targets: {
    id: number;
    indicatorId: number | null;
    regionId: number | null;
    year: number | null;
    scope: string | null;
  }[],
): number[][] {
  const byKey = new Map<string, number[]>();
  for (const t of targets) {
    if (t.indicatorId === null || t.regionId === null) continue;
    const key = `${t.indicatorId}|${t.regionId}|${t.year}|${t.scope ?? ''}`;
    byKey.set(key, [...(byKey.get(key) ?? []), t.id]);
  }
  return [...byKey.values()].filter((ids) => ids.length > 1);
}

export const targetRoutes = createRouter()
  .openapi(yearsRoute, async (c) => {
    const { indicatorId } = c.req.valid('query');
    const regionIds = await readableRegionIds(c, currentUser(c));
    return c.json({ years: await listTargetYears(c.var.db, { indicatorId, regionIds }) }, 200);
  })
  .openapi(listRoute, async (c) => {
    const query = c.req.valid('query');
    const regionIds = await readableRegionIds(c, currentUser(c));
    const targets = await listTargets(c.var.db, { ...query, regionIds });
    return c.json(
      {
        targets,
        conflicts: query.state && query.state !== 'confirmed' ? [] : conflictPairs(targets),
      },
      200,
    );
  })
  .openapi(updateRoute, async (c) => {
    const { id } = c.req.valid('param');
    const result = await editTarget(c.var.db, currentUser(c), {
      id,
      changes: c.req.valid('json'),
    });
    return c.json(result, 200);
  })
  .openapi(createFromSpanRoute, async (c) => {
    const { id } = c.req.valid('param');
    const document = await findReadableDocument(c, id);
    const target = await addTargetFromSpan(c.var.db, currentUser(c), {
      document,
      target: c.req.valid('json'),
    });
    return c.json({ target }, 201);
  })
  .openapi(bulkConfirmRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { minConfidence } = c.req.valid('json');
    const document = await findReadableDocument(c, id);
    const result = await confirmDocumentDrafts(c.var.db, currentUser(c), {
      document,
      minConfidence,
    });
    return c.json(result, 200);
  });
