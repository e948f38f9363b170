import { createRoute, type z } from '@hono/zod-openapi';
import { readDataRevision } from '@targetboard/db/repositories/data-revision.repository';
import { ROOT_REGION } from '@targetboard/db/seed/regions.seed';
import { findRegionPath, type RegionPath } from '@targetboard/db/repositories/regions.repository';
import {
  type DashboardReply,
  DashboardQuerySchema,
  DashboardReplySchema,
} from '@targetboard/shared/api/dashboard.schema';
import { countTargetsByYear } from '@targetboard/db/repositories/targets.repository';
import type { Region } from '@targetboard/shared/api/regions.schema';
import type { User } from '@targetboard/shared/api/users.schema';
import type { Context, TypedResponse } from 'hono';
import { createMiddleware } from 'hono/factory';
import { currentUser, readableRegionIds, requireUser } from '../auth/guards';
import { pathInScope } from '../auth/scope';
import type { AppEnv } from '../http/env';
import { AppError } from '../http/errors';
import { fileResponse, json, pickErrors } from '../http/responses';
import { createRouter } from '../http/router';
import { currentQuarter, keptDashboard, openingPeriod } from '../services/dashboard.service';
import type { DashboardPeriod } from '../services/dashboard-lookups';
import { acceptedEncoding, keptJsonBody } from '../http/kept-json';
import { dashboardFileName, dashboardXlsx } from '../services/dashboard-xlsx';
import { sourceLine } from '@targetboard/shared/export/source-line';
import { resolveDashboard } from '@targetboard/shared/api/dashboard-resolve';

const dashboardRoute = createRoute({
  method: 'get',
  operationId: 'getDashboard',
  path: '/dashboard',
  tags: ['dashboard'],
  summary: 'Every child region × applicable indicator: target, figure, status, reason, trend',
  description:
    'Computed live from the tables (no batch job). `region` is a region code (default: your ' +
    'scope region, or 全国 for admins); without `year` the grid opens on the latest quarter with figures in the region or below (else the latest year with confirmed targets: its Q4, or the current quarter in the current year); rows with figures come first. ' +
    'Cells and targets are sent in columns (one array per field; a national grid is ~2,600 ' +
    'cells): each cell names its target (own or inherited, with the source sentence) by index ' +
    'in `targets`, where each is listed once, its status and reason code by index in `statuses` ' +
    'and `reasons` (from shared/targets), and carries the figure judged, the figures of ' +
    '`trendQuarters` and the roll-up counts over the region’s own sub-regions; ' +
    '`resolveDashboard` (shared/src/api/dashboard-resolve.ts) rebuilds the cells as objects, ' +
    'the reason sentence, the flag on a child target weaker than the parent’s and the rest. ' +
    '403 outside your scope.',
  middleware: [requireUser] as const,
  request: { query: DashboardQuerySchema },
  responses: {
    200: { description: 'The grid', ...json(DashboardReplySchema) },
    ...pickErrors(401, 403, 404, 422),
  },
});

/**
 * The region a query asks for (by code; else the caller's own, or 全国 for admins) with its
 * ancestors: one statement, kept per data revision with the grids, so a warm request reads no
 * region. Regions bump the revision, so a renamed or moved region is read afresh.
 */
async function regionPathAsked(
  c: Context<AppEnv>,
  user: User,
  revision: string | undefined,
  code?: string,
): Promise<RegionPath> {
  const find = (by: { id: number } | { code: string }) => {
    const key = 'id' in by ? `id|${by.id}` : `code|${by.code}`;
    // Read with the session when it was asked for (`regionPathWithSession`): the same
    // snapshot as the revision it is kept under, one round trip fewer before the grid.
    const ahead = c.var.sessionRegionPath;
    const wanted = c.var.regionPathWanted;
    const read = () =>
      ahead !== undefined && wanted && 'code' in wanted && 'code' in by && wanted.code === by.code
        ? Promise.resolve(ahead)
        : findRegionPath(c.var.db, by);
    const paths = c.var.dashboardLookups?.paths;
    return paths ? paths.get(c.var.db, key, read, revision) : read();
  };
  if (code !== undefined) {
    const path = await find({ code });
    if (!path) throw new AppError(404, 'not_found', `no region with code ${code}`);
    return path;
  }
  if (user.role !== 'admin') {
    if (user.regionId === null)
      throw new AppError(403, 'forbidden', 'your account has no region to show');
    const own = await find({ id: user.regionId });
    if (own) return own;
  }
  const root = await find({ code: ROOT_REGION.code });
  if (!root) throw new AppError(404, 'not_found', 'the regions are not loaded yet');
  return root;
}

/**
 * Asks the session's statement to read the region a dashboard names (its `region` code)
 * beside the session: the route's first read, otherwise a round trip of its own before the
 * grid's. Registered ahead of loadSession for the dashboard's paths; nothing is read without
 * a session, and the path is used only after the user and scope checks, as one read apart.
 */
export const regionPathWithSession = createMiddleware<AppEnv>(async (c, next) => {
  // Only a code the route's own schema accepts: this runs before validation, and a code
  // the database cannot take (a NUL) must reach the 422, not the session's statement.
  const asked = DashboardQuerySchema.shape.region.safeParse(c.req.query('region'));
  const code = asked.success ? asked.data : undefined;
  c.set('regionPathWanted', code ? { code } : undefined);
  await next();
});

const dashboardXlsxRoute = createRoute({
  method: 'get',
  operationId: 'exportDashboardXlsx',
  path: '/export/dashboard.xlsx',
  tags: ['dashboard'],
  summary:
    'The same grid as XLSX: units in the header, status colours and icons, rule and reason as notes',
  middleware: [requireUser] as const,
  request: { query: DashboardQuerySchema },
  responses: { 200: fileResponse('XLSX file', ['xlsx']), ...pickErrors(401, 403, 404, 422) },
});

/**
 * The period a dashboard opened without one shows: the latest quarter with figures in the
 * region asked for (within the caller's scope), else the plan year with the most confirmed
 * targets in scope up to this year (the latest on a tie). A plan's trajectory years
 * (2020年达到…) carry a target or two; its own year carries the plan.
 */
function openingPeriodOf(
  c: Context<AppEnv>,
  user: User,
  region: Region,
  revision: string | undefined,
): Promise<DashboardPeriod> {
  const find = () =>
    openingPeriod(c.var.db, region.id, async () => {
      const counts = await countTargetsByYear(c.var.db, await readableRegionIds(c, user));
      const current = currentQuarter().year;
      const best = counts
        .filter((r) => r.year <= current)
        .sort((a, b) => b.targets - a.targets || b.year - a.year)[0];
      return best ? [best.year] : [];
    });
  const openings = c.var.dashboardLookups?.openings;
  if (!openings) return find();
  // Today's quarter is part of the answer (the latest figure up to now, the plan-year rule).
  const today = currentQuarter();
  const scope = user.role === 'admin' ? 'all' : String(user.regionId);
  const key = `${region.id}|${scope}|${today.year}Q${today.quarter}`;
  return openings.get(c.var.db, key, find, revision);
}

/** The grid a query asks for, after the scope check; the JSON and the XLSX share it. */
async function loadDashboard(c: Context<AppEnv>, query: z.infer<typeof DashboardQuerySchema>) {
  const user = currentUser(c);
  // The revision the session's statement read on this db, else read once here for both caches.
  const kept = c.var.dashboardCache !== undefined || c.var.dashboardLookups !== undefined;
  const revision = c.var.dataRevision ?? (kept ? await readDataRevision(c.var.db) : undefined);
  const { region, ancestors } = await regionPathAsked(c, user, revision, query.region);
  if (!pathInScope(user, { region, ancestors })) {
    throw new AppError(403, 'forbidden', 'this region is outside your scope', {
      regionId: region.id,
    });
  }
  const now =
    query.year === undefined ? await openingPeriodOf(c, user, region, revision) : currentQuarter();
  return keptDashboard(
    c.var.db,
    {
      region,
      ancestors,
      year: query.year ?? now.year,
      quarter: (query.quarter ?? (query.year === undefined ? now.quarter : 4)) as 1 | 2 | 3 | 4,
      category: query.category || null,
      scopeRegionId: user.role === 'admin' ? null : user.regionId,
    },
    // Four of the pool's connections at most for one grid, so other requests keep theirs.
    {
      cache: c.var.dashboardCache,
      revision,
      connections: c.var.engine === 'pglite' ? 1 : 4,
    },
  );
}

export const dashboardRoutes = createRouter()
  .openapi(dashboardRoute, async (c) => {
    const { reply, bodies } = await loadDashboard(c, c.req.valid('query'));
    // Sent as bytes kept with the grid: serialised and compressed once per data revision,
    // reader scope (the path's readable flags) and encoding.
    const encoding = acceptedEncoding(c.req.header('Accept-Encoding'));
    const scope = reply.path.filter((p) => p.readable).length;
    const body = await keptJsonBody(bodies, String(scope), encoding, () => reply);
    c.header('Cache-Control', 'no-store');
    c.header('Content-Type', 'application/json');
    c.header('Vary', 'Accept-Encoding');
    if (encoding !== 'identity') c.header('Content-Encoding', encoding);
    // The bytes are the reply's JSON: typed as c.json would type it, for the typed client.
    return c.body(body, 200) as unknown as TypedResponse<DashboardReply, 200, 'json'>;
  })
  .openapi(dashboardXlsxRoute, async (c) => {
    const reply = resolveDashboard((await loadDashboard(c, c.req.valid('query'))).reply);
    const { name, ascii } = dashboardFileName(reply);
    c.header(
      'Content-Disposition',
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    );
    c.header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    c.header('Cache-Control', 'no-store');
    return c.body(await dashboardXlsx(reply, sourceLine(new Date(), c.var.timeZone)), 200);
  });
