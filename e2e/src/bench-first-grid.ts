/**
 * `npx tsx e2e/src/bench-first-grid.ts [--quarters 1] [--runs 5]`: the time from asking for
 * the national dashboard to its first drawn grid cell, in Debian's Chromium on the slow
 * profile of issue 18 (1.6 Mbps down, 750 kbps up, 150 ms round trip, CPU slowed 4×), with a
 * cold browser cache each run. The server runs as shipped on a throw-away PostgreSQL database
 * holding the dashboard bench's national data set (3,201 regions × 80 indicators). Prints a
 * Markdown table: with compression as served, and with the browser refusing compression
 * (Accept-Encoding: identity) to show what the bytes cost. Not part of the test suite.
 *
 * Three clocks. "Drawn" is taken in the page: the first task after the frame that first holds a
 * status cell, ms from navigation. A message posted from that frame's `requestAnimationFrame`
 * callback is run once the frame's style, layout and paint are done, so this is when the main
 * thread has painted the grid (the compositor's raster and the screen's refresh follow on other
 * threads). "Frame start" is the `requestAnimationFrame` time itself, this bench's mark until
 * session 13: it is taken before that frame's style, layout and paint, so it left them out.
 * "Seen" is when the page's call saying so reached this process (an exposed function: nothing
 * polls the page, whose slowed main thread polling would share), so it lags by any long task
 * that follows. The goal is judged on "drawn", at the median and the p95 (nearest rank). `--profile` adds each long task's busiest functions and trace
 * events; `--compare <dist>` takes another build's runs in turn with this one's, with `--cpu`
 * tracing each run for its main thread's CPU time (thread time to the drawn frame, by trace
 * event) and printing each build's median waterfall. `--database <name>` keeps the generated
 * data in that database for the next run (drop it when done).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { createDb } from '@targetboard/db/create-db';
import { migrateToLatest } from '@targetboard/db/migrate';
import { printBenchFigures } from '@targetboard/db/testing/bench-figures';
import { generateBenchData } from '@targetboard/db/testing/dashboard-bench';
import { quarterOf } from '@targetboard/shared/quarters/quarter';
import { launchBrowser } from './browser';
import { E2E_ADMIN, startServer } from './server-process';

const { values: args } = parseArgs({
  options: {
    quarters: { type: 'string', default: '1' },
    runs: { type: 'string', default: '5' },
    // Also profile the page's main thread in the compressed runs and print where it went.
    profile: { type: 'boolean', default: false },
    // Skip the runs with compression refused (quicker, when only the served page matters).
    'served-only': { type: 'boolean', default: false },
    // Another build of the web app (a copy of its web/dist): served by a second server on the
    // same data, its runs taken in turn with this build's, and both medians printed.
    compare: { type: 'string' },
    // With --compare: trace every run for its main thread's CPU time.
    cpu: { type: 'boolean', default: false },
    // Keep the generated data in this database between runs (made and filled on the first).
    database: { type: 'string' },
    // With --profile: write each run's CPU profile here (.cpuprofile, which DevTools opens).
    'save-profiles': { type: 'string' },
  },
});
const RUNS = Number(args.runs);
const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
/** Issue 18's measure before the page work, on the same profile. */
const BASELINE_MS = 7500;
const GOAL_MS = 3000;
/** What the tables' "drawn" is, printed under them. */
const DRAWN_MEANS =
  '"Drawn" is when the main thread has painted the grid: the first task after the frame that first holds a status cell (a message posted from its requestAnimationFrame callback). "Frame start" is that callback\'s time, before the frame\'s style, layout and paint: the mark before session 13. With --cpu, "frame painted (trace)" is the end of that frame\'s Paint on the main thread: "drawn" can come later when the page queued tasks before the bench\'s message.';
const SLOW = { latency: 150, download: 1_600_000 / 8, upload: 750_000 / 8, cpu: 4 };

async function admin(text: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(text).finally(() => client.end());
}

async function databaseExists(name: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const found = await client
    .query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
    .finally(() => client.end());
  return found.rowCount === 1;
}

interface Run {
  /** The task after the frame that painted the first status cell, ms from navigation (in the page). */
  drawn: number;
  /** That frame's `requestAnimationFrame` time: before its style, layout and paint (the old mark). */
  frameStart: number;
  /** When the driver saw the cell, ms from asking for the page. */
  ms: number;
  bytes: number;
  /** Each request of the page: start and end in ms from navigation, bytes on the wire. */
  waterfall: string[];
  /** With --profile: the main thread's long tasks and its busiest functions. */
  profile: string[];
  /** With --profile or in --compare: the main thread's CPU time to the drawn frame (ms). */
  cpu?: number;
  /** When traced: the end of the grid frame's Paint on the main thread, ms from navigation. */
  paintEnd?: number;
}

interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  }[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * Each long task's busiest functions (self time), the profile's samples placed on the page's
 * clock by `offset` (ms from the profile's start to navigation; close, not exact).
 */
function tasksProfile(profile: CpuProfile, tasks: [number, number][], offset: number): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const perTask = tasks.map(() => new Map<string, number>());
  let t = 0;
  profile.samples.forEach((id, i) => {
    t += (profile.timeDeltas[i] ?? 0) / 1000;
    const at = t - offset;
    const k = tasks.findIndex(([start, duration]) => at >= start && at < start + duration);
    if (k < 0) return;
    const f = byId.get(id)!;
    const script = f.url ? new URL(f.url).pathname.replace(/-[\w-]{8}\.js$/, '.js') : '';
    const key = `${f.functionName || '(anonymous)'} ${script}:${f.lineNumber}:${f.columnNumber}`;
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    perTask[k]!.set(key, (perTask[k]!.get(key) ?? 0) + ms);
  });
  return tasks.map(([start, duration], k) => {
    const top = [...perTask[k]!].sort((a, b) => b[1] - a[1]).slice(0, 6);
    return `- ${Math.round(start)}+${Math.round(duration)}: ${top.map(([f, ms]) => `${f} ${ms.toFixed(0)}`).join('; ')}`;
  });
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** The event's thread time (µs), which waiting and other processes' load do not lengthen. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/**
 * The renderer's main thread from a Chromium trace: each task of 50 ms or more from navigation
 * to the grid, with the self time of the trace events inside it by name (script evaluation,
 * style, layout, paint, garbage collection…), which a CPU profile lumps as "(program)".
 */
function tasksTrace(events: TraceEvent[]): string[] {
  const start = events.find((e) => e.name === 'navigationStart')?.ts ?? 0;
  const busiest = mainThreads(events)[0];
  if (!busiest) return ['(no main thread in the trace)'];
  busiest.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const lines: string[] = [];
  for (const task of busiest) {
    if (task.name !== 'RunTask' || task.dur! < 50_000 || task.ts < start) continue;
    const end = task.ts + task.dur!;
    const inside = busiest.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= end);
    // Self time: an event's duration less that of the events directly inside it.
    const self = new Map<string, number>();
    const stack: { e: TraceEvent; children: number }[] = [];
    const close = (upTo: number) => {
      while (stack.length && stack.at(-1)!.e.ts + stack.at(-1)!.e.dur! <= upTo) {
        const { e, children } = stack.pop()!;
        self.set(e.name, (self.get(e.name) ?? 0) + (e.dur! - children) / 1000);
        if (stack.length) stack.at(-1)!.children += e.dur!;
      }
    };
    for (const e of inside) {
      close(e.ts);
      stack.push({ e, children: 0 });
    }
    close(Infinity);
    const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 7);
    lines.push(
      `- ${Math.round((task.ts - start) / 1000)}+${Math.round(task.dur! / 1000)}: ${top.map(([n, ms]) => `${n} ${ms.toFixed(0)}`).join('; ')}`,
    );
  }
  return lines;
}

/** The renderer threads' events from a Chromium trace, the page's (the busiest) first. */
function mainThreads(events: TraceEvent[]): TraceEvent[][] {
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || !mains.has(key) || e.dur === undefined) continue;
    byThread.set(key, [...(byThread.get(key) ?? []), e]);
  }
  return [...byThread.values()].sort(
    (a, b) => b.reduce((n, e) => n + e.dur!, 0) - a.reduce((n, e) => n + e.dur!, 0),
  );
}

/**
 * The page's main-thread CPU time (ms) from navigation to the drawn frame: the thread time of
 * its outermost trace events. Unlike the drawn time it leaves out the waits for the network
 * and, mostly, the other processes' load; the 4x throttle's pauses are not thread time either,
 * so it reads as the unthrottled work.
 */
function mainThreadCpu(
  events: TraceEvent[],
  drawn: number,
): { total: number; byEvent: Map<string, number> } {
  const start = events.find((e) => e.name === 'navigationStart')?.ts ?? 0;
  const end = start + drawn * 1000;
  const page = (mainThreads(events)[0] ?? []).filter((e) => e.ts >= start && e.ts < end);
  page.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  let total = 0;
  const byEvent = new Map<string, number>();
  // Self thread time: an event's less that of the events directly inside it.
  const stack: { e: TraceEvent; children: number }[] = [];
  const close = (upTo: number) => {
    while (stack.length && stack.at(-1)!.e.ts + stack.at(-1)!.e.dur! <= upTo) {
      const { e, children } = stack.pop()!;
      const own = e.tdur ?? 0;
      byEvent.set(e.name, (byEvent.get(e.name) ?? 0) + (own - children) / 1000);
      if (stack.length) stack.at(-1)!.children += own;
      else total += own / 1000;
    }
  };
  for (const e of page) {
    close(e.ts);
    stack.push({ e, children: 0 });
  }
  close(Infinity);
  return { total, byEvent };
}

/**
 * The end of the first Paint on the page's main thread at or after `frameStart` (ms from
 * navigation): the grid's frame painted. The in-page mark ("drawn") is a task after the frame,
 * so tasks the page queued before it (React's passive effects) can still delay it; this cannot.
 */
function framePaintEnd(events: TraceEvent[], frameStart: number): number | undefined {
  const start = events.find((e) => e.name === 'navigationStart')?.ts ?? 0;
  const from = start + frameStart * 1000;
  const paints = (mainThreads(events)[0] ?? [])
    .filter((e) => e.name === 'Paint' && e.ts >= from)
    .sort((a, b) => a.ts - b.ts);
  const first = paints[0];
  return first ? (first.ts + first.dur! - start) / 1000 : undefined;
}

/** Self time (ms, as slowed) by script and by function, from a sampled CPU profile. */
function summariseProfile(profile: CpuProfile): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const byScript = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, ms: number) =>
    map.set(key, (map.get(key) ?? 0) + ms);
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)!;
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const script = frame.url ? new URL(frame.url).pathname.replace(/-[\w-]{8}\.js$/, '.js') : '';
    add(byScript, script || `(${frame.functionName || 'program'})`, ms);
    add(byFunction, `${frame.functionName || '(anonymous)'} ${script}:${frame.lineNumber}`, ms);
  });
  const top = (map: Map<string, number>, n: number) =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, n);
  return [
    '| self time by script | ms |',
    '| --- | ---: |',
    ...top(byScript, 12).map(([k, ms]) => `| ${k} | ${ms.toFixed(0)} |`),
    '',
    '| self time by function | ms |',
    '| --- | ---: |',
    ...top(byFunction, 25).map(([k, ms]) => `| ${k} | ${ms.toFixed(0)} |`),
  ];
}

async function firstGrid(
  browser: Browser,
  base: string,
  identity: boolean,
  /** A trace gives the main thread's CPU time; a profile adds where it went. */
  watch: 'none' | 'trace' | 'profile' = 'none',
): Promise<Run> {
  const profile = watch === 'profile';
  const context = await browser.newContext();
  try {
    const login = await context.request.post(`${base}/api/auth/login`, {
      data: E2E_ADMIN,
      headers: { Origin: base },
    });
    if (!login.ok()) throw new Error(`sign-in failed: ${login.status()}`);
    const page: Page = await context.newPage();
    // In the page (a string: this file is not compiled with the DOM's types).
    await page.addInitScript(`
      new MutationObserver((_, observer) => {
        if (!document.querySelector('[role="grid"] [data-status]')) return;
        observer.disconnect();
        // The frame's callbacks run before its style, layout and paint; a message posted here
        // is a task of its own, run once the frame is painted.
        requestAnimationFrame((frameStart) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => window.benchGridDrawn(performance.now(), frameStart);
          channel.port2.postMessage(null);
        });
      }).observe(document, { childList: true, subtree: true });
      window.longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.longTasks.push([e.startTime, e.duration]);
      }).observe({ type: 'longtask', buffered: true });
    `);
    // The page says when it drew the cell: polling for it from here (a locator's waitFor) would
    // run queries and layout checks on the page's slowed main thread while it builds the grid.
    let started = 0;
    let onDrawn = (_: { drawn: number; frameStart: number; ms: number }) => {};
    const drawnAt = new Promise<{ drawn: number; frameStart: number; ms: number }>(
      (resolve, reject) => {
        onDrawn = resolve;
        setTimeout(() => reject(new Error('no grid drawn within 120 s')), 120_000).unref();
      },
    );
    await page.exposeFunction('benchGridDrawn', (drawn: number, frameStart: number) =>
      onDrawn({ drawn, frameStart, ms: performance.now() - started }),
    );
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: SLOW.latency,
      downloadThroughput: SLOW.download,
      uploadThroughput: SLOW.upload,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW.cpu });
    if (identity)
      await cdp.send('Network.setExtraHTTPHeaders', { headers: { 'Accept-Encoding': 'identity' } });
    let bytes = 0;
    cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => {
      bytes += e.encodedDataLength;
    });
    const trace: TraceEvent[] = [];
    let traced: Promise<void> = Promise.resolve();
    if (watch !== 'none') {
      // The protocol types events as string maps; Chromium sends numbers where TraceEvent says.
      cdp.on('Tracing.dataCollected', (e) => trace.push(...(e.value as unknown as TraceEvent[])));
      traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.start', {
        traceConfig: {
          includedCategories: [
            'toplevel',
            'devtools.timeline',
            'disabled-by-default-devtools.timeline',
            'v8',
            'blink.user_timing',
            '__metadata',
          ],
        },
      });
    }
    if (profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
      await cdp.send('Profiler.start');
    }
    const profileStarted = Date.now();
    started = performance.now();
    await page.goto(`${base}/dashboard`);
    const { drawn, frameStart, ms } = await drawnAt;
    const waterfall = await page.evaluate(() =>
      (
        performance.getEntriesByType('resource') as unknown as {
          name: string;
          startTime: number;
          responseStart: number;
          responseEnd: number;
          transferSize: number;
        }[]
      ).map(
        (e) =>
          `| ${new URL(e.name).pathname.replace(/-[\w-]{8}\.(js|css)$/, '.$1')} | ${Math.round(e.startTime)} | ${Math.round(e.responseStart)} | ${Math.round(e.responseEnd)} | ${(e.transferSize / 1024).toFixed(1)} |`,
      ),
    );
    const lines: string[] = [];
    const sampled = profile
      ? ((await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile }).profile
      : undefined;
    let cpu: number | undefined;
    let paintEnd: number | undefined;
    if (watch !== 'none') {
      await cdp.send('Tracing.end');
      await traced;
      const busy = mainThreadCpu(trace, drawn);
      cpu = busy.total;
      paintEnd = framePaintEnd(trace, frameStart);
      lines.push(
        `Main thread CPU time from navigation to the drawn frame: ${busy.total.toFixed(0)} ms; by event (self):`,
        '',
        [...busy.byEvent]
          .sort((x, y) => y[1] - x[1])
          .slice(0, 12)
          .map(([name, ms]) => `${name} ${ms.toFixed(0)}`)
          .join('; '),
        '',
      );
    }
    if (sampled && args['save-profiles']) {
      mkdirSync(args['save-profiles'], { recursive: true });
      const file = join(args['save-profiles'], `first-grid-${Date.now()}.cpuprofile`);
      // With where navigation and the drawn time fall on the profile's clock (ms from its
      // start), to read a window of it; DevTools ignores the extra fields.
      const origin = Number(await page.evaluate('performance.timeOrigin'));
      const navigation = origin - profileStarted;
      writeFileSync(file, JSON.stringify({ ...sampled, navigation, drawn: navigation + drawn }));
      lines.push(`CPU profile: ${file}`, '');
    }
    if (sampled) {
      const tasks = (await page.evaluate('window.longTasks')) as [number, number][];
      const origin = Number(await page.evaluate('performance.timeOrigin'));
      lines.push(
        'Long tasks (start+duration ms from navigation) and their busiest functions:',
        '',
        ...tasksProfile(sampled, tasks, origin - profileStarted),
        '',
        'The same tasks from the trace: self time by event (ms):',
        '',
        ...tasksTrace(trace),
        '',
        ...summariseProfile(sampled),
      );
    }
    return { drawn, frameStart, ms, bytes, waterfall, profile: lines, cpu, paintEnd };
  } finally {
    await context.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
/** Nearest-rank p95: with 5 runs, the slowest. */
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1]!;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/**
 * This build and another taken in turn (compressed, as served), so load hits both alike; with
 * `--cpu` each run is traced for its main thread's CPU time, which the load moves far less.
 */
async function compareBuilds(browser: Browser, base: string, databaseUrl: string, dist: string) {
  const other = await startServer(
    { DATABASE_URL: databaseUrl, DATA_DIR: undefined, WEB_DIST: dist },
    600_000,
  );
  try {
    const builds = { 'this build': base, [dist]: other.url };
    const runs: Record<string, Run[]> = { 'this build': [], [dist]: [] };
    const loads: string[] = [loadavg()[0]!.toFixed(1)];
    const watch = args.cpu ? 'trace' : 'none';
    for (const url of Object.values(builds)) await firstGrid(browser, url, false);
    for (let i = 0; i < RUNS; i++) {
      // Alternate which goes first, so neither always meets the other's leftovers.
      const order = Object.entries(builds);
      if (i % 2) order.reverse();
      for (const [label, url] of order)
        runs[label]!.push(await firstGrid(browser, url, false, watch));
      loads.push(loadavg()[0]!.toFixed(1));
    }
    const ms = (x: number) => `${x.toFixed(0)} ms`;
    const lines = [
      `First national grid, slow profile, ${RUNS} runs each in turn; load average by round: ${loads.join(', ')}`,
      '',
      '| build | drawn (painted), median | drawn, p95 | frame start (old mark), median | frame painted (trace), median | main thread CPU, median | transferred | runs (drawn / CPU) |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ];
    for (const [label, xs] of Object.entries(runs)) {
      const drawn = xs.map((r) => r.drawn);
      const cpu = xs.map((r) => r.cpu ?? NaN);
      lines.push(
        `| ${label} | ${seconds(median(drawn))} | ${seconds(p95(drawn))} | ${seconds(median(xs.map((r) => r.frameStart)))} | ${args.cpu ? seconds(median(xs.map((r) => r.paintEnd ?? NaN))) : '—'} | ${args.cpu ? ms(median(cpu)) : '—'} | ${(median(xs.map((r) => r.bytes)) / 1024).toFixed(0)} KiB | ${xs.map((r) => `${seconds(r.drawn)}${args.cpu ? ` / ${ms(r.cpu!)}` : ''}`).join(', ')} |`,
      );
    }
    for (const [label, xs] of Object.entries(runs)) {
      const mid = xs.find((r) => r.drawn === median(xs.map((x) => x.drawn)))!;
      lines.push(
        '',
        `${label}, its median run’s requests (ms from navigation):`,
        '',
        '| request | start | first byte | end | KiB |',
        '| --- | ---: | ---: | ---: | ---: |',
        ...mid.waterfall,
        '',
        ...mid.profile,
      );
    }
    lines.splice(4 + Object.keys(runs).length, 0, '', DRAWN_MEANS);
    console.log(lines.join('\n'));
  } finally {
    await other.stop();
  }
}

async function main() {
  const name = args.database ?? `tb_bench_page_${process.pid}`;
  const kept = args.database !== undefined && (await databaseExists(name));
  if (!kept) await admin(`CREATE DATABASE ${name}`);
  const dbUrl = new URL(url);
  dbUrl.pathname = `/${name}`;
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  let browser: Browser | undefined;
  try {
    if (!kept) {
      const handle = await createDb({ databaseUrl: dbUrl.toString() });
      await migrateToLatest(handle.db);
      process.stderr.write(`generating ${args.quarters} quarter(s) of national data…\n`);
      await generateBenchData(handle.db, Number(args.quarters), quarterOf(2026, 2));
      await handle.close();
    }
    [server, browser] = await Promise.all([
      // The start builds the stored statuses of the whole national set: slow on a busy machine.
      startServer({ DATABASE_URL: dbUrl.toString(), DATA_DIR: undefined }, 600_000),
      launchBrowser(),
    ]);
    if (args.compare) {
      await compareBuilds(browser, server.url, dbUrl.toString(), args.compare);
      return;
    }
    const loadBefore = loadavg()[0]!.toFixed(1);
    const rows: string[] = [];
    const figures: Record<string, number> = {};
    let waterfall: string[] = [];
    let profile: string[] = [];
    for (const identity of args['served-only'] ? [false] : [false, true]) {
      const runs: Run[] = [];
      await firstGrid(browser, server.url, identity); // the server's own first computation
      for (let i = 0; i < RUNS; i++)
        runs.push(
          await firstGrid(
            browser,
            server.url,
            identity,
            args.profile && !identity ? 'profile' : 'none',
          ),
        );
      const drawn = runs.map((r) => r.drawn);
      const ms = median(drawn);
      if (!identity) ({ waterfall, profile } = runs.find((r) => r.drawn === ms)!);
      const kb = median(runs.map((r) => r.bytes)) / 1024;
      const key = identity ? 'identity' : 'compressed';
      figures[`${key}.median`] = ms;
      figures[`${key}.p95`] = p95(drawn);
      figures[`${key}.frameStart.median`] = median(runs.map((r) => r.frameStart));
      figures[`${key}.kib`] = kb;
      rows.push(
        `| ${identity ? 'compression refused' : 'as served (compressed)'} | ${seconds(ms)} | ${seconds(p95(drawn))} | ${seconds(median(runs.map((r) => r.frameStart)))} | ${seconds(median(runs.map((r) => r.ms)))} | ${kb.toFixed(0)} KiB | ${(ms / BASELINE_MS).toFixed(2)}× | ${p95(drawn) <= GOAL_MS ? 'met' : 'not met'} |`,
      );
      process.stderr.write(
        `${identity ? 'refused' : 'served'}: drawn ${drawn.map(seconds).join(', ')}; frame start ${runs.map((r) => seconds(r.frameStart)).join(', ')}; seen ${runs.map((r) => seconds(r.ms)).join(', ')}\n`,
      );
    }
    console.log(
      [
        `First national grid, slow profile (1.6 Mbps, 150 ms RTT, 4× CPU), cold browser cache, ${RUNS} runs, load average ${loadBefore} → ${loadavg()[0]!.toFixed(1)}:`,
        '',
        '| page | drawn (painted), median | drawn, p95 | frame start (old mark), median | seen by the driver, median | transferred | median vs 7.5 s before | goal p95 ≤ 3 s |',
        '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
        ...rows,
        '',
        DRAWN_MEANS,
        '',
        'The median compressed run’s requests (ms from navigation; the document itself not listed):',
        '',
        '| request | start | first byte | end | KiB |',
        '| --- | ---: | ---: | ---: | ---: |',
        ...waterfall,
        ...(profile.length
          ? ['', 'The median compressed run’s main thread (CPU slowed 4×):', '']
          : []),
        ...profile,
      ].join('\n'),
    );
    printBenchFigures({ bench: 'first-grid', engine: 'postgres', figures });
  } finally {
    await browser?.close();
    await server?.stop();
    if (args.database === undefined) await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    else process.stderr.write(`kept database ${name}: drop it when done\n`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
