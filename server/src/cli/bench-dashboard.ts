/**
 * Times the dashboard on a deterministic national data set: 全国 + 32 provinces × (1 + 10
 * cities + 89 counties) = 3,201 regions × 80 indicators × N quarters up to 2026Q2.
 *   npx tsx server/src/cli/bench-dashboard.ts              (4 quarters ≈ 1.02 M observations)
 *   npx tsx server/src/cli/bench-dashboard.ts --quarters 40   (≈ 10.2 M, the scale)
 *   npx tsx server/src/cli/bench-dashboard.ts --engine pglite  (in-memory PGlite, 1 M at most)
 * PostgreSQL at BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test), in a
 * throw-away schema dropped at the end. It compares the service and the HTTP route with one
 * hand-written statement computing the same cells, and prints a Markdown table.
 *
 * The generator and the reference statement live in db/src/testing/dashboard-bench.ts (SQL
 * stays in db). Kept out of the test suite: run it by hand or with `pnpm bench:dashboard`.
 */
import { parseArgs } from 'node:util';
import {
  BENCH_PROVINCES as PROVINCES,
  generateBenchData,
  openBenchDb,
  referenceDashboardGrid,
} from '@targetboard/db/testing/dashboard-bench';
import { migrateToLatest } from '@targetboard/db/migrate';
import type { RegionRef } from '@targetboard/shared/api/regions.schema';
import type { Quarter } from '@targetboard/shared/quarters/quarter';
import { createApp } from '../app';
import { buildDashboard, quartersNeeded } from '../services/dashboard.service';
import { signInAs } from '../testing/auth';

const { values: args } = parseArgs({
  options: {
    quarters: { type: 'string', default: '4' },
    runs: { type: 'string', default: '30' },
    engine: { type: 'string', default: 'postgres' },
  },
});
const QUARTERS = Number(args.quarters);
const RUNS = Number(args.runs);
const AS_OF = '2026Q2' as Quarter;
const YEAR = 2026;
const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

interface Timing {
  p50: number;
  p95: number;
}

async function time(fn: (i: number) => Promise<unknown>, runs = RUNS): Promise<Timing> {
  for (let i = 0; i < 3; i++) await fn(i);
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn(i);
    ms.push(performance.now() - started);
  }
  ms.sort((a, b) => a - b);
  const at = (p: number) => ms[Math.min(ms.length - 1, Math.floor(p * ms.length))]!;
  return { p50: at(0.5), p95: at(0.95) };
}

async function main() {
  const handle = await openBenchDb(args.engine, url);
  const db = handle.db;
  try {
    await migrateToLatest(db);
    const started = performance.now();
    process.stderr.write(`generating ${QUARTERS} quarters on ${handle.engine}…\n`);
    const { nation, provinces } = await generateBenchData(db, QUARTERS, AS_OF);
    const { n } = await db
      .selectFrom('observations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    process.stderr.write(`${n} observations in ${Math.round(performance.now() - started)} ms\n`);

    const region = async (id: number): Promise<RegionRef> =>
      db
        .selectFrom('regions')
        .select(['id', 'code', 'name', 'level'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
    const root = await region(nation);
    const provinceRefs = await Promise.all(provinces.map(region));
    const request = (r: RegionRef) => ({
      region: r,
      year: YEAR,
      quarter: 2 as const,
      scopeRegionId: null,
    });
    const app = createApp({ database: handle });
    const { cookie } = await signInAs(app, db, 'admin');
    const http = async (code: string) => {
      const res = await app.request(`/api/dashboard?region=${code}&year=${YEAR}&quarter=2`, {
        headers: { cookie },
      });
      if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
      return res.json();
    };
    const quarters = quartersNeeded(AS_OF);
    const reference = (r: RegionRef) => referenceDashboardGrid(db, r.id, YEAR, AS_OF, quarters);

    // The two must agree before their times mean anything.
    const service = await buildDashboard(db, request(root));
    const ref = await reference(root);
    const refStatus = new Map(ref.map((c) => [`${c.regionId}:${c.indicatorId}`, c.status]));
    let same = 0;
    let total = 0;
    for (const row of [service.parent, ...service.rows])
      for (const c of row.cells) {
        total++;
        if (refStatus.get(`${row.region.id}:${c.indicatorId}`) === c.status) same++;
      }

    const rows: [string, number, Timing][] = [];
    const national = (label: string, fn: (i: number) => Promise<unknown>) =>
      time(fn).then((t) => rows.push([label, 0, t]));
    const province = (label: string, fn: (r: RegionRef) => Promise<unknown>) =>
      time((i) => fn(provinceRefs[i % PROVINCES]!)).then((t) => rows.push([label, 1, t]));
    await national('national · hand-written SQL', () => reference(root));
    await national('national · service', () => buildDashboard(db, request(root)));
    await national('national · HTTP (app.request + JSON)', () => http(root.code));
    await province('province · hand-written SQL', (r) => reference(r));
    await province('province · service', (r) => buildDashboard(db, request(r)));
    await province('province · HTTP (app.request + JSON)', (r) => http(r.code));

    const baseline = [rows[0]![2].p50, rows[3]![2].p50];
    console.log(
      `\n### Dashboard on ${handle.engine}: ${n} observations, ${QUARTERS} quarters, as of ${AS_OF}\n`,
    );
    console.log(
      `National grid: ${service.rows.length} provinces × ${service.indicators.length} indicators, roll-ups over ${service.rows.reduce((s, r) => s + r.region.childCount, 0)} cities; statuses equal to the reference in ${same} of ${total} cells (${((same / total) * 100).toFixed(1)} %; the reference has no trend projection).\n`,
    );
    console.log('| what | p50 ms | p95 ms | p50 ÷ SQL |');
    console.log('| --- | ---: | ---: | ---: |');
    for (const [label, scope, t] of rows)
      console.log(
        `| ${label} | ${t.p50.toFixed(1)} | ${t.p95.toFixed(1)} | ${(t.p50 / baseline[scope]!).toFixed(2)}× |`,
      );
    console.log(
      `\n${RUNS} runs each after 3 warm-ups; province runs cycle through all ${PROVINCES} provinces.`,
    );
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
