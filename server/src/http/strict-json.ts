import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './env';
import { AppError } from './errors';

const JSON_TYPE = /^application\/([a-z-.]+\+)?json\b/i;

/**
 * 400 for a JSON body that is not valid UTF-8. The JSON parser would quietly turn each bad
 * byte into U+FFFD, and a figure's note or a target's name would be stored mangled.
 */
export const strictUtf8Json = createMiddleware<AppEnv>(async (c, next) => {
  if (c.req.raw.body && JSON_TYPE.test(c.req.header('content-type') ?? '')) {
    // Read once here; Hono keeps the bytes for the validator's c.req.json().
    const bytes = await c.req.arrayBuffer();
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new AppError(400, 'bad_request', 'the JSON body is not valid UTF-8');
    }
  }
  await next();
});
