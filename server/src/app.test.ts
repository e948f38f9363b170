import SwaggerParser from '@apidevtools/swagger-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '@targetboard/db/testing/create-test-db';
import type { ErrorEnvelope } from '@targetboard/shared/api/errors';
import { JSON_BODY_LIMIT } from './app';
import { createTestApp } from './testing/test-app';

describe(`app on ${testEngine()}`, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('answers health with the engine it runs on', async () => {
    const res = await t.client.api.health.$get();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      status: 'ok',
      db: testEngine(),
      version: 'test',
      timeZone: 'Asia/Shanghai',
    });
  });

  it('sets security headers', async () => {
    const res = await t.app.request('/api/health');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('content-security-policy')).not.toContain(
      "'unsafe-inline' 'unsafe-eval'",
    );
  });

  it('answers an unknown route with 404 in the envelope', async () => {
    const res = await t.app.request('/api/no-such-thing');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      error: { code: 'not_found', message: 'no route for GET /api/no-such-thing' },
    });
  });

  it('answers a wrong method with 405 and Allow', async () => {
    const res = await t.app.request('/api/health', { method: 'DELETE' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET');
    expect(((await res.json()) as ErrorEnvelope).error.code).toBe('method_not_allowed');
  });

  it('refuses a huge body with 413 before reading it', async () => {
    const res = await t.app.request('/api/health', {
      method: 'POST',
      body: 'x'.repeat(JSON_BODY_LIMIT + 1),
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as ErrorEnvelope).error.code).toBe('payload_too_large');
  });

  it('serves an OpenAPI 3.1 document that an independent validator accepts', async () => {
    const res = await t.app.request('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toContain('/api/health');
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeTruthy();
  });
});
