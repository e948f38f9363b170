/**
 * Storage side of `server/src/cli/bench-dashboard.ts`: a throw-away schema, a deterministic
 * national data set, and one hand-written statement computing the dashboard's cells to time
 * the repository against. Benchmark-only; nothing in the app imports it.
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { CATEGORIES } from '@targetboard/shared/indicators/catalogue';
import { addQuarters, type Quarter } from '@targetboard/shared/quarters/quarter';
import { createDb, type DbHandle } from '../create-db';
import type { Db, DbOrTrx } from '../database';
import { settleTables } from './settle-tables';

export const BENCH_PROVINCES = 32;

async function admin(url: string, text: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(text).finally(() => client.end());
}

/** PGlite in memory, or a fresh schema on PostgreSQL at `url` that `close` drops. */
export async function openBenchDb(engine: string, url: string): Promise<DbHandle> {
  if (engine === 'pglite') return createDb();
  const schema = `tb_bench_dash_${randomBytes(4).toString('hex')}`;
  await admin(url, `CREATE SCHEMA ${schema}`);
  const handle = await createDb({ databaseUrl: url, schema, poolSize: 4 });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await admin(url, `DROP SCHEMA ${schema} CASCADE`);
    },
  };
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * 全国 + 32 provinces × (1 + 10 cities + 89 counties), 80 indicators, targets at three levels
 * (national year-less, provincial per year, cities for half the indicators) and one figure
 * per region × indicator × quarter for `quarters` quarters up to `asOf`, generated in SQL.
 */
export async function generateBenchData(db: Db, quarters: number, asOf: Quarter) {
  const ids = async (
    rows: { code: string; name: string; level: number; parent_id: number | null }[],
  ) =>
    (await db.insertInto('regions').values(rows).returning(['id', 'code']).execute()).map(
      (r) => r.id,
    );
  const [nation] = await ids([{ code: '000000', name: '全国', level: 0, parent_id: null }]);
  const provinces = await ids(
    Array.from({ length: BENCH_PROVINCES }, (_, p) => ({
      code: `${11 + p}0000`,
      name: `省${p + 1}`,
      level: 1,
      parent_id: nation!,
    })),
  );
  const cityRows = provinces.flatMap((pid, p) =>
    Array.from({ length: 10 }, (_, c) => ({
      code: `${11 + p}${pad2(c + 1)}00`,
      name: `省${p + 1}市${c + 1}`,
      level: 2,
      parent_id: pid,
    })),
  );
  const cities = await ids(cityRows);
  await ids(
    provinces.flatMap((_, p) =>
      Array.from({ length: 89 }, (__, k) => ({
        code: `${11 + p}${pad2(1 + (k % 10))}${pad2(1 + Math.floor(k / 10))}`,
        name: `省${p + 1}县${k + 1}`,
        level: 3,
        parent_id: cities[p * 10 + (k % 10)]!,
      })),
    ),
  );
  await db
    .insertInto('indicators')
    .values(
      Array.from({ length: 80 }, (_, m) => ({
        name: `基准指标${String(m + 1).padStart(2, '0')}`,
        unit: m % 5 === 4 ? '人' : '%',
        kind: m % 5 === 4 ? ('count' as const) : ('rate' as const),
        direction: m % 10 === 6 || m % 10 === 7 ? ('down' as const) : ('up' as const),
        category: CATEGORIES[m % CATEGORIES.length]!,
      })),
    )
    .execute();
  // Comparator by indicator: floors, ceilings, a band; counts are cumulative floors.
  const comparator = `CASE WHEN i.kind = 'count' THEN '>=' WHEN i.id % 10 IN (6, 7) THEN '<='
    WHEN i.id % 10 = 8 THEN '~' WHEN i.id % 10 = 9 THEN '>' ELSE '>=' END`;
  const base = `CASE WHEN i.kind = 'count' THEN 200 WHEN i.id % 10 IN (6, 7) THEN 10
    WHEN i.id % 10 = 8 THEN 50 ELSE 90 END`;
  const h = (salt: string) => `((hashint4(${salt}) & 65535) / 65536.0)`;
  const year = Number(asOf.slice(0, 4));
  const firstYear = Number(addQuarters(asOf, -(quarters - 1)).slice(0, 4));
  const target = (where: string, years: string, value: string) =>
    sql.raw(`INSERT INTO targets (indicator_id, indicator_name, region_id, year, comparator,
        value, unit, kind, direction, state)
      SELECT i.id, i.name, r.id, y, ${comparator}, ${value}, i.unit, i.kind,
        CASE WHEN i.id % 10 = 8 THEN 'band' ELSE i.direction END, 'confirmed'
      FROM regions r CROSS JOIN indicators i CROSS JOIN ${years} WHERE ${where}`);
  await target('r.level = 0', '(SELECT NULL::int AS y) yy', base).execute(db);
  await target(
    'r.level = 1',
    `generate_series(${firstYear}, ${year}) y`,
    `round((${base}) * (0.98 + 0.04 * ${h('r.id * 31 + i.id * 7 + y')}), 1)`,
  ).execute(db);
  await target('r.level = 2 AND i.id % 2 = 0', `(SELECT ${year} AS y) yy`, `${base}`).execute(db);

  const value = (r: string) => `CASE WHEN i.kind = 'count' THEN 30 + 40 * ${r}
    WHEN i.id % 10 IN (6, 7) THEN 5 + 10 * ${r} WHEN i.id % 10 = 8 THEN 45 + 10 * ${r}
    ELSE 80 + 20 * ${r} END`;
  for (let k = quarters - 1; k >= 0; k--) {
    const q = addQuarters(asOf, -k);
    const started = performance.now();
    await sql
      .raw(
        `INSERT INTO observations (indicator_id, region_id, quarter, value, updated_by)
         SELECT i.id, r.id, '${q}', round((${value(h(`r.id * 131 + i.id * 7919 + ${k * 104729}`))})::numeric, 2), 'bench'
         FROM regions r CROSS JOIN indicators i`,
      )
      .execute(db);
    process.stderr.write(`  ${q}: ${Math.round(performance.now() - started)} ms\n`);
  }
  // This schema's tables only, and until they are all-visible (`settleTables`): a bare
  // VACUUM went over every schema of the shared database and could leave this one unmarked.
  warnUnsettled(await settleTables(db, { analyze: true }));
  return { nation: nation!, provinces };
}

export interface ReferenceCell {
  regionId: number;
  indicatorId: number;
  status: string;
}

/**
 * The same cells in one hand-written statement: the region and its children, each with its
 * own or inherited target (nearest ancestor, intensive ones only; that year's, else the latest
 * earlier, else a year-less one; every bench region reports, so no sub-region sums), the figure judged (latest, or year-to-date for counts), the status by the
 * comparator with the pro-rated path and the 2 % margin, the last four quarters, the source
 * and the roll-up over each one's sub-regions. Only the trend projection is left out.
 */
export async function referenceDashboardGrid(
  db: Db,
  regionId: number,
  year: number,
  asOf: Quarter,
  quarters: readonly string[],
): Promise<ReferenceCell[]> {
  const final = asOf.endsWith('Q4');
  const { rows } = await sql<ReferenceCell>`
    WITH RECURSIVE fam(id, parent_id, gen) AS (
      SELECT id, parent_id, 0 FROM regions WHERE id = ${regionId}
      UNION ALL
      SELECT r.id, r.parent_id, f.gen + 1 FROM regions r JOIN fam f ON r.parent_id = f.id WHERE f.gen < 2
    ),
    chain(region_id, ancestor_id, depth) AS (
      SELECT id, id, 0 FROM fam
      UNION ALL
      SELECT c.region_id, r.parent_id, c.depth + 1 FROM chain c JOIN regions r ON r.id = c.ancestor_id
      WHERE r.parent_id IS NOT NULL
    ),
    picked AS (
      SELECT DISTINCT ON (t.region_id, t.indicator_id) t.*
      FROM targets t
      WHERE t.state = 'confirmed' AND t.indicator_id IS NOT NULL
        AND (t.year IS NULL OR t.year <= ${year}) AND t.region_id IN (SELECT ancestor_id FROM chain)
      ORDER BY t.region_id, t.indicator_id, t.year DESC NULLS LAST, t.id
    ),
    resolved AS (
      SELECT DISTINCT ON (c.region_id, p.indicator_id) c.region_id AS cell_id, p.*
      FROM chain c JOIN picked p ON p.region_id = c.ancestor_id
      WHERE c.depth = 0 OR p.measure = 'intensive'
      ORDER BY c.region_id, p.indicator_id, c.depth
    ),
    figs AS (
      SELECT o.region_id, o.indicator_id,
        (array_agg(o.value ORDER BY o.quarter DESC)
          FILTER (WHERE o.value IS NOT NULL AND o.quarter >= ${`${year}Q1`}))[1] AS latest,
        sum(o.value) FILTER (WHERE o.quarter >= ${`${year}Q1`}) AS ytd,
        max(right(o.quarter, 1)::int)
          FILTER (WHERE o.value IS NOT NULL AND o.quarter >= ${`${year}Q1`}) AS k,
        array_agg(o.value ORDER BY o.quarter) FILTER (WHERE o.quarter > ${addQuarters(asOf, -4)}) AS trend
      FROM observations o
      WHERE o.quarter = ANY(${[...quarters]}::text[]) AND o.region_id IN (SELECT id FROM fam)
      GROUP BY o.region_id, o.indicator_id
    ),
    judged AS (
      SELECT r.cell_id, r.indicator_id, r.id AS target_id, r.region_id AS source_region_id,
        r.document_id, r.source_start, r.source_end, r.quote, r.comparator, r.value AS tv,
        r.kind = 'count' AS cum, f.k, f.trend,
        CASE WHEN r.kind = 'count' THEN f.ytd ELSE f.latest END AS x,
        CASE WHEN r.kind = 'count' AND NOT ${final} THEN f.k / 4.0 ELSE 1 END AS share,
        CASE WHEN r.comparator <> '~' THEN 0 WHEN r.tolerance IS NOT NULL THEN r.tolerance
          WHEN r.unit = '%' THEN least(abs(r.value) * 0.05, 2) ELSE abs(r.value) * 0.05 END AS tol,
        coalesce(r.value_max, r.value) AS tmax
      FROM resolved r LEFT JOIN figs f ON f.region_id = r.cell_id AND f.indicator_id = r.indicator_id
    ),
    bounds AS (
      SELECT *,
        CASE WHEN comparator IN ('>=', '>', '=', '~') THEN (tv - tol) * share END AS lo,
        CASE WHEN comparator IN ('<=', '<', '=', '~') THEN (tmax + tol) * share END AS hi
      FROM judged
    ),
    cells AS (
      SELECT *, CASE
        WHEN tv IS NULL OR k IS NULL THEN 'no_data'
        WHEN (lo IS NULL OR CASE WHEN comparator = '>' THEN x > lo ELSE x >= lo END)
         AND (hi IS NULL OR CASE WHEN comparator = '<' THEN x < hi ELSE x <= hi END) THEN 'met'
        WHEN ${final} THEN 'missed'
        WHEN cum THEN 'at_risk'
        WHEN lo IS NOT NULL AND x < lo THEN CASE WHEN lo - x <= 0.02 * abs(lo) THEN 'at_risk' ELSE 'missed' END
        WHEN x - hi <= 0.02 * abs(hi) THEN 'at_risk'
        ELSE 'missed' END AS status
      FROM bounds
    )
    SELECT c.cell_id AS "regionId", c.indicator_id AS "indicatorId", c.status, c.x AS value,
      c.target_id, c.source_region_id, c.document_id, c.source_start, c.source_end, c.quote,
      c.trend,
      count(s.cell_id) FILTER (WHERE s.status = 'met') AS met,
      count(s.cell_id) FILTER (WHERE s.status = 'at_risk') AS at_risk,
      count(s.cell_id) FILTER (WHERE s.status = 'missed') AS missed,
      count(s.cell_id) FILTER (WHERE s.status = 'no_data') AS no_data
    FROM cells c
    JOIN fam f ON f.id = c.cell_id AND f.gen <= 1
    LEFT JOIN fam sf ON sf.parent_id = c.cell_id
    LEFT JOIN cells s ON s.cell_id = sf.id AND s.indicator_id = c.indicator_id
    GROUP BY c.cell_id, c.indicator_id, c.status, c.x, c.target_id, c.source_region_id,
      c.document_id, c.source_start, c.source_end, c.quote, c.trend`.execute(db);
  return rows;
}

export interface ReferenceTrendPoint {
  regionId: number;
  quarter: string;
  value: number | null;
  /** The target value in force that year (own or nearest ancestor's), null when none. */
  target: number | null;
  /** met / not_met by the comparator (year-to-date on the pro-rated path for counts); none. */
  status: 'met' | 'not_met' | 'no_data' | 'none';
}

/**
 * One indicator's quarterly figures in some regions over `quarters` in one hand-written
 * statement, each beside the target in force that year (the region's own, else the nearest
 * ancestor's; that year's, else the latest earlier, else a year-less one) and judged by the
 * comparator alone: no margin, no projection.
 */
export async function referenceTrend(
  db: Db,
  indicatorId: number,
  regionIds: readonly number[],
  quarters: readonly string[],
): Promise<ReferenceTrendPoint[]> {
  const first = quarters[0]!;
  const last = quarters.at(-1)!;
  const ids = [...regionIds];
  const { rows } = await sql<ReferenceTrendPoint>`
    WITH RECURSIVE chain(region_id, ancestor_id, depth) AS (
      SELECT id, id, 0 FROM regions WHERE id = ANY(${ids}::int[])
      UNION ALL
      SELECT c.region_id, r.parent_id, c.depth + 1 FROM chain c JOIN regions r ON r.id = c.ancestor_id
      WHERE r.parent_id IS NOT NULL
    ),
    in_force AS (
      SELECT DISTINCT ON (c.region_id, y) c.region_id, y, t.comparator, t.value,
        coalesce(t.value_max, t.value) AS tmax, t.kind = 'count' AS cum,
        CASE WHEN t.comparator <> '~' THEN 0 WHEN t.tolerance IS NOT NULL THEN t.tolerance
          WHEN t.unit = '%' THEN least(abs(t.value) * 0.05, 2) ELSE abs(t.value) * 0.05 END AS tol
      FROM chain c
      CROSS JOIN generate_series(${Number(first.slice(0, 4))}::int, ${Number(last.slice(0, 4))}::int) y
      JOIN targets t ON t.region_id = c.ancestor_id AND t.indicator_id = ${indicatorId}
        AND t.state = 'confirmed' AND (t.year IS NULL OR t.year <= y)
        AND (c.depth = 0 OR t.measure = 'intensive')
      ORDER BY c.region_id, y, c.depth, t.year DESC NULLS LAST, t.id
    ),
    figs AS (
      SELECT o.region_id, o.quarter, o.value,
        sum(o.value) OVER (PARTITION BY o.region_id, left(o.quarter, 4) ORDER BY o.quarter) AS ytd
      FROM observations o
      WHERE o.indicator_id = ${indicatorId} AND o.region_id = ANY(${ids}::int[])
        AND o.quarter >= ${`${first.slice(0, 4)}Q1`} AND o.quarter <= ${last}
    ),
    judged AS (
      SELECT g.region_id, g.quarter, f.value, i.value AS target, i.comparator, i.tol, i.tmax,
        CASE WHEN i.cum THEN f.ytd ELSE f.value END AS x,
        CASE WHEN i.cum THEN right(g.quarter, 1)::int / 4.0 ELSE 1 END AS share
      FROM unnest(${ids}::int[]) AS g0(region_id)
      CROSS JOIN unnest(${[...quarters]}::text[]) AS q(quarter)
      CROSS JOIN LATERAL (SELECT g0.region_id, q.quarter) g
      LEFT JOIN figs f ON f.region_id = g.region_id AND f.quarter = g.quarter
      LEFT JOIN in_force i ON i.region_id = g.region_id AND i.y = left(g.quarter, 4)::int
    )
    SELECT region_id AS "regionId", quarter, value, target,
      CASE WHEN target IS NULL THEN 'none' WHEN x IS NULL THEN 'no_data'
        WHEN CASE comparator
          WHEN '>=' THEN x >= target * share WHEN '>' THEN x > target * share
          WHEN '<=' THEN x <= tmax * share WHEN '<' THEN x < tmax * share
          ELSE x BETWEEN (target - tol) * share AND (tmax + tol) * share END
        THEN 'met' ELSE 'not_met' END AS status
    FROM judged ORDER BY region_id, quarter`.execute(db);
  return rows;
}

/** How many figures the generated set holds. */
export async function countBenchObservations(db: Db): Promise<number> {
  const { n } = await db
    .selectFrom('observations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(n);
}

/** A region as the dashboard request names it. */
export async function findBenchRegion(db: Db, id: number) {
  return db
    .selectFrom('regions')
    .select(['id', 'code', 'name', 'level'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

/** A region, its children and grandchildren (a province's cities and counties), by id. */
export async function listBenchFamily(db: Db, rootId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('regions')
    .select('id')
    .where((eb) =>
      eb.or([
        eb('id', '=', rootId),
        eb('parent_id', '=', rootId),
        eb(
          'parent_id',
          'in',
          eb.selectFrom('regions').select('id').where('parent_id', '=', rootId),
        ),
      ]),
    )
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}

/** Every indicator id, in order. */
export async function listBenchIndicatorIds(db: Db): Promise<number[]> {
  return (await db.selectFrom('indicators').select('id').orderBy('id').execute()).map((r) => r.id);
}

/**
 * Rewrites one quarter's figures of these regions (null: every region) in place, as a save or
 * an import writes them (value + 0: every row updated, nothing changed). `notes` false switches
 * off the stored statuses' triggers for this transaction only: the write as it was before them.
 */
export async function rewriteBenchFigures(
  trx: DbOrTrx,
  quarter: string,
  regionIds: readonly number[] | null,
  notes: boolean,
): Promise<number> {
  if (!notes)
    await sql`ALTER TABLE observations DISABLE TRIGGER observations_dirty_update`.execute(trx);
  const result = await sql`
    UPDATE observations SET value = value + 0 WHERE quarter = ${quarter}
      AND (${regionIds === null}::boolean OR region_id = ANY(${[...(regionIds ?? [])]}::int[]))`.execute(
    trx,
  );
  return Number(result.numAffectedRows ?? 0);
}

/** A county of the data set (a save's region) and its id. */
export async function findBenchCounty(db: Db): Promise<number> {
  const row = await db
    .selectFrom('regions')
    .select('id')
    .where('level', '=', 3)
    .orderBy('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * A bench schema kept between runs (`bench-cold-grid.ts`): opened at `url` in `schema`,
 * created when missing; `fresh` says whether it holds no data set yet. Never dropped here, so
 * old and new code can be timed in turn on the same data; drop it by hand when done.
 */
export async function openKeptBenchDb(
  url: string,
  schema: string,
): Promise<DbHandle & { fresh: boolean }> {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new RangeError(`not a schema name: ${schema}`);
  await admin(url, `CREATE SCHEMA IF NOT EXISTS ${schema}`);
  const handle = await createDb({ databaseUrl: url, schema, poolSize: 4 });
  const { rows } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM pg_tables
    WHERE schemaname = ${schema} AND tablename = 'observations'`.execute(handle.db);
  const fresh =
    rows[0]!.n === 0 ||
    (await handle.db.selectFrom('regions').select('id').limit(1).execute()).length === 0;
  return { ...handle, fresh };
}

/**
 * Vacuums the stored statuses after a bench built them, as autovacuum does on a server soon
 * after a first start (the shared bench server runs with autovacuum off): the grid's roll-ups
 * are read index-only, and a page is skipped only once the visibility map marks it — which
 * another session's open snapshot can hold back, so this waits for it (`settleTables`).
 */
export async function vacuumBenchStatuses(db: Db): Promise<void> {
  warnUnsettled(await settleTables(db, { tables: ['cell_statuses'], analyze: true }));
}

/** Says on stderr which tables a bench times unsettled (another session held them back). */
function warnUnsettled(shares: Record<string, number>): void {
  const short = Object.entries(shares).filter(([, share]) => share < 1);
  if (short.length > 0)
    process.stderr.write(
      `not all-visible after waiting: ${short.map(([t, s]) => `${t} ${(s * 100).toFixed(0)} %`).join(', ')}\n`,
    );
}

/** The generated set's 全国 and its provinces (by id), found again in a kept schema. */
export async function findBenchNation(db: Db): Promise<{ nation: number; provinces: number[] }> {
  const nation = await db
    .selectFrom('regions')
    .select('id')
    .where('parent_id', 'is', null)
    .executeTakeFirstOrThrow();
  const provinces = await db
    .selectFrom('regions')
    .select('id')
    .where('parent_id', '=', nation.id)
    .orderBy('id')
    .execute();
  return { nation: nation.id, provinces: provinces.map((p) => p.id) };
}
