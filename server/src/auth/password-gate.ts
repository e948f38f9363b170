import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../http/env';
import { AppError } from '../http/errors';

/** What an account that must change its password may still do: see itself, change it, leave. */
const OPEN = new Set([
  'GET /api/auth/me',
  'POST /api/auth/password',
  'POST /api/auth/logout',
  'POST /api/auth/login',
  'GET /api/health',
  'GET /api/openapi.json',
]);

/**
 * 403 for every other request of a user whose password was generated or shared (the demo's,
 * a printed first-admin password) until they set their own: whoever read it in a terminal or
 * a README cannot use the account after its owner has.
 */
export const requireOwnPassword = createMiddleware<AppEnv>(async (c, next) => {
  if (c.var.user?.mustChangePassword && !OPEN.has(`${c.req.method} ${c.req.path}`)) {
    throw new AppError(403, 'forbidden', '请先修改初始密码（password_change_required）', {
      reason: 'password_change_required',
    });
  }
  await next();
});
