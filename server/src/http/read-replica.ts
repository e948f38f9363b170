import type { MiddlewareHandler } from 'hono';
import type { Db } from '@targetboard/db/database';
import type { AppEnv } from './env';

// What leaders and analysts read: the dashboard, the trends and the exports of both. A
// replica may be a moment behind the primary, which a view over the quarter can bear; the
// kept grids stay honest because each is filed under the revision read on the same replica
// before computing (grid-cache.ts). Everything else — the entry form after a save, sessions,
// review — reads the primary, so a user always sees their own writes there.
const REPLICA_READS = /^\/api\/(?:dashboard|trends|export\/(?:dashboard|observations)\.\w+)$/;

/** True when a request may be answered from the replica: a GET (or HEAD) of a read-only view. */
export function readsFromReplica(method: string, path: string): boolean {
  return (method === 'GET' || method === 'HEAD') && REPLICA_READS.test(path);
}

/**
 * Sends the read-only views to `replica` by swapping `c.var.db` for them. Runs after the
 * session is loaded, so a session made a moment ago on the primary is always found.
 */
export function routeReadsToReplica(replica: Db): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (readsFromReplica(c.req.method, c.req.path)) {
      c.set('db', replica);
      // The session's revision is the primary's: the replica's may be behind it.
      c.set('dataRevision', null);
      c.set('sessionRegionPath', undefined);
    }
    await next();
  };
}
