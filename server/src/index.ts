import { serve } from '@hono/node-server';
import { createDb, type DbHandle } from '@targetboard/db/create-db';
import { DataDirInUseError } from '@targetboard/db/data-dir-lock';
import { migrateToLatest } from '@targetboard/db/migrate';
import { createApp } from './app';
import { ConfigError, loadConfig, type Config } from './config';
import { exitOnCrash } from './exit-on-crash';
import { createLogger } from './http/logger';
import { seedDatabase } from './services/seed.service';
import { createSender } from './services/alert-senders';
import { createOutboxWorker } from './services/outbox-worker';
import { checkOverdue } from './services/overdue-alerts';
import { deleteExpiredSessions } from '@targetboard/db/repositories/sessions.repository';
import { foldDataRevisions } from '@targetboard/db/repositories/data-revision.repository';

// The node entry of `pnpm start` (bundled to dist/index.js): open the database, migrate,
// serve, and on SIGTERM/SIGINT stop accepting, finish in-flight requests and close the
// database so a PGlite folder is always left consistent.

/** Exit codes: 1 the server failed, 2 it was started with a bad configuration. */
const EXIT_FAILED = 1;
const EXIT_BAD_CONFIG = 2;

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  // Logging is not configured yet (LOG_LEVEL may be the bad one): one plain line.
  process.stderr.write(`${error.message}\n`);
  process.exit(EXIT_BAD_CONFIG);
}
const logger = createLogger(config.logLevel);

let database: DbHandle;
let replica: DbHandle | undefined;
try {
  database = await createDb({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    onConnectionError: (error, where) =>
      logger.error('database connection lost', { where, error: error.message }),
  });
  if (config.replicaUrl)
    replica = await createDb({
      databaseUrl: config.replicaUrl,
      onConnectionError: (error, where) =>
        logger.error('replica connection lost', { where, error: error.message }),
    });
  const applied = await migrateToLatest(database.db);
  if (applied.length) logger.info('migrations applied', { applied });
  await seedDatabase(
    database.db,
    { demo: config.demo, demoDir: config.demoDir, env: process.env },
    logger,
  );
} catch (error) {
  const message =
    error instanceof DataDirInUseError
      ? error.message
      : `cannot open the database: ${(error as Error).message}`;
  logger.error(message);
  process.exit(EXIT_FAILED);
}

const app = createApp({
  database,
  version: config.version,
  logger,
  webDist: config.webDist,
  trustProxy: config.trustProxy,
  timeZone: config.timeZone,
  allowedOrigins: config.allowedOrigins,
  replica,
  emailAvailable: config.smtpUrl !== undefined,
});

// Alerts: the outbox is sent by this process (several servers may each run one), and the
// overdue check runs every half hour; both survive restarts because their state is in the
// database.
const outbox = createOutboxWorker(database.db, {
  send: createSender({ smtpUrl: config.smtpUrl, mailFrom: config.mailFrom }),
  logger,
});
outbox.start();
const overdue = () =>
  checkOverdue(database.db).catch((error: Error) =>
    logger.warn('overdue check failed', { error: error.message }),
  );
void overdue();
setInterval(overdue, 30 * 60 * 1000).unref();

// Expired sessions are refused on read; this only keeps the table small.
const sweep = () =>
  deleteExpiredSessions(database.db, new Date()).catch((error: Error) =>
    logger.warn('expired sessions not swept', { error: error.message }),
  );
void sweep();
setInterval(sweep, 60 * 60 * 1000).unref();

// Every backend that writes leaves a counter row that each request sums; the counters of
// backends that have ended are folded into one, keeping the sum, so the table stays as small
// as the connections live (several servers may each fold; a fold waits on no writer).
const fold = () =>
  foldDataRevisions(database.db).catch((error: Error) =>
    logger.warn('data revision counters not folded', { error: error.message }),
  );
void fold();
setInterval(fold, 60 * 60 * 1000).unref();
const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
  logger.info('listening', {
    url: `http://localhost:${info.port}`,
    db: database.engine,
    dataDir: database.engine === 'pglite' ? config.dataDir : undefined,
    version: config.version,
  });
});
server.on('error', async (error: NodeJS.ErrnoException) => {
  logger.error(
    error.code === 'EADDRINUSE'
      ? `port ${config.port} is in use; set PORT to another`
      : error.message,
  );
  await database.close();
  process.exit(EXIT_FAILED);
});

let stopping = false;
/** Stops serving, lets open requests finish (10 s at most), closes the database, exits. */
function stop(reason: string, exitCode: number) {
  if (stopping) return;
  stopping = true;
  // Also the code should the event loop drain before close() calls back.
  process.exitCode = exitCode;
  logger.info('stopping', { reason });
  const forced = setTimeout(() => {
    logger.error('requests still open after 10 s; closing anyway');
    void database.close().finally(() => process.exit(EXIT_FAILED));
  }, 10_000);
  forced.unref();
  server.close(async () => {
    await outbox.stop();
    try {
      await Promise.all([database.close(), replica?.close()]);
    } catch (error) {
      logger.error('database did not close cleanly', { error: (error as Error).message });
      process.exit(EXIT_FAILED);
    }
    logger.info('stopped');
    process.exit(exitCode);
  });
  // Keep-alive connections would hold close() open; they carry no request now.
  (server as { closeIdleConnections?: () => void }).closeIdleConnections?.();
}
process.on('SIGTERM', () => stop('SIGTERM', 0));
process.on('SIGINT', () => stop('SIGINT', 0));
exitOnCrash(logger, stop);
