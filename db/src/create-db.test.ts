import { sql } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createDb } from './create-db';
import { testEngine } from './testing/create-test-db';

// Only PostgreSQL has connections to lose; PGlite runs in the process.
describe.runIf(testEngine() === 'postgres')('createDb on PostgreSQL', () => {
  it('reports a pooled connection the server drops, and keeps serving on a new one', async () => {
    const lost: { message: string; where: string }[] = [];
    const handle = await createDb({
      databaseUrl: process.env.TEST_DATABASE_URL,
      poolSize: 1,
      onConnectionError: (error, where) => lost.push({ message: error.message, where }),
    });
    try {
      const { rows } = await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(
        handle.db,
      );
      // End that (now idle) backend from another connection, as a server restart would.
      const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await admin.connect();
      await admin.query('SELECT pg_terminate_backend($1)', [rows[0]!.pid]);
      await admin.end();
      await expect.poll(() => lost.length).toBe(1);
      expect(lost[0]!.where).toBe('idle');
      expect(lost[0]!.message).toMatch(/terminat/i);
      const again = await sql<{ one: number }>`SELECT 1 AS one`.execute(handle.db);
      expect(again.rows[0]!.one).toBe(1);
    } finally {
      await handle.close();
    }
  });
});
