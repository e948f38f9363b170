import { createRoute, z } from '@hono/zod-openapi';
import { IdParamSchema } from '@targetboard/shared/api/fields';
import {
  countChildren,
  findRegionById,
  findRootRegion,
  listAncestors,
  listChildren,
  searchRegions,
} from '@targetboard/db/repositories/regions.repository';
import {
  CreateRegionBodySchema,
  RegionDetailSchema,
  RegionListQuerySchema,
  RegionSchema,
} from '@targetboard/shared/api/regions.schema';
import { currentUser, requireRole, requireUser } from '../auth/guards';
import { AppError } from '../http/errors';
import { json, pickErrors } from '../http/responses';
import { createRouter } from '../http/router';
import { addCustomRegion } from '../services/regions.service';

const IdParam = z.object({ id: IdParamSchema });

const listRoute = createRoute({
  method: 'get',
  operationId: 'listRegions',
  path: '/regions',
  tags: ['regions'],
  summary: 'Search regions (q), or list the children of parentId (default: the provinces)',
  description:
    'With q: name substring, code prefix, pinyin or initials prefix, case-insensitive, ordered ' +
    'by level then code, at most `limit`, within parentId when given. Without q: all children.',
  middleware: [requireUser] as const,
  request: { query: RegionListQuerySchema },
  responses: {
    200: { description: 'Regions', ...json(z.object({ regions: z.array(RegionSchema) })) },
    ...pickErrors(401, 404, 422),
  },
});

const getRoute = createRoute({
  method: 'get',
  operationId: 'getRegion',
  path: '/regions/{id}',
  tags: ['regions'],
  summary: 'One region with its ancestors (root first) and number of children',
  middleware: [requireUser] as const,
  request: { params: IdParam },
  responses: {
    200: { description: 'The region', ...json(z.object({ region: RegionDetailSchema })) },
    ...pickErrors(401, 404, 422),
  },
});

const createRegionRoute = createRoute({
  method: 'post',
  operationId: 'createRegion',
  path: '/regions',
  tags: ['regions'],
  summary: 'Add a custom unit under a parent (admin, or reporter/approver whose scope covers it)',
  middleware: [requireRole('reporter', 'approver')] as const,
  request: { body: { ...json(CreateRegionBodySchema), required: true } },
  responses: {
    201: { description: 'Created', ...json(z.object({ region: RegionSchema })) },
    ...pickErrors(400, 401, 403, 409, 422),
  },
});

export const regionRoutes = createRouter()
  .openapi(listRoute, async (c) => {
    const { q, parentId, limit, inScope } = c.req.valid('query');
    const db = c.var.db;
    if (parentId !== undefined && !(await findRegionById(db, parentId)))
      throw new AppError(404, 'not_found', `no region ${parentId}`);
    if (q) {
      const user = currentUser(c);
      const scoped = inScope && user.role !== 'admin';
      // A non-admin with no region has no scope at all: nothing to offer.
      if (scoped && user.regionId === null) return c.json({ regions: [] }, 200);
      const scopeId = scoped ? (user.regionId ?? undefined) : undefined;
      return c.json(
        { regions: await searchRegions(db, q, { limit, withinId: parentId, scopeId }) },
        200,
      );
    }
    const parent = parentId ?? (await findRootRegion(db))?.id;
    return c.json({ regions: parent === undefined ? [] : await listChildren(db, parent) }, 200);
  })
  .openapi(getRoute, async (c) => {
    const { id } = c.req.valid('param');
    const region = await findRegionById(c.var.db, id);
    if (!region) throw new AppError(404, 'not_found', `no region ${id}`);
    const [path, childCount] = await Promise.all([
      listAncestors(c.var.db, id),
      countChildren(c.var.db, id),
    ]);
    return c.json({ region: { ...region, path, childCount } }, 200);
  })
  .openapi(createRegionRoute, async (c) => {
    const region = await addCustomRegion(c.var.db, currentUser(c), c.req.valid('json'));
    return c.json({ region }, 201);
  });
