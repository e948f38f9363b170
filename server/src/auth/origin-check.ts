import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../http/env';
import { AppError } from '../http/errors';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF defence for cookie-authenticated writes: a browser always sends Origin (or at least
 * Sec-Fetch-Site) on a cross-site POST, so a write whose Origin is not this server's own,
 * or one marked cross-site, is refused. Requests with neither header are not from a browser
 * page and carry no ambient cookie risk.
 */
export function originCheck(allowedOrigins: readonly string[]) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (!SAFE.has(c.req.method)) {
      const origin = c.req.header('origin');
      const self = new URL(c.req.url).origin;
      const forwardedHost = c.var.trustProxy ? c.req.header('x-forwarded-host') : undefined;
      const allowed = new Set([self, ...allowedOrigins]);
      if (forwardedHost)
        allowed.add(`${c.req.header('x-forwarded-proto') ?? 'http'}://${forwardedHost}`);
      if (origin !== undefined && origin !== 'null' ? !allowed.has(origin) : origin === 'null') {
        throw new AppError(403, 'forbidden', `cross-origin write refused (Origin ${origin})`);
      }
      if (origin === undefined && c.req.header('sec-fetch-site') === 'cross-site') {
        throw new AppError(403, 'forbidden', 'cross-site write refused');
      }
    }
    await next();
  });
}
