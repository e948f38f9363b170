import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../create-db';
import type { DbOrTrx } from '../database';
import { createTestDb } from '../testing/create-test-db';
import { foldDataRevisions, readDataRevision } from './data-revision.repository';

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

/** Pids above Linux's pid_max (4,194,304): counters of backends that can no longer be alive. */
const ENDED_PID = 10_000_000;

async function addEndedCounters(db: DbOrTrx, from: number, count: number, n: number) {
  await sql`
    INSERT INTO data_revisions (backend, n)
    SELECT ${ENDED_PID}::int + k, ${n}::bigint
    FROM generate_series(${from}::int, ${from + count - 1}::int) AS k`.execute(db);
}

async function counterRows(db: DbOrTrx) {
  const { rows } = await sql<{ rows: number; live: number; ended: number }>`
    SELECT count(*)::int AS rows,
      count(*) FILTER (WHERE backend IN (SELECT pid FROM pg_stat_activity))::int AS live,
      count(*) FILTER (WHERE backend >= ${ENDED_PID})::int AS ended
    FROM data_revisions`.execute(db);
  return rows[0]!;
}

describe('folding the data revision counters', () => {
  let t: DbHandle;
  let indicatorId: number;
  let regionId: number;
  beforeAll(async () => {
    t = await createTestDb();
    const [region] = await t.db
      .insertInto('regions')
      .values({ code: '990100', name: '折叠测试省', level: 1, parent_id: null })
      .returning('id')
      .execute();
    const [indicator] = await t.db
      .insertInto('indicators')
      .values({ name: '折叠测试率', unit: '%', direction: 'up', kind: 'rate', category: '' })
      .returning('id')
      .execute();
    regionId = region!.id;
    indicatorId = indicator!.id;
  });
  afterAll(() => t.close());

  const write = (db: DbOrTrx, value: number) =>
    db
      .insertInto('observations')
      .values({ indicator_id: indicatorId, region_id: regionId, quarter: '2026Q1', value })
      .onConflict((oc) =>
        oc.columns(['indicator_id', 'region_id', 'quarter']).doUpdateSet({ value }),
      )
      .execute();

  it('leaves one row besides the live backends and keeps the sum', async () => {
    const { db } = t;
    await write(db, 1);
    await addEndedCounters(db, 0, 40, 3);
    const before = await readDataRevision(db);
    const rowsBefore = await counterRows(db);
    expect(rowsBefore.ended).toBe(40);

    expect(await foldDataRevisions(db)).toBe(40);
    expect(await readDataRevision(db)).toBe(before);
    const after = await counterRows(db);
    expect(after.ended).toBe(0);
    // The live backends' own rows stay (they keep bumping them without waiting on anyone).
    expect(after.live).toBe(rowsBefore.live);
    expect(after.rows).toBe(after.live + 1);

    // A second fold adds ended rows to the folded one; nothing to fold leaves it all be.
    await addEndedCounters(db, 100, 5, 7);
    expect(await foldDataRevisions(db)).toBe(5);
    expect(BigInt(await readDataRevision(db))).toBe(BigInt(before) + 35n);
    expect(await foldDataRevisions(db)).toBe(0);
    expect((await counterRows(db)).rows).toBe(after.rows);

    // And writes go on counting on top of the folded sum.
    await write(db, 2);
    expect(BigInt(await readDataRevision(db))).toBeGreaterThan(BigInt(before) + 35n);
  });

  it('never lets the revision go backwards while writes and folds run together', async () => {
    const { db } = t;
    let last = BigInt(await readDataRevision(db));
    let seen = 0;
    for (let round = 0; round < 15; round++) {
      const writes = Promise.all([
        write(db, round),
        addEndedCounters(db, 1000 + round * 10, 10, 1),
        write(db, round + 0.5),
      ]);
      const folds = Promise.all([foldDataRevisions(db), foldDataRevisions(db)]);
      const reads = (async () => {
        for (let k = 0; k < 5; k++) {
          const now = BigInt(await readDataRevision(db));
          expect(now).toBeGreaterThanOrEqual(last);
          last = now;
          seen++;
        }
      })();
      await Promise.all([writes, folds, reads]);
    }
    expect(seen).toBe(75);
    // Everything written is counted once: the last fold leaves the live rows and one more.
    await foldDataRevisions(db);
    const rows = await counterRows(db);
    expect(rows.ended).toBe(0);
    expect(rows.rows).toBe(rows.live + 1);
    expect(BigInt(await readDataRevision(db))).toBeGreaterThanOrEqual(last);
  });
});
