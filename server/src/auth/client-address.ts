import { isIP } from 'node:net';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * The caller's address. Behind `proxies` trusted proxies (TRUST_PROXY=n) it is the n-th
 * X-Forwarded-For entry from the right: each proxy appends the address it was called from,
 * so the rightmost n entries are written by our own proxies and everything left of them by
 * the client, who may write anything there. Without a trusted proxy, the socket's address.
 */
export function clientAddress(c: Context, proxies: number): string {
  if (proxies > 0) {
    const hops = forwardedList(c.req.header('x-forwarded-for'));
    // Fewer entries than proxies: the request skipped an outer proxy; the farthest is the best left.
    const picked = hops[Math.max(0, hops.length - proxies)];
    if (picked && isIP(picked)) return picked;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // in-process requests (tests) have no socket
  }
}

/** Whether the browser spoke HTTPS: the request URL's scheme, or the nearest trusted proxy's word. */
export function isHttps(c: Context, proxies: number): boolean {
  if (proxies > 0 && forwardedList(c.req.header('x-forwarded-proto')).at(-1) === 'https')
    return true;
  return new URL(c.req.url).protocol === 'https:';
}

const forwardedList = (header: string | undefined): string[] =>
  (header ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
