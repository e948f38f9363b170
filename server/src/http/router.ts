import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './env';
import { validationFailed } from './errors';

/** A router whose failed validations answer 422 in the error envelope, naming the field. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) return validationFailed(c, result.error, result.target);
    },
  });
}
