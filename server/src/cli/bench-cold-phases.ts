/**
 * Where a cold grid's time goes, request by request: to find what makes the slow ones slow
 * (issue 18's p95 is the tail of 30). Runs on a schema `bench-cold-grid.ts` kept:
 *   npx tsx server/src/cli/bench-cold-phases.ts --schema tb_cold_10m --runs 120
 *   npx tsx server/src/cli/bench-cold-phases.ts --schema tb_cold_10m --region province
 * `--region province` cycles through the provinces, as bench-dashboard's province rows do.
 * For each cold request (`dashboardCache: false`, as the benches time it) it records its wall
 * and CPU time, each statement's span from its compiling to its rows (pool wait, the round
 * trip, the server's work and the driver's decoding), and the GC pauses inside it (a
 * `PerformanceObserver` of `gc`). It prints each phase's p50/p95/max over the runs and, for
 * the slowest twentieth, the same phases beside the median's, so the phase that grows with
 * the wall shows. Phases: `before` (request start to the first statement of the grid's wave:
 * session, region path), `wave` (the wave's first statement to its last rows), `after` (the
 * last rows to the body: packing, JSON), `gc` (pauses inside the request, in any phase).
 * Below the table: the CPU per request of this process and of its PostgreSQL backends (the
 * mean over all runs: the backends' clock ticks in 10 ms, too coarse for one request).
 */
import { parseArgs } from 'node:util';
import { loadavg } from 'node:os';
import { PerformanceObserver } from 'node:perf_hooks';
import { StatementTimer } from '@targetboard/db/testing/statement-timer';
import { CpuMeter } from '@targetboard/db/testing/backend-cpu';
import {
  BENCH_PROVINCES,
  findBenchNation,
  findBenchRegion,
  openKeptBenchDb,
} from '@targetboard/db/testing/dashboard-bench';
import { settleTables } from '@targetboard/db/testing/settle-tables';
import { createApp } from '../app';
import { signInAs } from '../testing/auth';

const { values: args } = parseArgs({
  options: {
    schema: { type: 'string' },
    runs: { type: 'string', default: '120' },
    encoding: { type: 'string', default: '' },
    region: { type: 'string', default: 'national' },
  },
});
if (args.region !== 'national' && args.region !== 'province')
  throw new Error('--region national | province');
if (!args.schema) throw new Error('--schema NAME: a schema bench-cold-grid.ts generated');
const RUNS = Number(args.runs);
const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

const pct = (list: number[], p: number) => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
};

async function main() {
  const handle = await openKeptBenchDb(url, args.schema!);
  if (handle.fresh) throw new Error(`${args.schema} is empty: generate it with bench-cold-grid.ts`);
  const timer = new StatementTimer();
  const db = handle.db.withPlugin(timer);
  const gcs: { start: number; end: number }[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      gcs.push({ start: e.startTime, end: e.startTime + e.duration });
  });
  observer.observe({ entryTypes: ['gc'] });
  try {
    const visible = await settleTables(handle.db);
    const { nation, provinces } = await findBenchNation(handle.db);
    const regions = await Promise.all(
      (args.region === 'national' ? [nation] : provinces.slice(0, BENCH_PROVINCES)).map((id) =>
        findBenchRegion(handle.db, id),
      ),
    );
    const app = createApp({ database: { ...handle, db }, dashboardCache: false });
    const { cookie } = await signInAs(app, handle.db, 'admin');
    const headers: Record<string, string> = { cookie };
    if (args.encoding) headers['Accept-Encoding'] = args.encoding;
    const gridPath = (i: number) =>
      `/api/dashboard?region=${regions[i % regions.length]!.code}&year=2026&quarter=2`;
    const one = async (i: number) => {
      const res = await app.request(gridPath(i), { headers });
      if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
      await res.arrayBuffer();
    };
    for (let i = 0; i < 5; i++) await one(i);
    const meter = new CpuMeter();
    const cpuStarted = meter.sample();

    type Row = Record<string, number>;
    const rows: Row[] = [];
    for (let i = 0; i < RUNS; i++) {
      timer.spans = [];
      const started = performance.now();
      const cpu = process.cpuUsage();
      await one(i);
      const used = process.cpuUsage(cpu);
      const ended = performance.now();
      // GC callbacks come after the pause: let the observer deliver before reading.
      await new Promise((resolve) => setImmediate(resolve));
      const spans = timer.spans;
      // The grid's wave: every statement begun after the session's and the region path's
      // rows came (one statement, or two one after the other, before it).
      const before = spans.filter(
        (s) =>
          s.label === 'Select:users' ||
          s.label.startsWith('raw:WITH RECURSIVE up') ||
          s.label.startsWith('raw:SELECT ? AS path'),
      );
      const beforeEnd = Math.max(...before.map((s) => s.end));
      const wave = spans.filter((s) => s.start >= beforeEnd);
      const waveStart = Math.min(...wave.map((s) => s.start));
      const waveEnd = Math.max(...wave.map((s) => s.end));
      const row: Row = {
        wall: ended - started,
        cpu: (used.user + used.system) / 1000,
        before: waveStart - started,
        wave: waveEnd - waveStart,
        after: ended - waveEnd,
        gc: gcs
          .filter((g) => g.end > started && g.start < ended)
          .reduce((sum, g) => sum + Math.min(g.end, ended) - Math.max(g.start, started), 0),
        statements: spans.length,
      };
      const count = new Map<string, number>();
      for (const s of spans) {
        const n = (count.get(s.label) ?? 0) + 1;
        count.set(s.label, n);
        row[`${s.label}#${n}`] = s.end - s.start;
      }
      rows.push(row);
    }

    const cpuEnded = meter.sample();
    const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))];
    const bySlow = [...rows].sort((a, b) => b.wall! - a.wall!);
    const tail = bySlow.slice(0, Math.max(2, Math.round(RUNS / 20)));
    const fmt = (n: number | undefined) => (n === undefined ? '-' : n.toFixed(1));
    console.log(
      `${RUNS} cold ${args.region} requests on ${args.schema}; load ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}; visible ${JSON.stringify(visible)}`,
    );
    // The p95 as bench-dashboard took it from 30 runs (the 2nd slowest), block by block, beside
    // the whole count's: how far a 30-run estimate swings on the same data.
    const walls = rows.map((r) => r.wall!);
    const blocks: string[] = [];
    for (let at = 0; at + 30 <= walls.length; at += 30)
      blocks.push(fmt(pct(walls.slice(at, at + 30), 0.95)));
    console.log(
      `wall p95 of each 30 in turn: ${blocks.join(', ')}; of all ${walls.length}: ${fmt(pct(walls, 0.95))}`,
    );
    console.log('| phase (ms) | p50 | p95 | max | mean of slowest 5 % |');
    console.log('|---|---|---|---|---|');
    for (const k of keys) {
      const list = rows.map((r) => r[k]).filter((v): v is number => v !== undefined);
      const tailMean = tail.reduce((s, r) => s + (r[k] ?? 0), 0) / tail.length;
      console.log(
        `| ${k} | ${fmt(pct(list, 0.5))} | ${fmt(pct(list, 0.95))} | ${fmt(Math.max(...list))} | ${fmt(tailMean)} |`,
      );
    }
    const perRequest = (seconds: number) => fmt((seconds * 1000) / RUNS);
    console.log(
      `CPU per request, mean: Node ${perRequest(cpuEnded.node - cpuStarted.node)} ms (sampling left out), backends ${perRequest(cpuEnded.server - cpuStarted.server)} ms`,
    );
  } finally {
    observer.disconnect();
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
