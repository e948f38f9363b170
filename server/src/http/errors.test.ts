import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import type { ErrorEnvelope } from '@targetboard/shared/api/errors';
import type { AppEnv } from './env';
import { AppError, handleError } from './errors';
import { createLogger } from './logger';
import { createRouter } from './router';

// A probe route built with the same router factory and error handler as every real route,
// so the envelope for malformed and invalid bodies is pinned before any write route exists.
function probeApp(logLines: string[] = []) {
  const route = createRoute({
    method: 'post',
    path: '/probe',
    request: {
      body: {
        content: {
          'application/json': {
            schema: z.object({ title: z.string().min(1), year: z.number().int() }),
          },
        },
      },
    },
    responses: { 200: { description: 'ok' } },
  });
  const router = createRouter().openapi(route, (c) => {
    const body = c.req.valid('json');
    if (body.title === 'boom') throw new Error('secret internals');
    if (body.title === 'taken') throw new AppError(409, 'conflict', 'already exists', { id: 7 });
    return c.json({ ok: true }, 200);
  });
  const app = new OpenAPIHono<AppEnv>();
  app.use('*', async (c, next) => {
    c.set(
      'logger',
      createLogger('debug', (_level, line) => logLines.push(line)),
    );
    c.set('requestId', 'req-1');
    await next();
  });
  app.route('/', router);
  app.onError(handleError);
  return app;
}

const post = (app: ReturnType<typeof probeApp>, body: string) =>
  app.request('/probe', { method: 'POST', body, headers: { 'content-type': 'application/json' } });

describe('error envelope', () => {
  it('answers malformed JSON with 400', async () => {
    const res = await post(probeApp(), '{"title": ');
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorEnvelope).error.code).toBe('bad_request');
  });

  it('answers invalid input with 422 naming the field', async () => {
    const res = await post(probeApp(), JSON.stringify({ title: 'x', year: 'twenty' }));
    expect(res.status).toBe(422);
    const body = (await res.json()) as ErrorEnvelope;
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.message).toContain('json.year');
    expect(body.error.details).toEqual({
      issues: [expect.objectContaining({ path: 'json.year' })],
    });
  });

  it('passes an AppError through with its status, code and details', async () => {
    const res = await post(probeApp(), JSON.stringify({ title: 'taken', year: 2017 }));
    expect(res.status).toBe(409);
    expect(await res.json()).toEqual({
      error: { code: 'conflict', message: 'already exists', details: { id: 7 } },
    });
  });

  it('answers an unexpected failure with 500 and no internals, and logs them', async () => {
    const logged: string[] = [];
    const res = await post(probeApp(logged), JSON.stringify({ title: 'boom', year: 2017 }));
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toContain('secret internals');
    expect(text).not.toContain('at ');
    expect(JSON.parse(text)).toEqual({
      error: {
        code: 'internal',
        message: 'internal server error',
        details: { requestId: 'req-1' },
      },
    });
    expect(logged.join('\n')).toContain('secret internals');
  });
});
