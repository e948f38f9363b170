import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import type { DbHandle } from '@targetboard/db/create-db';
import { errorEnvelope } from '@targetboard/shared/api/errors';
import { DEFAULT_TIME_ZONE } from '@targetboard/shared/time/bureau-time';
import { compressReplies } from './http/compress-replies';
import type { AppEnv } from './http/env';
import { AppError, handleError } from './http/errors';
import { createLogger, type Logger } from './http/logger';
import { allowedMethods, fixedPathMethods } from './http/method-not-allowed';
import { strictUtf8Json } from './http/strict-json';
import { requestLog } from './http/request-log';
import { loadSession, SESSION_COOKIE } from './auth/session';
import { originCheck } from './auth/origin-check';
import { requireOwnPassword } from './auth/password-gate';
import { authRoutes } from './routes/auth';
import { documentRoutes } from './routes/documents';
import { DOCUMENT_MAX_BYTES } from './services/documents.service';
import type { KeptGrid } from './services/dashboard.service';
import { GridCache } from './services/grid-cache';
import { createDashboardLookups } from './services/dashboard-lookups';
import { healthRoutes } from './routes/health';
import { indicatorRoutes } from './routes/indicators';
import { dashboardRoutes, regionPathWithSession } from './routes/dashboard';
import { targetRoutes } from './routes/targets';
import { userRoutes } from './routes/users';
import { regionRoutes } from './routes/regions';
import { IMPORT_BODY_LIMIT, observationRoutes } from './routes/observations';
import { submissionRoutes } from './routes/submissions';
import { deadlineRoutes } from './routes/deadlines';
import { changeLogRoutes } from './routes/change-log';
import { routeReadsToReplica } from './http/read-replica';
import { inlineScriptSources, serveWeb } from './http/serve-web';
import { openApiInfo } from './http/openapi-info';
import { trendRoutes } from './routes/trends';
import { exportRoutes } from './routes/exports';
import { alertRoutes } from './routes/alerts';

export interface AppOptions {
  database: Pick<DbHandle, 'db' | 'engine'>;
  version?: string;
  logger?: Logger;
  /** Folder of the built web app; when set, it is served for every non-API GET. */
  webDist?: string | undefined;
  /** How many proxies in front append to X-Forwarded-For/-Proto (TRUST_PROXY=n); 0 or unset trusts none. */
  trustProxy?: number;
  /** The bureau's IANA time zone (APP_TIME_ZONE); Asia/Shanghai when unset. */
  timeZone?: string;
  /** Origins besides the server's own allowed to write with the session cookie. */
  allowedOrigins?: readonly string[];
  /** Keep computed dashboard grids and the regions they were asked of until the data they read changes (default on). */
  dashboardCache?: boolean;
  /** A streaming replica (DATABASE_REPLICA_URL) that dashboards, trends and exports read. */
  replica?: Pick<DbHandle, 'db'> | undefined;
  /** Whether alerts can go out by e-mail (SMTP_URL is set); offered to users only then. */
  emailAvailable?: boolean;
}

/** JSON bodies above this are refused with 413 before they are read whole. */
export const JSON_BODY_LIMIT = 1024 * 1024;

/** Paths that take files, with their own body limit; every other path keeps JSON_BODY_LIMIT. */
export const BODY_LIMITS: Readonly<Record<string, number>> = {
  '/api/observations/import': IMPORT_BODY_LIMIT,
  // The file limit plus room for the multipart envelope; the file itself is checked exactly.
  '/api/documents': DOCUMENT_MAX_BYTES + 64 * 1024,
};

function limitBody(maxSize: number) {
  return bodyLimit({
    maxSize,
    onError: () => {
      throw new AppError(413, 'payload_too_large', `request body is larger than ${maxSize} bytes`);
    },
  });
}

/** Builds the whole HTTP app; no listening, so tests drive it in-process. */
export function createApp(options: AppOptions) {
  const logger = options.logger ?? createLogger('silent');
  const version = options.version ?? '0.0.0';
  const app = new OpenAPIHono<AppEnv>();
  const keep = options.dashboardCache !== false;
  const dashboardCache = keep ? new GridCache<KeptGrid>() : undefined;
  const dashboardLookups = keep ? createDashboardLookups() : undefined;

  const inlineScripts = options.webDist ? inlineScriptSources(options.webDist) : () => '';
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        // Besides files from here, only the built page's own inline scripts, by their hashes.
        scriptSrc: ["'self'", () => inlineScripts()],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
      },
    }),
  );
  // JSON answers shrink about tenfold (a national grid from ~1.9 MB), small ones go as they
  // are; built assets are compressed once at build time instead (serve-web.ts).
  app.use('/api/*', compressReplies());
  app.use('/api/*', requestId(), async (c, next) => {
    c.set('db', options.database.db);
    c.set('engine', options.database.engine);
    c.set('version', version);
    c.set('logger', logger);
    c.set('trustProxy', options.trustProxy ?? 0);
    c.set('timeZone', options.timeZone ?? DEFAULT_TIME_ZONE);
    c.set('dashboardCache', dashboardCache);
    c.set('dashboardLookups', dashboardLookups);
    c.set('emailAvailable', options.emailAvailable ?? false);
    await next();
  });
  app.use('/api/*', requestLog);
  const defaultLimit = limitBody(JSON_BODY_LIMIT);
  const pathLimits = new Map(
    Object.entries(BODY_LIMITS).map(([path, size]) => [path, limitBody(size)]),
  );
  app.use('/api/*', (c, next) => (pathLimits.get(c.req.path) ?? defaultLimit)(c, next));
  app.use(
    '/api/*',
    fixedPathMethods(() => app.routes),
    strictUtf8Json,
  );

  // The dashboard's region is read in the session's statement (one round trip before a grid).
  app.use('/api/dashboard', regionPathWithSession);
  app.use('/api/export/dashboard.xlsx', regionPathWithSession);
  app.use('/api/*', originCheck(options.allowedOrigins ?? []), loadSession, requireOwnPassword);
  if (options.replica) app.use('/api/*', routeReadsToReplica(options.replica.db));

  const routes = app
    .route('/api', healthRoutes)
    .route('/api', authRoutes)
    .route('/api', userRoutes)
    .route('/api', regionRoutes)
    .route('/api', observationRoutes)
    .route('/api', submissionRoutes)
    .route('/api', deadlineRoutes)
    .route('/api', changeLogRoutes)
    .route('/api', documentRoutes)
    .route('/api', targetRoutes)
    .route('/api', indicatorRoutes)
    .route('/api', dashboardRoutes)
    .route('/api', trendRoutes)
    .route('/api', exportRoutes)
    .route('/api', alertRoutes);

  app.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description:
      'The HttpOnly session cookie that POST /api/auth/login sets. There is no CSRF token: a ' +
      'write whose Origin is not this server (or one marked Sec-Fetch-Site: cross-site) is ' +
      'refused with 403.',
  });
  app.doc31('/api/openapi.json', openApiInfo(version));

  app.notFound((c) => {
    const allowed = allowedMethods(app.routes, c.req.path);
    if (allowed.length > 0) {
      c.header('Allow', allowed.join(', '));
      return c.json(
        errorEnvelope(
          'method_not_allowed',
          `${c.req.method} is not allowed on ${c.req.path}; use ${allowed.join(', ')}`,
        ),
        405,
      );
    }
    return c.json(errorEnvelope('not_found', `no route for ${c.req.method} ${c.req.path}`), 404);
  });
  app.onError(handleError);

  if (options.webDist) serveWeb(app, options.webDist);
  return routes;
}

export type AppType = ReturnType<typeof createApp>;
