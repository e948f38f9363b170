import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyRows } from './copy-rows';
import type { DbHandle } from './create-db';
import type { Db } from './database';
import { createTestDb, testEngine } from './testing/create-test-db';

describe(`copyRows (COPY … FROM STDIN through Kysely) on ${testEngine()}`, () => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createTestDb();
    await sql`CREATE TABLE copy_probe (n integer NOT NULL, x float8, t text)`.execute(h.db);
  });
  afterAll(() => h.close());

  const rows = () =>
    sql<{ n: number; x: number | null; t: string | null }>`
      SELECT n, x, t FROM copy_probe ORDER BY n`
      .execute(h.db)
      .then((r) => r.rows);
  const STATEMENT = 'COPY copy_probe (n, x, t) FROM STDIN WITH (FORMAT csv)';

  it('copies CSV text, NULLs, quotes and line breaks included, inside a transaction', async () => {
    const text = '1,2.5,plain\n2,,\n3,-1e-7,"含""引号"",逗号\n与换行"\n4,0,""\n';
    const copied = await h.db
      .transaction()
      .execute((trx) => copyRows(trx as unknown as Db, STATEMENT, text));
    expect(copied).toBe(4);
    expect(await rows()).toEqual([
      { n: 1, x: 2.5, t: 'plain' },
      { n: 2, x: null, t: null },
      { n: 3, x: -1e-7, t: '含"引号",逗号\n与换行' },
      { n: 4, x: 0, t: '' },
    ]);
  });

  it('is undone with its transaction, and a bad row fails the whole COPY', async () => {
    await sql`TRUNCATE copy_probe`.execute(h.db);
    await expect(
      h.db.transaction().execute(async (trx) => {
        await copyRows(trx as unknown as Db, STATEMENT, '5,1,a\n');
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    await expect(copyRows(h.db, STATEMENT, '6,1,a\n7,not a number,b\n')).rejects.toThrow();
    expect(await rows()).toEqual([]);
    // The connection is usable afterwards, and so is a plain statement with one parameter.
    expect(await copyRows(h.db, STATEMENT, '8,,\n')).toBe(1);
    const { rows: echoed } = await sql<{
      v: string;
    }>`SELECT ${'COPY x FROM STDIN'}::text AS v`.execute(h.db);
    expect(echoed).toEqual([{ v: 'COPY x FROM STDIN' }]);
  });

  it('refuses a statement that is not COPY … FROM STDIN', async () => {
    await expect(copyRows(h.db, 'SELECT 1', '')).rejects.toThrow(/COPY/);
  });
});
