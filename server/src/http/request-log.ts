import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './env';

/** One structured line per API request: method, path, status, duration, request id. */
export const requestLog = createMiddleware<AppEnv>(async (c, next) => {
  const started = performance.now();
  await next();
  c.var.logger.info('request', {
    requestId: c.var.requestId,
    method: c.req.method,
    path: c.req.path,
    status: c.res.status,
    ms: Math.round((performance.now() - started) * 10) / 10,
  });
});
