import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { columnsJsonBytes } from './json-bytes';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** The encodings a kept body is made in; hono's compress middleware leaves an encoded body be. */
export type BodyEncoding = 'br' | 'gzip' | 'identity';

/** The best encoding the request accepts: brotli, then gzip, else none (q=0 refuses one). */
export function acceptedEncoding(header: string | undefined): BodyEncoding {
  const accepted = new Set<string>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && (q === undefined || Number(q.slice(2)) > 0)) accepted.add(name);
  }
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip') || accepted.has('*')) return 'gzip';
  return 'identity';
}

/**
 * A JSON reply's body in an encoding, made once per `key` and kept in `bodies` (a kept grid's,
 * dropped with it when the data changes): a national grid is 0.4 MB of JSON (in columns), whose
 * serialising, UTF-8 encoding and compressing cost more than the rest of the request. Brotli at
 * quality 5: near gzip's speed, a smaller body; 11 would take a second on a national grid.
 * Its JSON is encoded column by column (`columnsJsonBytes`), the number columns as one-byte text.
 */
export function keptJsonBody(
  bodies: Map<string, Promise<Uint8Array>>,
  key: string,
  encoding: BodyEncoding,
  value: () => unknown,
): Promise<Uint8Array<ArrayBuffer>> {
  const full = `${key}|${encoding}`;
  // Node's Buffers here are over plain ArrayBuffers (not shared): the narrower type holds.
  let body = bodies.get(full) as Promise<Uint8Array<ArrayBuffer>> | undefined;
  if (!body) {
    const bytes = columnsJsonBytes(value());
    body =
      encoding === 'br'
        ? brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
        : encoding === 'gzip'
          ? gzipped(bytes)
          : Promise.resolve(bytes);
    bodies.set(full, body);
    body.catch(() => bodies.delete(full));
  }
  return body;
}
