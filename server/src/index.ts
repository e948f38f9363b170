import { serve } from '@hono/node-server';
import { createDb, type DbHandle } from '@targetboard/db/create-db';
import { DataDirInUseError } from '@targetboard/db/data-dir-lock';
import { migrateToLatest } from '@targetboard/db/migrate';
import { createApp } from './app';
import { loadConfig } from './config';
import { createLogger } from './http/logger';
import { seedDatabase } from './services/seed.service';
import { createSender } from './services/alert-senders';
import { createOutboxWorker } from './services/outbox-worker';
import { checkOverdue } from './services/overdue-alerts';
import { deleteExpiredSessions } from '@targetboard/db/repositories/sessions.repository';

// The node entry of `pnpm start`: open the database, migrate, serve, and on SIGTERM/SIGINT
// stop accepting, finish in-flight requests and close the database so a PGlite folder is
// always left consistent.
const config = loadConfig();
const logger = createLogger(config.logLevel);

let database: DbHandle;
try {
  database = await createDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
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
  process.exit(1);
}

const app = createApp({
  database,
  version: config.version,
  logger,
  webDist: config.webDist,
  trustProxy: config.trustProxy,
  timeZone: config.timeZone,
  allowedOrigins: config.allowedOrigins,
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
const sweep = () => deleteExpiredSessions(database.db, new Date()).catch(() => {});
void sweep();
setInterval(sweep, 60 * 60 * 1000).unref();
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
  process.exit(1);
});

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info('stopping', { signal });
  const forced = setTimeout(() => {
    logger.warn('requests still open after 10 s; closing anyway');
    void database.close().finally(() => process.exit(0));
  }, 10_000);
  forced.unref();
  server.close(async () => {
    await outbox.stop();
    await database.close();
    logger.info('stopped');
    process.exit(0);
  });
  // Keep-alive connections would hold close() open; they carry no request now.
  (server as { closeIdleConnections?: () => void }).closeIdleConnections?.();
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
