import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { appendFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import type { Db } from '../database';

/** A PostgreSQL primary and a hot standby streaming from it, in a temporary folder. */
export interface ReplicaPair {
  primaryUrl: string;
  standbyUrl: string;
  /** Stops both servers and removes their folder. */
  stop(): Promise<void>;
}

/** The newest Debian PostgreSQL bin folder (PG_BIN overrides), or null when none is installed. */
export function postgresBinDir(): string | null {
  if (process.env.PG_BIN)
    return existsSync(join(process.env.PG_BIN, 'initdb')) ? process.env.PG_BIN : null;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin/initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : null;
}

/** Why a replica pair cannot start here, or null when it can. */
export function replicaPairUnavailable(): string | null {
  if (!postgresBinDir())
    return 'no PostgreSQL server binaries (apt-get install postgresql, or set PG_BIN)';
  if (process.getuid?.() === 0) {
    try {
      execFileSync('id', ['postgres'], { stdio: 'ignore' });
    } catch {
      return 'running as root without a postgres user for initdb';
    }
  }
  return null;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Starts a primary and a standby made by `pg_basebackup -R` from Debian's binaries. initdb
 * refuses to run as root, so as root (CI) both run as the `postgres` user.
 */
export async function startReplicaPair(): Promise<ReplicaPair> {
  const bin = postgresBinDir();
  const unavailable = replicaPairUnavailable();
  if (!bin || unavailable) throw new Error(`cannot start a replica pair: ${unavailable}`);
  const asRoot = process.getuid?.() === 0;
  const run = (tool: string, args: string[]) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, tool), ...args], {
          stdio: 'pipe',
        })
      : execFileSync(join(bin, tool), args, { stdio: 'pipe' });

  const dir = mkdtempSync(join(tmpdir(), 'tb-replica-'));
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    chownSync(dir, uid, gid);
  }
  chmodSync(dir, 0o700);
  const primary = join(dir, 'primary');
  const standby = join(dir, 'standby');
  const [primaryPort, standbyPort] = [await freePort(), await freePort()];
  const settings = (port: number) =>
    [
      `port = ${port}`,
      `listen_addresses = '127.0.0.1'`,
      `unix_socket_directories = '${dir}'`,
      'wal_level = replica',
      'max_wal_senders = 4',
      'hot_standby = on',
      // A test cluster: durability is not what is tested.
      'fsync = off',
      'shared_buffers = 32MB',
      '',
    ].join('\n');
  const started: string[] = [];
  try {
    run('initdb', [
      '-D',
      primary,
      '-U',
      'postgres',
      '--auth=trust',
      '-E',
      'UTF8',
      '--locale=C',
      '--no-sync',
    ]);
    appendFileSync(join(primary, 'postgresql.conf'), settings(primaryPort));
    run('pg_ctl', ['-D', primary, '-l', join(dir, 'primary.log'), '-w', 'start']);
    started.push(primary);
    run('pg_basebackup', [
      '-h',
      '127.0.0.1',
      '-p',
      String(primaryPort),
      '-U',
      'postgres',
      '-D',
      standby,
      '-R',
      '-X',
      'stream',
      '-c',
      'fast',
    ]);
    // The copied settings name the primary's port: the last line wins.
    appendFileSync(join(standby, 'postgresql.conf'), `port = ${standbyPort}\n`);
    run('pg_ctl', ['-D', standby, '-l', join(dir, 'standby.log'), '-w', 'start']);
    started.push(standby);
  } catch (error) {
    for (const d of started.reverse()) run('pg_ctl', ['-D', d, '-m', 'immediate', 'stop']);
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const url = (port: number) => `postgres://postgres@127.0.0.1:${port}/postgres`;
  const standbyUrl = url(standbyPort);
  const client = new pg.Client({ connectionString: standbyUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ r: boolean }>('SELECT pg_is_in_recovery() AS r');
    if (!rows[0]?.r) throw new Error('the standby is not in recovery');
  } finally {
    await client.end();
  }
  return {
    primaryUrl: url(primaryPort),
    standbyUrl,
    stop: async () => {
      for (const d of started.reverse()) run('pg_ctl', ['-D', d, '-m', 'fast', 'stop']);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Waits until `standby` has replayed everything `primary` had written when called. */
export async function waitForReplay(primary: Db, standby: Db): Promise<void> {
  const { rows } = await sql<{ lsn: string }>`SELECT pg_current_wal_lsn()::text AS lsn`.execute(
    primary,
  );
  const lsn = rows[0]!.lsn;
  for (let i = 0; i < 400; i++) {
    const r = await sql<{ done: boolean }>`
      SELECT pg_last_wal_replay_lsn() >= ${lsn}::pg_lsn AS done`.execute(standby);
    if (r.rows[0]!.done) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the standby did not replay up to ${lsn} within 20 s`);
}

/** Holds or lets go the standby's replay, to make its lag visible to a test. */
export async function setReplayPaused(standby: Db, paused: boolean): Promise<void> {
  await (paused ? sql`SELECT pg_wal_replay_pause()` : sql`SELECT pg_wal_replay_resume()`).execute(
    standby,
  );
}

/** Tries one write on `db`; resolves with PostgreSQL's refusal, or null when it was accepted. */
export async function refusedWrite(db: Db): Promise<string | null> {
  try {
    await sql`CREATE TEMP TABLE replica_probe (x int)`.execute(db);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}
