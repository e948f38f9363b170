/**
 * Storage side of `server/src/cli/bench-import.ts`: a throw-away database (PGlite in memory,
 * or a fresh schema on PostgreSQL), a deterministic CSV of N observations in the import
 * file's format, and a bare COPY of the same rows (resolved to ids) into tables made
 * `LIKE observations INCLUDING ALL`, with and without its foreign keys — the baselines the
 * app's import is measured against.
 * Benchmark-only; nothing in the app imports it.
 */
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, sql } from 'kysely';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { blobCopiesOn } from '../copy-rows';
import { createDb, type DbHandle } from '../create-db';
import type { Database, Db } from '../database';
import { migrateToLatest } from '../migrate';
import { seedReportingFixture } from './reporting-fixture';

export interface ImportBench {
  handle: DbHandle;
  /**
   * COPYs CSV rows (the columns of COPY_COLUMNS) into `observations_copy` (indexes only) or
   * `observations_copy_fk` (indexes and observations' foreign keys); returns the count.
   * `beforeEnd` runs once the rows are in, before the connection closes (a CPU sample of
   * its backend).
   */
  copy(csv: string, table: CopyTable, beforeEnd?: () => void): Promise<number>;
  close(): Promise<void>;
}

const COPY_COLUMNS =
  'indicator_id, region_id, quarter, value, numerator, denominator, note, updated_by';
export type CopyTable = 'observations_copy' | 'observations_copy_fk';
const COPY_SQL = (table: CopyTable, source: string) =>
  `COPY ${table} (${COPY_COLUMNS}) FROM ${source} WITH (FORMAT csv)`;

/** A migrated database with empty `observations_copy` and `observations_copy_fk` tables. */
export async function openImportBench(engine: string, url: string): Promise<ImportBench> {
  let bench: ImportBench;
  if (engine === 'pglite') {
    // createDb's PGlite, kept in hand: COPY FROM '/dev/blob' needs PGlite's own `query`.
    const pglite = await PGlite.create('memory://', { parsers: { 20: Number } });
    blobCopiesOn(pglite); // as createDb does: the app's import COPYs its staging rows
    const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) }) as Db;
    const handle: DbHandle = { db, engine: 'pglite', close: () => db.destroy() };
    bench = {
      handle,
      copy: async (csv, table, beforeEnd) => {
        const result = await pglite.query(COPY_SQL(table, `'/dev/blob'`), [], {
          blob: new Blob([csv]),
        });
        beforeEnd?.();
        return result.affectedRows ?? 0;
      },
      close: () => handle.close(),
    };
  } else {
    const schema = `tb_bench_import_${randomBytes(4).toString('hex')}`;
    await admin(url, `CREATE SCHEMA ${schema}`);
    const handle = await createDb({ databaseUrl: url, schema, poolSize: 4 });
    bench = {
      handle,
      copy: async (csv, table, beforeEnd) => {
        const client = new pg.Client({
          connectionString: url,
          options: `-c search_path=${schema}`,
        });
        await client.connect();
        try {
          const stream = client.query(copyFrom(COPY_SQL(table, 'STDIN')));
          await pipeline(Readable.from(chunks(csv)), stream);
          beforeEnd?.();
          return Number(stream.rowCount);
        } finally {
          await client.end();
        }
      },
      close: async () => {
        await handle.close();
        await admin(url, `DROP SCHEMA ${schema} CASCADE`);
      },
    };
  }
  try {
    await migrateToLatest(bench.handle.db);
    const db = bench.handle.db;
    await sql`CREATE TABLE observations_copy (LIKE observations INCLUDING ALL)`.execute(db);
    // LIKE copies no foreign keys; the real table checks two per row, so this one does too.
    await sql`CREATE TABLE observations_copy_fk (LIKE observations INCLUDING ALL,
      FOREIGN KEY (indicator_id) REFERENCES indicators(id),
      FOREIGN KEY (region_id) REFERENCES regions(id))`.execute(db);
  } catch (error) {
    await bench.close();
    throw error;
  }
  return bench;
}

/** Quarters of the generated file: 2024Q1 … 2026Q2. */
export const BENCH_QUARTERS = [
  '2024Q1',
  '2024Q2',
  '2024Q3',
  '2024Q4',
  '2025Q1',
  '2025Q2',
  '2025Q3',
  '2025Q4',
  '2026Q1',
  '2026Q2',
];

export interface ImportBenchData {
  /** The import file's text for each value set: header, then one row per cell. */
  csv(values: readonly string[], withVersion?: number): string;
  /** The same cells resolved to ids, in COPY_COLUMNS order, without a header. */
  copyCsv(values: readonly string[], user: string): string;
  /** First value set, and a second that changes every cell plausibly. */
  values: { first: readonly string[]; second: readonly string[] };
  rows: number;
}

/**
 * The reporting fixture's four indicators × ten quarters × as many new counties (6-digit codes
 * 900000…, under 甲市) as `rows` needs: a deterministic file of exactly `rows` cells.
 */
export async function seedImportBench(db: Db, rows: number): Promise<ImportBenchData> {
  const f = await seedReportingFixture(db);
  const indicators = [
    { name: 'T参合率', id: f.indicators.coverage },
    { name: 'T增长率', id: f.indicators.growth },
    { name: 'T全科医生数', id: f.indicators.doctors },
    { name: 'T孕产妇死亡率', id: f.indicators.mortality },
  ];
  const perRegion = indicators.length * BENCH_QUARTERS.length;
  const regionCount = Math.ceil(rows / perRegion);
  const regions: { id: number; code: string }[] = [];
  for (let i = 0; i < regionCount; i += 5_000) {
    const batch = Array.from({ length: Math.min(5_000, regionCount - i) }, (_, j) => ({
      code: String(900_000 + i + j),
      name: `区${i + j}`,
      level: 4,
      parent_id: f.regions.city,
    }));
    regions.push(
      ...(await db.insertInto('regions').values(batch).returning(['id', 'code']).execute()),
    );
  }
  const each = (line: (r: (typeof regions)[number], q: string, k: number) => string) => {
    const out: string[] = [];
    outer: for (const r of regions)
      for (const q of BENCH_QUARTERS)
        for (let k = 0; k < indicators.length; k++) {
          if (out.length === rows) break outer;
          out.push(line(r, q, k));
        }
    return out;
  };
  return {
    rows,
    values: { first: ['95', '5', '30', '10'], second: ['96', '6', '31', '11'] },
    csv: (values, withVersion) => {
      const version = withVersion === undefined ? '' : `,${withVersion}`;
      const header = `region_code,indicator,quarter,value,numerator,denominator,note${withVersion === undefined ? '' : ',version'}`;
      return [
        header,
        ...each((r, q, k) => `${r.code},${indicators[k]!.name},${q},${values[k]},,,${version}`),
      ].join('\n');
    },
    copyCsv: (values, user) =>
      each((r, q, k) => `${indicators[k]!.id},${r.id},${q},${values[k]},,,,${user}`).join('\n') +
      '\n',
  };
}

function* chunks(text: string, size = 1 << 20) {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function admin(url: string, text: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(text).finally(() => client.end());
}
