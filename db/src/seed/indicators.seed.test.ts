import { type Kysely, sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INDICATOR_CATALOGUE } from '@targetboard/shared/indicators/catalogue';
import type { DbHandle } from '../create-db';
import type { Database } from '../database';
import { migrateToLatest } from '../migrate';
import { FIRST_SEED } from '../migrations/2026-12-04-1830-indicator-seeds';
import { migrations } from '../migrations/index';
import { createTestDb, testEngine } from '../testing/create-test-db';
import { ensureIndicatorCatalogue } from './indicators.seed';

const indicator = (name: string, synonyms: string[] = []) => ({
  name,
  unit: '%',
  direction: 'up' as const,
  kind: 'rate' as const,
  category: '其他',
  synonyms,
});

async function names(db: Kysely<Database>): Promise<Map<string, string[]>> {
  const rows = await db.selectFrom('indicators').select(['name', 'synonyms']).execute();
  return new Map(rows.map((r) => [r.name, r.synonyms]));
}

describe(`seeding the indicator catalogue on ${testEngine()}`, () => {
  let fresh: DbHandle;
  let upgraded: DbHandle;
  beforeAll(async () => {
    [fresh, upgraded] = await Promise.all([createTestDb(), createTestDb()]);
  });
  afterAll(() => Promise.all([fresh.close(), upgraded.close()]));

  it('fills a new database with the whole catalogue, once', async () => {
    expect(await ensureIndicatorCatalogue(fresh.db)).toBe(INDICATOR_CATALOGUE.length);
    expect(await ensureIndicatorCatalogue(fresh.db)).toBe(0);
    const stored = await names(fresh.db);
    expect(stored.size).toBe(INDICATOR_CATALOGUE.length);
    expect(stored.get('城乡居民医保参保率')).toContain('参保率');
  });

  it('does not bring back what the users deleted', async () => {
    await fresh.db.deleteFrom('indicators').where('name', '=', '新生儿死亡率').execute();
    expect(await ensureIndicatorCatalogue(fresh.db)).toBe(0);
    expect((await names(fresh.db)).has('新生儿死亡率')).toBe(false);
  });

  it('adds the new entries to a database seeded before, keeping the users’ edits', async () => {
    // Back to the schema before the seed log, with a catalogue as its users left it.
    const db = upgraded.db;
    const { rows } = await sql<{ schema: string }>`SELECT current_schema() AS schema`.execute(db);
    const migrator = new Migrator({
      db,
      provider: { getMigrations: async () => migrations },
      migrationTableSchema: rows[0]!.schema,
    });
    // Undo the seed log and every migration after it (later ones land after this test was written).
    const order = Object.keys(migrations).sort();
    const beforeSeedLog = order[order.indexOf('2026-12-04-1830-indicator-seeds') - 1]!;
    const down = await migrator.migrateTo(beforeSeedLog);
    expect(down.error).toBeUndefined();
    await db
      .insertInto('indicators')
      .values([
        indicator('孕产妇死亡率'),
        // renamed from 新农合参合率 (a rename keeps the old name as a synonym); 婴儿死亡率 deleted
        indicator('新型农村合作医疗参合率', ['新农合参合率', '参合率']),
        indicator('每千人口床位数', ['每千人口医疗机构床位数', '床位数']),
        // made by hand under a name the seed keeps as a synonym of 人均预期寿命
        indicator('人均期望寿命'),
      ])
      .execute();
    await migrateToLatest(db);

    const added = await ensureIndicatorCatalogue(db);
    const stored = await names(db);
    const skipped = new Set([...FIRST_SEED, '人均预期寿命']);
    expect(added).toBe(INDICATOR_CATALOGUE.filter((c) => !skipped.has(c.name)).length);
    expect(stored.size).toBe(4 + added);
    expect(stored.has('新农合参合率')).toBe(false);
    expect(stored.has('婴儿死亡率')).toBe(false);
    expect(stored.has('人均预期寿命')).toBe(false);
    expect(stored.get('新型农村合作医疗参合率')).toEqual(['新农合参合率', '参合率']);
    expect(stored.has('新生儿死亡率')).toBe(true);
    // 床位数 stays the synonym of the indicator that already had it
    expect(stored.get('医疗卫生机构床位数')).toEqual(['医疗机构床位数', '实有床位数']);
    expect(await ensureIndicatorCatalogue(db)).toBe(0);
  });
});
