import type { Context, MiddlewareHandler } from 'hono';
import { compress } from 'hono/compress';

/** Below this many bytes a reply goes as it is: gzip's header and a round of work gain nothing. */
export const COMPRESS_THRESHOLD_BYTES = 1024;

const compressLarge = compress({ threshold: COMPRESS_THRESHOLD_BYTES });

/**
 * Hono's compress, with its size threshold made to apply to JSON: `c.json` sends no
 * Content-Length, and compress only skips replies that state a small one, so every JSON reply
 * was gzipped, a 40-byte `{ "ok": true }` too. JSON is built whole in memory anyway; its bytes
 * are measured here and stated, before compress looks. Other replies (streams, files, bodies
 * encoded already) are left as they come.
 */
export function compressReplies(): MiddlewareHandler {
  return (c, next) =>
    compressLarge(c, async () => {
      await next();
      await stateJsonLength(c);
    });
}

async function stateJsonLength(c: Context): Promise<void> {
  const res = c.res;
  if (
    !res.body ||
    res.headers.has('Content-Length') ||
    res.headers.has('Content-Encoding') ||
    res.headers.has('Transfer-Encoding') ||
    !res.headers.get('Content-Type')?.startsWith('application/json')
  )
    return;
  const bytes = await res.arrayBuffer();
  const headers = new Headers(res.headers);
  headers.set('Content-Length', String(bytes.byteLength));
  c.res = new Response(bytes, { status: res.status, statusText: res.statusText, headers });
}
