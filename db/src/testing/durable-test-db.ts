import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createDb, type DbHandle } from '../create-db';
import { testEngine } from './create-test-db';

/**
 * A test database that outlives its handle, for tests of what survives a restart: `open` as
 * often as a server would start (a PGlite folder, or a PostgreSQL schema of its own on
 * TEST_DATABASE_URL); `cleanup` removes it. Migrating is the caller's.
 */
export function createDurableTestDb(): {
  open: () => Promise<DbHandle>;
  cleanup: () => Promise<void>;
} {
  if (testEngine() === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'tb-durable-'));
    return {
      open: () => createDb({ dataDir: dir }),
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TB_TEST_ENGINE=postgres needs TEST_DATABASE_URL');
  const schema = `tb_test_${randomBytes(6).toString('hex')}`;
  const admin = async (text: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(text).finally(() => client.end());
  };
  let created = false;
  return {
    open: async () => {
      if (!created) await admin(`CREATE SCHEMA ${schema}`);
      created = true;
      return createDb({ databaseUrl: url, schema, poolSize: 2 });
    },
    cleanup: () => (created ? admin(`DROP SCHEMA ${schema} CASCADE`) : Promise.resolve()),
  };
}
