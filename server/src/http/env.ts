import type { Db } from '@targetboard/db/database';
import type { RegionPath, RegionPathStart } from '@targetboard/db/repositories/regions.repository';
import type { DbEngine } from '@targetboard/shared/api/health.schema';
import type { User } from '@targetboard/shared/api/users.schema';
import type { KeptGrid } from '../services/dashboard.service';
import type { DashboardLookups } from '../services/dashboard-lookups';
import type { GridCache } from '../services/grid-cache';
import type { Logger } from './logger';

/** What every handler can reach through `c.var`: set once per app by `createApp`. */
export interface AppEnv {
  Variables: {
    db: Db;
    engine: DbEngine;
    version: string;
    logger: Logger;
    requestId: string;
    /** The signed-in user, or null; set by loadSession on every API request. */
    user: User | null;
    sessionTokenHash: string | null;
    /**
     * The data revision read with the session on \`db\` (\`findSessionUser\`), before anything the
     * request reads; null without a session, or once \`db\` is swapped for the replica.
     */
    dataRevision: string | null;
    /**
     * A region path the route reads first thing, to be read in the session's statement
     * (`findSessionUser`); set before loadSession by the routes that want it (the dashboard's).
     */
    regionPathWanted: RegionPathStart | undefined;
    /**
     * That path as the session's statement read it, with \`dataRevision\` (null: no such region);
     * undefined when not asked, without a session, or once \`db\` is swapped for the replica.
     */
    sessionRegionPath: RegionPath | null | undefined;
    /** How many trusted proxies append to X-Forwarded-* (TRUST_PROXY=n); 0 trusts none. */
    trustProxy: number;
    /** The bureau's IANA time zone (APP_TIME_ZONE) for the dates in exports. */
    timeZone: string;
    /** Computed dashboard grids by data revision; undefined when the app was built without. */
    dashboardCache: GridCache<KeptGrid> | undefined;
    /** What the dashboard route reads before its grid, by data revision; with the grids. */
    dashboardLookups: DashboardLookups | undefined;
    /** Whether alerts can go out by e-mail (SMTP_URL is set). */
    emailAvailable: boolean;
  };
}
