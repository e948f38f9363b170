import type { Db } from '@targetboard/db/database';
import type { DbEngine } from '@targetboard/shared/api/health.schema';
import type { User } from '@targetboard/shared/api/users.schema';
import type { DashboardGrid } from '../services/dashboard.service';
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
    /** Whether X-Forwarded-* headers come from a proxy we trust (TRUST_PROXY=1). */
    trustProxy: boolean;
    /** Computed dashboard grids by data revision; undefined when the app was built without. */
    dashboardCache: GridCache<DashboardGrid> | undefined;
  };
}
