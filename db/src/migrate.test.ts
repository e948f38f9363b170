import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from './create-db';
import { migrateToLatest } from './migrate';
import { createTestDb, testEngine } from './testing/create-test-db';

describe(`migrations on ${testEngine()}`, () => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await createTestDb();
  });
  afterAll(() => handle.close());

  it('reports the engine it runs on', () => {
    expect(handle.engine).toBe(testEngine());
  });

  it('is idempotent: a second run applies nothing', async () => {
    expect(await migrateToLatest(handle.db)).toEqual([]);
  });

  it('migrates a schema of its own while another one already holds migration tables', async () => {
    // On PostgreSQL each createTestDb is a schema of its own, as parallel test files are.
    const other = await createTestDb();
    try {
      const tables = await sql<{ n: number }>`
        SELECT count(*)::int AS n FROM pg_tables
        WHERE schemaname = current_schema() AND tablename = 'kysely_migration'`.execute(other.db);
      expect(tables.rows[0]?.n).toBe(1);
      expect(await migrateToLatest(other.db)).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('creates the first schema with its constraints', async () => {
    const { db } = handle;
    const region = await db
      .insertInto('regions')
      .values({ code: '510000', name: '四川省', level: 1, parent_id: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    const indicator = await db
      .insertInto('indicators')
      .values({
        name: '新农合参合率',
        unit: '%',
        direction: 'up',
        kind: 'rate',
        category: '医疗保障',
      })
      .returning(['id', 'synonyms'])
      .executeTakeFirstOrThrow();
    expect(indicator.synonyms).toEqual([]);
    await db
      .insertInto('observations')
      .values({
        indicator_id: indicator.id,
        region_id: region.id,
        quarter: '2017Q1',
        value: 96.5,
        numerator: null,
        denominator: null,
        note: null,
        updated_by: 'test',
      })
      .execute();
    const row = await db.selectFrom('observations').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ quarter: '2017Q1', value: 96.5, version: 1 });

    // A malformed quarter is refused by the database itself, not only by the app.
    await expect(
      db
        .insertInto('observations')
        .values({
          indicator_id: indicator.id,
          region_id: region.id,
          quarter: '2017Q5',
          value: 1,
          numerator: null,
          denominator: null,
          note: null,
          updated_by: null,
        })
        .execute(),
    ).rejects.toThrow();

    const count = await db
      .selectFrom('observations')
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow();
    expect(count.n).toBe(1);
  });
});
