/**
 * HTTP throughput of the dashboard endpoint under a bounded load from a second process
 * (autocannon on loopback), beside a bare Hono endpoint on the same pool returning the same
 * cells from one hand-written statement. Prints a Markdown table.
 *   npx tsx server/src/cli/bench-http.ts [--seconds 10] [--connections 20]
 * PostgreSQL at BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test), in a
 * throw-away schema.
 * The generated figures bypass the status refresh, so the first cold row judges every cell live,
 * a state a running server is never in. A last row times it again once the stored statuses are
 * built as a server's start builds them (`ensureCellStatuses`): what a request after a write
 * reads, and the goal's measure (as bench-dashboard's cold rows).
 */
import { execFile } from 'node:child_process';
import { parseArgs, promisify } from 'node:util';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { printBenchFigures } from '@targetboard/db/testing/bench-figures';
import { migrateToLatest } from '@targetboard/db/migrate';
import {
  findBenchRegion,
  generateBenchData,
  openBenchDb,
  referenceDashboardGrid,
  vacuumBenchStatuses,
} from '@targetboard/db/testing/dashboard-bench';
import { quarterOf } from '@targetboard/shared/quarters/quarter';
import { createApp } from '../app';
import { ensureCellStatuses } from '../services/cell-statuses.service';
import { quartersNeeded } from '../services/dashboard.service';
import { signInAs } from '../testing/auth';

const run = promisify(execFile);
const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '20' },
  },
});
const AS_OF = quarterOf(2026, 2);
const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

function listen(
  fetch: (req: Request) => Response | Promise<Response>,
): Promise<{ port: number; close: () => void }> {
  return new Promise((resolve) => {
    const server = serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
      resolve({ port: info.port, close: () => server.close() }),
    );
  });
}

async function load(
  target: string,
  headers: string[],
): Promise<{ rps: number; p50: number; p99: number; errors: number }> {
  const { stdout } = await run(
    'npx',
    [
      'autocannon',
      '-j',
      '-c',
      args.connections!,
      '-d',
      args.seconds!,
      ...headers.flatMap((h) => ['-H', h]),
      target,
    ],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  const r = JSON.parse(stdout) as {
    requests: { average: number };
    latency: { p50: number; p99: number };
    errors: number;
    non2xx: number;
  };
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.non2xx,
  };
}

async function main() {
  const handle = await openBenchDb('postgres', url);
  try {
    await migrateToLatest(handle.db);
    const { provinces } = await generateBenchData(handle.db, 1, AS_OF);
    const province = await findBenchRegion(handle.db, provinces[0]!);
    const quarters = quartersNeeded(AS_OF);

    // As shipped (grids kept per data revision) and with every request computing its grid.
    const warm = createApp({ database: handle });
    const cold = createApp({ database: handle, dashboardCache: false });
    const { cookie } = await signInAs(warm, handle.db, 'admin');
    const bare = new Hono().get('/grid', async (c) =>
      c.json(await referenceDashboardGrid(handle.db, province.id, 2026, AS_OF, quarters)),
    );
    const servers = await Promise.all([listen(warm.fetch), listen(cold.fetch), listen(bare.fetch)]);
    const [warmServer, coldServer, bareServer] = servers;
    const path = `/api/dashboard?region=${province.code}&year=2026&quarter=2`;
    try {
      const bareResult = await load(`http://127.0.0.1:${bareServer!.port}/grid`, []);
      const coldResult = await load(`http://127.0.0.1:${coldServer!.port}${path}`, [
        `cookie=${cookie}`,
      ]);
      const warmResult = await load(`http://127.0.0.1:${warmServer!.port}${path}`, [
        `cookie=${cookie}`,
      ]);
      await ensureCellStatuses(handle.db, new Date('2026-06-30'));
      await vacuumBenchStatuses(handle.db);
      const storedResult = await load(`http://127.0.0.1:${coldServer!.port}${path}`, [
        `cookie=${cookie}`,
      ]);
      console.log(
        `\n### HTTP throughput: a province grid, ${args.connections} connections for ${args.seconds} s each (autocannon, second process)\n`,
      );
      console.log('| endpoint | req/s | p50 ms | p99 ms | errors | ÷ bare |');
      console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
      for (const [name, r] of [
        ['Targetboard GET /api/dashboard, cold: grid computed per request', coldResult],
        ['Targetboard GET /api/dashboard as shipped: grid kept per data revision', warmResult],
        ['bare Hono + pg: one hand-written statement', bareResult],
        [
          'Targetboard GET /api/dashboard, cold, stored statuses built (as after a start)',
          storedResult,
        ],
      ] as const) {
        console.log(
          `| ${name} | ${r.rps.toFixed(1)} | ${r.p50} | ${r.p99} | ${r.errors} | ${(r.rps / bareResult.rps).toFixed(2)} |`,
        );
      }
      const ratio = storedResult.rps / bareResult.rps;
      printBenchFigures({
        bench: 'http',
        engine: 'postgres',
        figures: {
          'cold.ratio': coldResult.rps / bareResult.rps,
          'warm.ratio': warmResult.rps / bareResult.rps,
          'cold.stored.ratio': ratio,
          'bare.rps': bareResult.rps,
        },
      });
      console.log(
        `\nBoth Targetboard rows check the session and the scope and apply the status rules; goal ≥ 0.70 of the bare endpoint for a grid computed per request from the stored statuses: ${ratio.toFixed(2)} (${ratio >= 0.7 ? 'met' : 'not met'}).`,
      );
    } finally {
      for (const server of servers) server.close();
    }
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
