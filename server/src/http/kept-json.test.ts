import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { acceptedEncoding, keptJsonBody } from './kept-json';

describe('acceptedEncoding', () => {
  it.each([
    [undefined, 'identity'],
    ['', 'identity'],
    ['gzip, deflate, br, zstd', 'br'],
    ['GZIP', 'gzip'],
    ['br;q=0, gzip;q=0.5', 'gzip'],
    ['br;q=0.0, gzip;q=0', 'identity'],
    ['deflate', 'identity'],
    ['*', 'gzip'],
  ])('%s → %s', (header, expected) => {
    expect(acceptedEncoding(header)).toBe(expected);
  });
});

describe('keptJsonBody', () => {
  it('serialises and compresses once per key and encoding', async () => {
    const bodies = new Map<string, Promise<Uint8Array>>();
    let made = 0;
    const value = () => ({ n: ++made, 名: '全国' });
    const gz = await keptJsonBody(bodies, 'a', 'gzip', value);
    expect(JSON.parse(gunzipSync(gz).toString('utf8'))).toEqual({ n: 1, 名: '全国' });
    expect(await keptJsonBody(bodies, 'a', 'gzip', value)).toBe(gz);
    const plain = await keptJsonBody(bodies, 'a', 'identity', value);
    expect(Buffer.from(plain).toString('utf8')).toBe('{"n":2,"名":"全国"}');
    expect(made).toBe(2);
  });
});
