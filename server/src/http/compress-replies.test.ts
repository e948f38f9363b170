import { Hono } from 'hono';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@targetboard/db/create-db';
import { createTestDb } from '@targetboard/db/testing/create-test-db';
import { createApp } from '../app';
import { COMPRESS_THRESHOLD_BYTES, compressReplies } from './compress-replies';

const GZIP = { 'Accept-Encoding': 'gzip, deflate, br' };

/** A list whose JSON is about `bytes` long, made of varied words so gzip has work to do. */
const listOfAbout = (bytes: number) =>
  Array.from({ length: Math.ceil(bytes / 24) }, (_, i) => ({ 区县: `第${i}号`, v: i * 7 }));

describe('compressReplies', () => {
  const app = new Hono()
    .use(compressReplies())
    .get('/json/:bytes', (c) => c.json(listOfAbout(Number(c.req.param('bytes')))))
    .get('/missing', (c) => c.json({ error: { code: 'not_found', message: '没有' } }, 404))
    .get('/text', (c) => c.text('x'.repeat(4 * COMPRESS_THRESHOLD_BYTES)));

  it('sends a small JSON reply as it is, with its length', async () => {
    for (const path of ['/json/100', '/missing']) {
      const res = await app.request(path, { headers: GZIP });
      expect(res.headers.get('Content-Encoding')).toBeNull();
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(bytes.length).toBeLessThan(COMPRESS_THRESHOLD_BYTES);
      expect(res.headers.get('Content-Length')).toBe(String(bytes.length));
      expect(JSON.parse(bytes.toString('utf8'))).toBeTruthy();
    }
  });

  it('gzips a big JSON reply, the bytes unzipping to the JSON', async () => {
    const res = await app.request('/json/20000', { headers: GZIP });
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Encoding')).toBe('gzip');
    expect(res.headers.get('Content-Length')).toBeNull();
    expect(res.headers.get('Vary')).toContain('Accept-Encoding');
    const bytes = Buffer.from(await res.arrayBuffer());
    const text = gunzipSync(bytes).toString('utf8');
    expect(JSON.parse(text)).toEqual(listOfAbout(20000));
    expect(bytes.length).toBeLessThan(text.length / 3);
  });

  it('sends a big JSON reply plain to a client that takes no gzip', async () => {
    const res = await app.request('/json/20000');
    expect(res.headers.get('Content-Encoding')).toBeNull();
    expect(JSON.parse(await res.text())).toEqual(listOfAbout(20000));
  });

  it('leaves other replies to compress as before', async () => {
    const res = await app.request('/text', { headers: GZIP });
    expect(res.headers.get('Content-Encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await res.arrayBuffer())).toString('utf8')).toBe(
      'x'.repeat(4 * COMPRESS_THRESHOLD_BYTES),
    );
  });
});

describe('the API compresses by size', () => {
  let t: DbHandle;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t.close());

  it('answers /api/health plain and the OpenAPI document gzipped', async () => {
    const app = createApp({ database: t });
    const health = await app.request('/api/health', { headers: GZIP });
    expect(health.status).toBe(200);
    expect(health.headers.get('Content-Encoding')).toBeNull();
    expect(((await health.json()) as { status: string }).status).toBe('ok');

    const doc = await app.request('/api/openapi.json', { headers: GZIP });
    expect(doc.status).toBe(200);
    expect(doc.headers.get('Content-Encoding')).toBe('gzip');
    const spec = JSON.parse(gunzipSync(Buffer.from(await doc.arrayBuffer())).toString('utf8'));
    expect(spec.paths['/api/health']).toBeDefined();
  });
});
