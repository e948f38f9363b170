import type { Db } from '@targetboard/db/database';
import { ensureIndicatorCatalogue } from '@targetboard/db/seed/indicators.seed';
import { ensureRegions } from '@targetboard/db/seed/regions.seed';
import { withStartupLock } from '@targetboard/db/startup-lock';
import { loadDemo } from '../demo/load-demo';
import type { Logger } from '../http/logger';
import { ensureFirstAdmin } from './bootstrap-admin';
import { ensureCellStatuses } from './cell-statuses.service';

export interface SeedOptions {
  demo: boolean;
  demoDir: string;
  env: NodeJS.ProcessEnv;
  /** Where a generated password is shown once: the terminal (stderr), never the JSON log. */
  terminal?: (text: string) => void;
}

/** Shows text to the operator on stderr, outside the JSON log stream a shipper collects. */
export const printToTerminal = (text: string) => void process.stderr.write(`${text}\n`);

/**
 * What every start makes sure of, under one lock so that instances starting together do it
 * once: the administrative divisions, the indicator catalogue, a first admin, and on a new
 * database the demo (unless DEMO=0); then the stored cell statuses. A failing demo is logged
 * and skipped, never fatal.
 */
export async function seedDatabase(db: Db, options: SeedOptions, logger: Logger): Promise<void> {
  await withStartupLock(db, async (conn) => {
    const regions = await ensureRegions(conn);
    if (regions > 0) logger.info('administrative divisions loaded', { regions });
    const indicators = await ensureIndicatorCatalogue(conn);
    if (indicators > 0) logger.info('indicator catalogue seeded', { indicators });
  });
  const terminal = options.terminal ?? printToTerminal;
  await ensureFirstAdmin(db, options.env, logger, terminal);
  if (options.demo) {
    try {
      await loadDemo(db, options.demoDir, options.env, logger, terminal);
    } catch (error) {
      logger.error('demo data could not be loaded; starting without it', {
        error: (error as Error).message,
      });
    }
  }
  // Last: the demo's figures and targets are judged with the rest.
  const built = await ensureCellStatuses(db);
  if (built.length > 0) logger.info('cell statuses built', { years: built });
}
