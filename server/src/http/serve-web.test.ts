import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@targetboard/db/create-db';
import { createTestDb, testEngine } from '@targetboard/db/testing/create-test-db';
import { createApp } from '../app';

// A built web app in miniature: index.html and one hashed script with the .br the build writes.
const script = `console.log(${JSON.stringify('看板'.repeat(600))});\n`;
const early = `\n  window.early = fetch('/api/auth/me'); // 看板\n`;
const indexHtml = (inline: string) =>
  `<!doctype html><script type="module" src="/assets/app-x1y2.js"></script><script>${inline}</script>`;
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe(`serving the web app and the API's bytes on ${testEngine()}`, () => {
  let database: DbHandle;
  let dist: string;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    database = await createTestDb();
    dist = mkdtempSync(join(tmpdir(), 'web-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), indexHtml(early));
    writeFileSync(join(dist, 'assets/app-x1y2.js'), script);
    writeFileSync(join(dist, 'assets/app-x1y2.js.br'), brotliCompressSync(script));
    app = createApp({ database, version: 'test', webDist: dist });
  });
  afterAll(async () => {
    rmSync(dist, { recursive: true, force: true });
    await database.close();
  });

  it('lets browsers keep a hashed asset for a year and sends the brotli file when taken', async () => {
    const res = await app.request('/assets/app-x1y2.js', {
      headers: { 'Accept-Encoding': 'gzip, br' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('vary')).toContain('Accept-Encoding');
    expect(Number(res.headers.get('content-length'))).toBeLessThan(script.length / 4);

    const plain = await app.request('/assets/app-x1y2.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(script);
  });

  it('never lets a missing asset be kept, and asks again for index.html each time', async () => {
    const missing = await app.request('/assets/gone-0000.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control') ?? '').not.toContain('immutable');
    const page = await app.request('/dashboard?quarter=2026Q3');
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(await page.text()).toContain('/assets/app-x1y2.js');
  });

  it("allows the built page's inline script by its hash, and no other inline script", async () => {
    const scriptSrc = async () =>
      /script-src ([^;]*)/.exec(
        (await app.request('/dashboard')).headers.get('content-security-policy') ?? '',
      )?.[1];
    expect(await scriptSrc()).toBe(`'self' ${sha256(early)}`);
    // A build under the running server: the new script's hash replaces the old one.
    const rebuilt = `window.early = null;`;
    writeFileSync(join(dist, 'index.html'), indexHtml(rebuilt));
    utimesSync(join(dist, 'index.html'), new Date(), new Date(Date.now() + 5000));
    expect(await scriptSrc()).toBe(`'self' ${sha256(rebuilt)}`);
    const api = await app.request('/api/health');
    expect(api.headers.get('content-security-policy')).toContain(sha256(rebuilt));
  });

  it('compresses JSON answers for a client that accepts gzip', async () => {
    const res = await app.request('/api/openapi.json', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    const body = gunzipSync(Buffer.from(await res.arrayBuffer())).toString('utf8');
    expect(JSON.parse(body).openapi).toMatch(/^3\./);
    const plain = await app.request('/api/openapi.json');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect((await plain.text()).length).toBe(body.length);
  });
});
