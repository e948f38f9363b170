import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AppEnv } from '../http/env';
import { handleError } from '../http/errors';
import { clientAddress, isHttps } from './client-address';
import { originCheck } from './origin-check';

function addressApp(proxies: number) {
  return new Hono().get('/', (c) =>
    c.json({ ip: clientAddress(c, proxies), https: isHttps(c, proxies) }),
  );
}

async function seen(proxies: number, headers: Record<string, string>, url = 'http://tb.test/') {
  return (await (await addressApp(proxies).request(url, { headers })).json()) as {
    ip: string;
    https: boolean;
  };
}

describe('clientAddress', () => {
  it('takes the address our proxy appended, not the one the client wrote', async () => {
    const headers = { 'x-forwarded-for': '10.9.9.9, 198.51.100.1, 203.0.113.7' };
    expect((await seen(1, headers)).ip).toBe('203.0.113.7');
    expect((await seen(2, headers)).ip).toBe('198.51.100.1');
  });

  it('ignores the header without a trusted proxy, and anything that is not an address', async () => {
    expect((await seen(0, { 'x-forwarded-for': '203.0.113.7' })).ip).toBe('unknown');
    expect((await seen(1, { 'x-forwarded-for': '1.2.3.4, <script>' })).ip).toBe('unknown');
    expect((await seen(1, { 'x-forwarded-for': '2001:db8::1' })).ip).toBe('2001:db8::1');
  });

  it('takes the farthest entry when the list is shorter than the proxies', async () => {
    expect((await seen(3, { 'x-forwarded-for': '198.51.100.1, 203.0.113.7' })).ip).toBe(
      '198.51.100.1',
    );
  });

  it("believes X-Forwarded-Proto only from a trusted proxy, the nearest one's word", async () => {
    expect((await seen(0, { 'x-forwarded-proto': 'https' })).https).toBe(false);
    expect((await seen(1, { 'x-forwarded-proto': 'https' })).https).toBe(true);
    expect((await seen(1, { 'x-forwarded-proto': 'https, http' })).https).toBe(false);
    expect((await seen(0, {}, 'https://tb.test/')).https).toBe(true);
  });
});

describe('originCheck behind a proxy', () => {
  function originApp(proxies: number, allowed: string[] = []) {
    const app = new Hono<AppEnv>();
    app.use('*', async (c, next) => {
      c.set('trustProxy', proxies);
      await next();
    });
    app.use('*', originCheck(allowed));
    app.post('/', (c) => c.body(null, 204));
    app.onError(handleError);
    return app;
  }
  const post = (app: Hono<AppEnv>, headers: Record<string, string>) =>
    app.request('http://tb.test/', { method: 'POST', headers });

  it('does not let X-Forwarded-Host widen the allowed origins', async () => {
    const res = await post(originApp(1), {
      origin: 'https://evil.example',
      'x-forwarded-host': 'evil.example',
      'x-forwarded-proto': 'https',
    });
    expect(res.status).toBe(403);
  });

  it('accepts the HTTPS origin of its own host behind a TLS proxy, and configured origins', async () => {
    const tls = { origin: 'https://tb.test', 'x-forwarded-proto': 'https' };
    expect((await post(originApp(1), tls)).status).toBe(204);
    expect((await post(originApp(0), tls)).status).toBe(403);
    const configured = originApp(1, ['https://targets.example.gov.cn']);
    expect((await post(configured, { origin: 'https://targets.example.gov.cn' })).status).toBe(204);
  });
});
