import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../http/env';
import { AppError } from '../http/errors';
import { isHttps } from './client-address';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF defence for cookie-authenticated writes: a browser always sends Origin (or at least
 * Sec-Fetch-Site) on a cross-site POST, so a write whose Origin is not this server's own,
 * or one marked cross-site, is refused. Requests with neither header are not from a browser
 * page and carry no ambient cookie risk.
 *
 * "Own" is the Host the request was sent to, over HTTPS too when a trusted proxy terminated
 * TLS, plus ALLOWED_ORIGINS. X-Forwarded-Host never widens it: many proxies pass a client's
 * header through, and a proxy that rewrites Host needs its public origin in ALLOWED_ORIGINS.
 */
export function originCheck(allowedOrigins: readonly string[]) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (!SAFE.has(c.req.method)) {
      const origin = c.req.header('origin');
      const url = new URL(c.req.url);
      const allowed = new Set([url.origin, ...allowedOrigins]);
      if (isHttps(c, c.var.trustProxy)) allowed.add(`https://${url.host}`);
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
