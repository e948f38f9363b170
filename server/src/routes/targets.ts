import { inferMeasure } from '@targetboard/shared/targets/measure';
import { createRoute, z } from '@hono/zod-openapi';
import { IdParamSchema, YearParamSchema } from '@targetboard/shared/api/fields';
import { appendChanges } from '@targetboard/db/repositories/change-log.repository';
import {
  findTarget,
  insertTargets,
  listDocumentTargets,
  listTargetYears,
  listTargets,
} from '@targetboard/db/repositories/targets.repository';
import {
  BulkConfirmBodySchema,
  CreateTargetBodySchema,
  TARGET_STATES,
  TargetSchema,
  UpdateTargetBodySchema,
} from '@targetboard/shared/api/documents.schema';
import type { Context } from 'hono';
import { findReadableDocument } from '../auth/document-scope';
import {
  assertInScope,
  inScopeOf,
  currentUser,
  readableRegionIds,
  requireRole,
  requireUser,
} from '../auth/guards';
import type { AppEnv } from '../http/env';
import { AppError } from '../http/errors';
import { json, pickErrors } from '../http/responses';
import { createRouter } from '../http/router';
import { changeTarget, confirmDrafts, targetRegion } from '../services/targets.service';
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

async function assertMayReview(c: Context<AppEnv>, regionId: number | null) {
  const user = currentUser(c);
  if (user.role === 'admin') return;
  if (regionId === null)
    throw new AppError(
      403,
      'forbidden',
      'only an admin may review a document whose region is not set',
    );
  await assertInScope(c, user, regionId);
}

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
    const { version, ...changes } = c.req.valid('json');
    // Scope checks run before the transaction: on PGlite's single connection a query on
    // c.var.db inside it would wait for the transaction forever.
    const before = await findTarget(c.var.db, id);
    if (!before) throw new AppError(404, 'not_found', `no target ${id}`);
    await assertMayReview(c, await targetRegion(c.var.db, before));
    // A new region (or none, which falls back to the document's) must be in scope too.
    if (changes.regionId !== undefined)
      await assertMayReview(
        c,
        await targetRegion(c.var.db, { regionId: changes.regionId, documentId: before.documentId }),
      );
    const result = await c.var.db
      .transaction()
      .execute((trx) => changeTarget(trx, id, version, changes, currentUser(c)));
    return c.json(result, 200);
  })
  .openapi(createFromSpanRoute, async (c) => {
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    const document = await findReadableDocument(c, id);
    // Adding to a document is reviewing it; the new target's own region must be in scope too.
    await assertMayReview(c, document.regionId);
    if (body.regionId !== null) await assertMayReview(c, body.regionId);
    const chars = [...document.text];
    if (body.end > chars.length || body.start >= body.end) {
      throw new AppError(
        422,
        'validation_failed',
        `span ${body.start}–${body.end} is outside the text (${chars.length} characters)`,
        {
          issues: [{ path: 'json.end', message: 'outside the document text' }],
        },
      );
    }
    const quote = chars.slice(body.start, body.end).join('');
    const target = await c.var.db.transaction().execute(async (trx) => {
      const [created] = await insertTargets(trx, [
        {
          ...body,
          measure: body.measure ?? inferMeasure(body.kind, body.unit),
          documentId: id,
          regionId: body.regionId ?? document.regionId,
          region: null,
          confidence: 1,
          quote,
        },
      ]);
      await appendChanges(trx, [
        {
          entity: 'target',
          key: String(created!.id),
          oldValue: null,
          newValue: created,
          user: currentUser(c).username,
          channel: 'form',
          note: 'added by hand',
        },
      ]);
      return created!;
    });
    return c.json({ target }, 201);
  })
  .openapi(bulkConfirmRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { minConfidence } = c.req.valid('json');
    const document = await findReadableDocument(c, id);
    await assertMayReview(c, document.regionId);
    const user = currentUser(c);
    // Each draft is judged by its own region: a compiled plan holds parts of several.
    const drafts = (await listDocumentTargets(c.var.db, id)).filter((t) => t.state === 'draft');
    const mayBind = await inScopeOf(
      c,
      user,
      drafts.flatMap((t) => (t.regionId === null ? [] : [t.regionId])),
    );
    const result = await c.var.db
      .transaction()
      .execute((trx) => confirmDrafts(trx, id, minConfidence, mayBind, user));
    return c.json(result, 200);
  });
