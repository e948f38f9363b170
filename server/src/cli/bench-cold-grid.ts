/**
 * Times the cold grids and the trend on a bench data set kept between runs, so two builds of
 * the app (before and after a change) can be timed in turn on the same data under the same
 * load: `bench-dashboard.ts` regenerates its data every run, which at 10 M takes minutes.
 *   npx tsx server/src/cli/bench-cold-grid.ts --schema tb_cold_1m --quarters 4
 * The first run generates the data set (`generateBenchData`) and builds the stored statuses;
 * later runs only time. Prints one JSON line of p50/p95 per measure and the load average.
 * Warm national: `national.warm` (body read as text), `national.warm.json` (parsed, as
 * bench-dashboard times it), `national.warm.parse` (that parse alone, no request).
 * `--engine pglite` generates an in-memory PGlite instead, on every run.
 * Each run first vacuums the schema until its pages are all-visible (`settleTables`), and
 * prints `visible`: 'all', or the tables' shares when another session held it back too long.
 * The schema stays: `DROP SCHEMA … CASCADE` by hand when done.
 */
import { parseArgs } from 'node:util';
import { loadavg } from 'node:os';
import {
  BENCH_PROVINCES,
  findBenchNation,
  findBenchRegion,
  generateBenchData,
  listBenchFamily,
  listBenchIndicatorIds,
  openBenchDb,
  openKeptBenchDb,
  referenceTrend,
  vacuumBenchStatuses,
} from '@targetboard/db/testing/dashboard-bench';
import { migrateToLatest } from '@targetboard/db/migrate';
import { settleTables } from '@targetboard/db/testing/settle-tables';
import type { RegionRef } from '@targetboard/shared/api/regions.schema';
import { addQuarters, quarterOf } from '@targetboard/shared/quarters/quarter';
import { createApp } from '../app';
import { ensureCellStatuses } from '../services/cell-statuses.service';
import { buildDashboard } from '../services/dashboard.service';
import { signInAs } from '../testing/auth';

const { values: args } = parseArgs({
  options: {
    schema: { type: 'string' },
    engine: { type: 'string', default: 'postgres' },
    quarters: { type: 'string', default: '4' },
    runs: { type: 'string', default: '20' },
    only: { type: 'string', default: '' },
  },
});
const pglite = args.engine === 'pglite';
if (!args.schema && !pglite)
  throw new Error('--schema NAME: the kept schema to read (created when missing)');
const QUARTERS = Number(args.quarters);
const RUNS = Number(args.runs);
const AS_OF = quarterOf(2026, 2);
const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/**
 * p50 and p95 of the wall time, and the p50 of this process's CPU time per call (TypeScript,
 * driver, JSON): under a shared machine's load the wall time swings, the CPU time far less.
 */
async function time(
  fn: (i: number) => Promise<unknown>,
): Promise<{ p50: number; p95: number; cpu50: number }> {
  for (let i = 0; i < 3; i++) await fn(i);
  const ms: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    await fn(i);
    const used = process.cpuUsage(cpuStarted);
    ms.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
  const at = (list: number[], p: number) =>
    list.sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(p * list.length))]!;
  return {
    p50: +at(ms, 0.5).toFixed(1),
    p95: +at(ms, 0.95).toFixed(1),
    cpu50: +at(cpu, 0.5).toFixed(1),
  };
}

async function main() {
  // PGlite lives in memory: generated afresh on every run.
  const handle = pglite
    ? { ...(await openBenchDb('pglite', url)), fresh: true }
    : await openKeptBenchDb(url, args.schema!);
  const db = handle.db;
  try {
    await migrateToLatest(db);
    if (handle.fresh) {
      process.stderr.write(`generating ${QUARTERS} quarters in ${args.schema}…\n`);
      await generateBenchData(db, QUARTERS, AS_OF);
    }
    // Builds what is not held (after a migration that empties the store, or a first run).
    if ((await ensureCellStatuses(db, new Date('2026-06-30'))).length > 0)
      await vacuumBenchStatuses(db);
    // Every run times the schema settled (all pages all-visible), as its visibility map may
    // stand otherwise: built while another session held a snapshot open, it stays unmarked,
    // and a cold national grid then reads ~1,500 more buffers. The shares are printed.
    const visible = await settleTables(db);
    const { nation, provinces: provinceIds } = await findBenchNation(db);
    const root: RegionRef = await findBenchRegion(db, nation);
    const provinces: RegionRef[] = await Promise.all(
      provinceIds.map((id) => findBenchRegion(db, id)),
    );

    const app = createApp({ database: handle, dashboardCache: false });
    // Warm: the app as it ships, keeping grids while the data revision stands.
    const warm = createApp({ database: handle });
    const { cookie } = await signInAs(app, db, 'admin');
    const get = async (path: string, on = app, encoding?: string) => {
      const headers: Record<string, string> = { cookie };
      if (encoding) headers['Accept-Encoding'] = encoding;
      const res = await on.request(path, { headers });
      if (res.status !== 200) throw new Error(`HTTP ${res.status} ${path}`);
      return encoding ? res.arrayBuffer() : res.text();
    };
    const gridPath = (r: RegionRef) => `/api/dashboard?region=${r.code}&year=2026&quarter=2`;
    const grid = (r: RegionRef) => get(gridPath(r));
    const service = (r: RegionRef) =>
      buildDashboard(
        db,
        { region: r, year: 2026, quarter: 2, scopeRegionId: null },
        { connections: pglite ? 1 : 4 },
      );
    const span = Math.min(QUARTERS, 40);
    const trendQuarters = Array.from({ length: span }, (_, k) => addQuarters(AS_OF, k - span + 1));
    const family = await listBenchFamily(db, provinceIds[0]!);
    const indicatorIds = await listBenchIndicatorIds(db);
    const indicator = (i: number) => indicatorIds[i % indicatorIds.length]!;
    const trendPath = (i: number) =>
      `/api/trends?indicatorId=${indicator(i)}&regionIds=${family.join(',')}` +
      `&from=${trendQuarters[0]}&to=${trendQuarters.at(-1)}`;

    // The warm national reply's bytes, to time the client's own parse of them alone.
    const warmBody = await get(gridPath(root), warm);
    const measures: Record<string, (i: number) => Promise<unknown>> = {
      'national.http': () => grid(root),
      'national.service': () => service(root),
      'national.warm': () => get(gridPath(root), warm),
      // As bench-dashboard times it: the body parsed by the client (res.json()).
      'national.warm.json': async () => {
        const res = await warm.request(gridPath(root), { headers: { cookie } });
        if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
        return res.json();
      },
      // That parse alone, on the same bytes without a request: the client's share of the above.
      'national.warm.parse': () => new Response(warmBody as string).json(),
      // As a browser asks: the body as sent (compressed), not decoded.
      'national.warm.br': () => get(gridPath(root), warm, 'gzip, deflate, br'),
      'province.http': (i) => grid(provinces[i % BENCH_PROVINCES]!),
      'province.service': (i) => service(provinces[i % BENCH_PROVINCES]!),
      'trend.sql': (i) => referenceTrend(db, indicator(i), family, trendQuarters),
      'trend.http': (i) => get(trendPath(i)),
    };
    const only = args.only ? args.only.split(',') : Object.keys(measures);
    const load = [loadavg()[0]!];
    const out: Record<string, unknown> = {};
    for (const name of only) out[name] = await time(measures[name]!);
    // The trend reply's size as sent uncompressed (what the server encodes and the client parses).
    if (only.includes('trend.http'))
      out['trend.bytes'] = Buffer.byteLength((await get(trendPath(0))) as string);
    load.push(loadavg()[0]!);
    out.load = load.map((l) => +l.toFixed(2));
    const unsettled = Object.entries(visible).filter(([, share]) => share < 1);
    out.visible = unsettled.length === 0 ? 'all' : Object.fromEntries(unsettled);
    console.log(JSON.stringify(out));
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
