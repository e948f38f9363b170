import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../create-db';
import { createTestDb, testEngine } from './create-test-db';
import { settleTables, visibleShares } from './settle-tables';

describe(`settling a schema's tables on ${testEngine()}`, () => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createTestDb();
    await sql`CREATE TABLE settle_filled (k int, label text)`.execute(h.db);
    await sql`CREATE TABLE settle_empty (k int)`.execute(h.db);
  });
  afterAll(() => h.close());

  const fill = (from: number) =>
    sql`INSERT INTO settle_filled
        SELECT k, repeat('x', 40) FROM generate_series(${from}::int, ${from + 19_999}::int) k`.execute(
      h.db,
    );

  it('marks every page of freshly written tables all-visible, the schema’s tables by default', async () => {
    await fill(0);
    const shares = await settleTables(h.db);
    expect(shares.settle_filled).toBe(1);
    // A table with no pages counts as settled, and the schema's own tables are all listed.
    expect(shares.settle_empty).toBe(1);
    expect(Object.keys(shares)).toEqual(expect.arrayContaining(['observations', 'cell_statuses']));
  });

  it.runIf(testEngine() === 'postgres')(
    'keeps vacuuming while an older snapshot holds the new rows back, and ends once it closes',
    async () => {
      // A session in the same database opens its snapshot before the rows are written.
      const other = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await other.connect();
      try {
        await other.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
        await other.query('SELECT 1');
        await fill(100_000);
        const held = await settleTables(h.db, { tables: ['settle_filled'], timeoutMs: 0 });
        expect(held.settle_filled).toBeLessThan(1);

        const settling = settleTables(h.db, { tables: ['settle_filled'], pauseMs: 50 });
        await new Promise((resolve) => setTimeout(resolve, 300));
        await other.query('COMMIT');
        expect((await settling).settle_filled).toBe(1);
      } finally {
        await other.end();
      }
      expect((await visibleShares(h.db, ['settle_filled'])).settle_filled).toBe(1);
    },
  );
});
