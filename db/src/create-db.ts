import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DbEngine } from '@targetboard/shared/api/health.schema';
import { blobCopiesOn, streamCopiesOn } from './copy-rows';
import { lockDataDir } from './data-dir-lock';
import type { Database, Db } from './database';

export interface DbHandle {
  db: Db;
  engine: DbEngine;
  /** Closes the pool or the embedded database; safe to call twice. */
  close(): Promise<void>;
}

export interface CreateDbOptions {
  /** postgres://… — when set, a real PostgreSQL server is used instead of PGlite. */
  databaseUrl?: string | undefined;
  /** Folder for the embedded database; omitted means in memory. */
  dataDir?: string | undefined;
  /** PostgreSQL only: run in this schema (tests use one schema per run). */
  schema?: string | undefined;
  /** PostgreSQL only: pool size. */
  poolSize?: number | undefined;
  /**
   * PostgreSQL only: told of a connection the server dropped (an idle one in the pool, or one
   * a query holds). Defaults to a line on stderr; the server passes its logger.
   */
  onConnectionError?: ((error: Error, where: 'idle' | 'in use') => void) | undefined;
}

const INT8_OID = 20;
// COUNT(*) and bigint ids come back as strings by default; they stay far below 2^53 here.
const parseInt8 = (value: string) => Number(value);

/** Opens the database: PostgreSQL when `databaseUrl` is given, otherwise PGlite (folder or memory). */
export async function createDb(options: CreateDbOptions = {}): Promise<DbHandle> {
  return options.databaseUrl ? createPostgres(options) : createPglite(options.dataDir);
}

async function createPostgres(options: CreateDbOptions): Promise<DbHandle> {
  const pool = new pg.Pool({
    connectionString: options.databaseUrl,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: 10_000,
    options: options.schema ? `-c search_path=${options.schema}` : undefined,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID ? parseInt8 : pg.types.getTypeParser(oid, format as 'text')) as never,
    },
  });
  // A client losing its server must not crash the process: idle clients report to the pool,
  // and a client checked out by a query emits 'error' on itself, where nothing else listens
  // (unhandled, it would end the process). Either way the query in flight rejects and the
  // request answers 503; the error is reported, not dropped.
  // An idle client's error reaches both listeners; only the pool's reports it.
  const report = options.onConnectionError ?? reportToStderr;
  const inUse = new WeakSet<pg.PoolClient>();
  pool.on('acquire', (client) => inUse.add(client));
  pool.on('release', (_error, client) => inUse.delete(client));
  pool.on('error', (error) => report(error, 'idle'));
  pool.on('connect', (client) => {
    client.on('error', (error) => {
      if (inUse.has(client)) report(error, 'in use');
    });
    streamCopiesOn(client);
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  let closed = false;
  return {
    db,
    engine: 'postgres',
    close: async () => {
      if (closed) return;
      closed = true;
      await db.destroy();
    },
  };
}

function reportToStderr(error: Error, where: 'idle' | 'in use'): void {
  process.stderr.write(`database connection (${where}) lost: ${error.message}\n`);
}

async function createPglite(dataDir: string | undefined): Promise<DbHandle> {
  const release = dataDir ? lockDataDir(dataDir) : () => {};
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(dataDir ? join(dataDir, 'pglite') : 'memory://', {
      parsers: { [INT8_OID]: parseInt8 },
    });
  } catch (error) {
    release();
    throw error;
  }
  blobCopiesOn(pglite);
  const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) });
  let closed = false;
  return {
    db,
    engine: 'pglite',
    close: async () => {
      if (closed) return;
      closed = true;
      // Kysely's destroy closes PGlite, which checkpoints the folder so it reopens cleanly.
      await db.destroy();
      release();
    },
  };
}
