import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DbEngine } from '@targetboard/shared/api/health.schema';
import { createDb, type DbHandle } from '../create-db';
import { migrateToLatest } from '../migrate';

/** The engine this test run uses: vitest's per-engine projects set TB_TEST_ENGINE. */
export function testEngine(): DbEngine {
  return process.env.TB_TEST_ENGINE === 'postgres' ? 'postgres' : 'pglite';
}

/**
 * A fresh, migrated database for one test file: in-memory PGlite, or on PostgreSQL
 * (TEST_DATABASE_URL) a schema of its own that `close` drops, so runs never collide.
 */
export async function createTestDb(): Promise<DbHandle> {
  if (testEngine() === 'pglite') {
    const handle = await createDb();
    await migrateToLatest(handle.db);
    return handle;
  }
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TB_TEST_ENGINE=postgres needs TEST_DATABASE_URL');
  const schema = `tb_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(url, `CREATE SCHEMA ${schema}`);
  const handle = await createDb({ databaseUrl: url, schema, poolSize: 4 });
  await migrateToLatest(handle.db);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await adminQuery(url, `DROP SCHEMA ${schema} CASCADE`);
    },
  };
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
