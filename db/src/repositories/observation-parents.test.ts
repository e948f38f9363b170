import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyRows } from '../copy-rows';
import type { DbHandle } from '../create-db';
import type { Db } from '../database';
import { createTestDb, testEngine } from '../testing/create-test-db';
import { seedReportingFixture } from '../testing/reporting-fixture';
import { readDataRevision } from './data-revision.repository';
import { copyWithParentsLocked } from './observation-parents';

describe(`observations COPYed with each parent checked once, on ${testEngine()}`, () => {
  let h: DbHandle;
  let f: Awaited<ReturnType<typeof seedReportingFixture>>;
  beforeAll(async () => {
    h = await createTestDb();
    f = await seedReportingFixture(h.db);
  });
  afterAll(() => h.close());

  const COPY = `COPY observations (region_id, indicator_id, quarter, value) FROM STDIN
    WITH (FORMAT csv)`;
  /** Copies one figure per (region, quarter) for `indicator`; answers how keys were checked. */
  const copy = (trx: Db, regions: number[], indicator: number, quarters: string[]) =>
    copyWithParentsLocked(trx, regions, [indicator], async () => {
      const lines = regions.flatMap((r) => quarters.map((q) => `${r},${indicator},${q},7\n`));
      await copyRows(trx, COPY, lines.join(''));
    });
  const figuresOf = (indicator: number) =>
    h.db
      .selectFrom('observations')
      .select(['region_id', 'quarter', 'value'])
      .where('indicator_id', '=', indicator)
      .orderBy('region_id')
      .orderBy('quarter')
      .execute();
  const clear = async () => {
    await sql`DELETE FROM observations`.execute(h.db);
    await sql`DELETE FROM cell_status_dirty`.execute(h.db);
  };

  it('finds every trigger of observations firing in every replication mode', async () => {
    // A trigger added later at the default ENABLE would be skipped by the fresh import's COPY
    // without a word: it must be ENABLE ALWAYS ('A'), as migration 2026-12-06-2000 made these.
    const { rows } = await sql<{ name: string; enabled: string }>`
      SELECT tgname AS name, tgenabled AS enabled FROM pg_trigger
      WHERE tgrelid = 'observations'::regclass AND NOT tgisinternal`.execute(h.db);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.enabled !== 'A')).toEqual([]);
  });

  it('writes the rows, and the data revision and status notes of its own triggers', async () => {
    await clear();
    const before = BigInt(await readDataRevision(h.db));
    const how = await h.db
      .transaction()
      .execute((trx) =>
        copy(trx as unknown as Db, [f.regions.countyA, f.regions.countyB], f.indicators.doctors, [
          '2025Q1',
          '2025Q2',
        ]),
      );
    expect(how).toBe('once per parent');
    expect(await figuresOf(f.indicators.doctors)).toHaveLength(4);
    expect(BigInt(await readDataRevision(h.db))).toBeGreaterThan(before);
    const notes = await sql<{ region_ids: number[]; indicator_ids: number[]; year_from: number }>`
      SELECT region_ids, indicator_ids, year_from FROM cell_status_dirty`.execute(h.db);
    expect(notes.rows).toHaveLength(1);
    expect(notes.rows[0]!.indicator_ids).toEqual([f.indicators.doctors]);
    expect([...notes.rows[0]!.region_ids].sort()).toEqual(
      [f.regions.countyA, f.regions.countyB].sort(),
    );
    expect(notes.rows[0]!.year_from).toBe(2025);
    // The per-row checks are back on for the rest of the transaction.
    const mode = await h.db.transaction().execute(async (trx) => {
      await copy(trx as unknown as Db, [f.regions.city], f.indicators.doctors, ['2025Q3']);
      return sql<{ m: string }>`SELECT current_setting('session_replication_role') AS m`.execute(
        trx,
      );
    });
    expect(mode.rows[0]!.m).toBe('origin');
  });

  it('refuses a region that does not exist as the foreign key does, writing nothing', async () => {
    await clear();
    const gone = (await sql<{ id: number }>`SELECT max(id) + 100 AS id FROM regions`.execute(h.db))
      .rows[0]!.id;
    const error = await h.db
      .transaction()
      .execute((trx) =>
        copy(trx as unknown as Db, [f.regions.countyA, gone], f.indicators.growth, ['2025Q1']),
      )
      .catch((e: unknown) => e);
    expect((error as { code?: string }).code).toBe('23503');
    expect(await figuresOf(f.indicators.growth)).toEqual([]);
  });

  it('checks each row where the role may not set session_replication_role', async () => {
    await clear();
    // A role of this test alone, given the tables but not the setting.
    const role = `tb_importer_${randomBytes(4).toString('hex')}`;
    await sql.raw(`CREATE ROLE ${role} NOLOGIN`).execute(h.db);
    try {
      const schema = await schemaOf();
      for (const grant of [
        `GRANT USAGE ON SCHEMA ${schema} TO ${role}`,
        `GRANT ALL ON ALL TABLES IN SCHEMA ${schema} TO ${role}`,
        `GRANT ALL ON ALL SEQUENCES IN SCHEMA ${schema} TO ${role}`,
        // PGlite COPYs from its '/dev/blob' device, a server file.
        ...(testEngine() === 'pglite' ? [`GRANT pg_read_server_files TO ${role}`] : []),
      ])
        await sql.raw(grant).execute(h.db);
      const how = await h.db.transaction().execute(async (t) => {
        const trx = t as unknown as Db;
        await sql.raw(`SET LOCAL ROLE ${role}`).execute(trx);
        return copy(trx, [f.regions.countyA], f.indicators.coverage, ['2025Q1', '2025Q2']);
      });
      expect(how).toBe('per row');
      expect(await figuresOf(f.indicators.coverage)).toHaveLength(2);
    } finally {
      await sql.raw(`DROP OWNED BY ${role}`).execute(h.db);
      await sql.raw(`DROP ROLE ${role}`).execute(h.db);
    }
  });

  // A second connection: PGlite has one.
  it.skipIf(testEngine() === 'pglite')(
    'keeps the parents locked until commit: a region cannot be deleted under the import',
    async () => {
      await clear();
      const region = (
        await h.db
          .insertInto('regions')
          .values({ code: 'T100199', name: 'T待删县', level: 3, parent_id: f.regions.city })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
      const remove = () =>
        h.db.connection().execute(async (other) => {
          await sql`SET lock_timeout = '300ms'`.execute(other);
          try {
            await sql`DELETE FROM regions WHERE id = ${region}`.execute(other);
          } finally {
            await sql`RESET lock_timeout`.execute(other);
          }
        });
      await h.db.transaction().execute(async (trx) => {
        expect(await copy(trx as unknown as Db, [region], f.indicators.mortality, ['2025Q1'])).toBe(
          'once per parent',
        );
        // 55P03: the delete waits for this transaction's key-share lock.
        await expect(remove()).rejects.toMatchObject({ code: '55P03' });
      });
      // Committed, the figure holds the region as its foreign key does.
      await expect(remove()).rejects.toMatchObject({ code: '23503' });
      expect(await figuresOf(f.indicators.mortality)).toEqual([
        { region_id: region, quarter: '2025Q1', value: 7 },
      ]);
    },
  );

  const schemaOf = async () =>
    (await sql<{ s: string }>`SELECT current_schema() AS s`.execute(h.db)).rows[0]!.s;
});
