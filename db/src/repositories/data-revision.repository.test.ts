import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../create-db';
import { createTestDb } from '../testing/create-test-db';
import { readDataRevision } from './data-revision.repository';

describe('data revision', () => {
  let t: DbHandle;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t.close());

  it('grows with each committed write a dashboard reads, and not with a rolled-back one', async () => {
    const { db } = t;
    const start = BigInt(await readDataRevision(db));
    const [region] = await db
      .insertInto('regions')
      .values({ code: '990000', name: '测试省', level: 1, parent_id: null })
      .returning('id')
      .execute();
    const afterRegion = BigInt(await readDataRevision(db));
    expect(afterRegion).toBeGreaterThan(start);

    const [indicator] = await db
      .insertInto('indicators')
      .values({ name: '修订测试率', unit: '%', direction: 'up', kind: 'rate', category: '' })
      .returning('id')
      .execute();
    await db
      .insertInto('observations')
      .values({ indicator_id: indicator!.id, region_id: region!.id, quarter: '2026Q1', value: 1 })
      .execute();
    const afterObservation = BigInt(await readDataRevision(db));
    expect(afterObservation).toBeGreaterThan(afterRegion);

    await expect(
      db.transaction().execute(async (trx) => {
        await trx.updateTable('observations').set({ value: 2 }).execute();
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(BigInt(await readDataRevision(db))).toBe(afterObservation);

    // Tables a dashboard does not read leave it alone.
    await db
      .insertInto('change_log')
      .values({ entity: 'observation', entity_key: 'k', channel: 'system' })
      .execute();
    expect(BigInt(await readDataRevision(db))).toBe(afterObservation);
  });
});
