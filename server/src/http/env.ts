import type { Db } from '@targetboard/db/database';
import type { DbEngine } from '@targetboard/shared/api/health.schema';
import type { Logger } from './logger';

/** What every handler can reach through `c.var`: set once per app by `createApp`. */
export interface AppEnv {
  Variables: {
    db: Db;
    engine: DbEngine;
    version: string;
    logger: Logger;
    requestId: string;
  };
}
