import type { Context, MiddlewareHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { compress } from 'hono/compress';
import { jsonBytes } from './json-bytes';

/** Below this many bytes a reply goes as it is: gzip's header and a round of work gain nothing. */
export const COMPRESS_THRESHOLD_BYTES = 1024;

const compressLarge = compress({ threshold: COMPRESS_THRESHOLD_BYTES });

/**
 * Hono's compress, with its size threshold made to apply to JSON. `c.json` sends a string
 * body without a Content-Length, and compress skips only replies that state a small one, so
 * every JSON reply was gzipped, a 40-byte `{ "ok": true }` too. Here `c.json` encodes the
 * JSON to bytes itself and states their length before compress looks; the bytes also spare
 * the string body's own pass (a well-formedness scan and an encode on read), which a 200 kB
 * trend felt; `jsonBytes` makes them in pieces, which a 150 kB trend felt too. Other replies
 * (streams, files, bodies encoded already) are left as they come.
 */
export function compressReplies(): MiddlewareHandler {
  return (c, next) => {
    sendJsonAsBytes(c);
    return compressLarge(c, next);
  };
}

function sendJsonAsBytes(c: Context): void {
  const body = c.body;
  const json = (object: unknown, arg?: unknown, headers?: Record<string, string | string[]>) => {
    const bytes = jsonBytes(object);
    return body(bytes, arg as ContentfulStatusCode | undefined, {
      'Content-Type': 'application/json',
      ...headers,
      'Content-Length': String(bytes.byteLength),
    });
  };
  // The same reply c.json gives, bytes instead of a string: typed as c.json types it.
  c.json = json as unknown as Context['json'];
}
