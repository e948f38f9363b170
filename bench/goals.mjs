// The goals of issue 18 (and the benches' other goals) and the one table `pnpm bench` writes at
// the top of bench/RESULTS.md. Each bench prints its figures as one marked JSON line
// (db/src/testing/bench-figures.ts); `collectFigures` takes those lines out of its stdout, so
// nothing here reads prose.

/** The same string as BENCH_FIGURES_MARKER in db/src/testing/bench-figures.ts. */
export const FIGURES_MARKER = '@bench-figures';

/**
 * Splits a bench's stdout into its figure lines (parsed) and the rest (the Markdown pasted
 * into RESULTS.md). A marked line that is not JSON is kept as text and reported in `errors`.
 */
export function collectFigures(stdout) {
  const runs = [];
  const errors = [];
  const text = [];
  for (const line of stdout.split('\n')) {
    if (!line.startsWith(`${FIGURES_MARKER} `)) {
      text.push(line);
      continue;
    }
    try {
      const run = JSON.parse(line.slice(FIGURES_MARKER.length + 1));
      if (typeof run?.bench !== 'string' || typeof run.figures !== 'object' || !run.figures)
        throw new Error('no bench or figures');
      runs.push(run);
    } catch (error) {
      errors.push(`${line.slice(0, 80)}: ${error.message}`);
      text.push(line);
    }
  }
  return { runs, errors, text: text.join('\n') };
}

const ms = (n) =>
  n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${n < 10 ? n.toFixed(1) : n.toFixed(0)} ms`;
const pct = (r) => `${(r * 100).toFixed(0)} %`;
const atMost = (limit) => (n) => n <= limit;
const atLeast = (limit) => (n) => n >= limit;

/**
 * One row per goal: where its figure comes from (the bench and engine of the run, the keys of
 * its figures), the issue's baseline and the goal as written in perf-common.md, how to show
 * this run's figure and whether it meets the goal. `rows` is the volume the goal is set at.
 */
export const GOALS = [
  {
    measure: 'national grid, cold (first request after a write), p95',
    run: { bench: 'dashboard', engine: 'postgres' },
    rows: 10_243_200,
    baseline: '268 ms',
    goal: '≤ 100 ms',
    keys: ['national.cold.p95'],
    show: ([p95]) => ms(p95),
    met: ([p95]) => atMost(100)(p95),
  },
  {
    measure: 'national grid, warm, p95',
    run: { bench: 'dashboard', engine: 'postgres' },
    rows: 10_243_200,
    baseline: '32.5 ms',
    goal: '≤ 30 ms',
    keys: ['national.warm.p95'],
    show: ([p95]) => ms(p95),
    met: ([p95]) => atMost(30)(p95),
  },
  {
    measure: 'province grid, cold, p95',
    run: { bench: 'dashboard', engine: 'postgres' },
    rows: 10_243_200,
    baseline: '90.7 ms',
    goal: '≤ 40 ms',
    keys: ['province.cold.p95'],
    show: ([p95]) => ms(p95),
    met: ([p95]) => atMost(40)(p95),
  },
  {
    measure: 'trend, 100 regions × 40 quarters: p95, and p50 ÷ its SQL',
    run: { bench: 'dashboard', engine: 'postgres' },
    rows: 10_243_200,
    baseline: '38.7 ms (1.40× its SQL)',
    goal: '≤ 30 ms and ≤ 1.2×',
    keys: ['trend.p95', 'trend.ratio'],
    show: ([p95, ratio]) => `${ms(p95)} (${ratio.toFixed(2)}×)`,
    met: ([p95, ratio]) => atMost(30)(p95) && atMost(1.2)(ratio),
  },
  {
    measure: 'import, first 1 M rows (all created), rows/s ÷ COPY',
    run: { bench: 'import', engine: 'postgres' },
    rows: 1_000_000,
    baseline: '54 %',
    goal: '≥ 70 %',
    keys: ['first.ratio'],
    show: ([r]) => pct(r),
    met: ([r]) => atLeast(0.7)(r),
  },
  {
    measure: 'import, 1 M rows all updated, rows/s ÷ COPY',
    run: { bench: 'import', engine: 'postgres' },
    rows: 1_000_000,
    baseline: '35 %',
    goal: '≥ 50 %',
    keys: ['updated.ratio'],
    show: ([r]) => pct(r),
    met: ([r]) => atLeast(0.5)(r),
  },
  {
    measure: 'PGlite province grid, cold, p95',
    run: { bench: 'dashboard', engine: 'pglite' },
    rows: 1_024_320,
    baseline: '273 ms',
    goal: '≤ 100 ms',
    keys: ['province.cold.p95'],
    show: ([p95]) => ms(p95),
    met: ([p95]) => atMost(100)(p95),
  },
  {
    // Issue 18's table sets every goal at the p95; the median is shown beside it.
    measure: 'web: first national grid on a slow link (1.6 Mbps, 150 ms RTT, 4× CPU), p95',
    run: { bench: 'first-grid' },
    baseline: '7.5 s',
    goal: '≤ 3 s',
    keys: ['compressed.p95', 'compressed.median'],
    show: ([p95, median]) =>
      `${(p95 / 1000).toFixed(2)} s (median ${(median / 1000).toFixed(2)} s)`,
    met: ([p95]) => atMost(3000)(p95),
  },
  {
    measure: 'extraction throughput (the benches’ other goals)',
    run: { bench: 'extract' },
    baseline: '—',
    goal: '≥ 5 M chars/s',
    keys: ['chars_per_s'],
    show: ([r]) => `${(r / 1e6).toFixed(1)} M chars/s`,
    met: ([r]) => atLeast(5e6)(r),
  },
  {
    // A request after a write reads the stored statuses, as bench-dashboard's cold rows do; the
    // row that judges every cell live (statuses never built) is printed by bench-http beside it.
    measure:
      'HTTP: province grid computed per request (stored statuses, as after a start), req/s ÷ bare Hono + pg',
    run: { bench: 'http' },
    baseline: '0.46 (session 8, statuses judged live)',
    goal: '≥ 0.70',
    keys: ['cold.stored.ratio'],
    show: ([r]) => r.toFixed(2),
    met: ([r]) => atLeast(0.7)(r),
  },
];

/**
 * What the stored statuses add to a write: the refresh rows of bench-dashboard (p50 of the
 * write rolled back, without the triggers and with triggers and refresh). No goal; the
 * baseline is the write before stored statuses, which added nothing.
 */
export const COSTS = [
  { measure: 'cost added to a save (1 county × 80 indicators)', prefix: 'save' },
  { measure: 'cost added to a nationwide import (256,080 cells)', prefix: 'import' },
];

const rowsText = (n) =>
  n >= 1e6 ? `${(n / 1e6).toFixed(2)} M` : n >= 1e3 ? `${Math.round(n / 1e3)} k` : String(n);
const loadText = (run) =>
  Array.isArray(run.load) ? run.load.map((l) => l.toFixed(1)).join(' ') : '—';

/** The last run of a bench (and engine) among `runs`. */
function findRun(runs, { bench, engine }) {
  return runs.findLast((r) => r.bench === bench && (engine === undefined || r.engine === engine));
}

/** This run's figure of a goal, at the volume measured when it differs from the goal's. */
function figureOf(run, keys, show, rows) {
  const values = keys.map((k) => run?.figures[k]);
  if (values.some((v) => typeof v !== 'number' || !Number.isFinite(v))) return null;
  const at = rows !== undefined && run.rows !== undefined && run.rows !== rows;
  return { values, text: `${show(values)}${at ? ` at ${rowsText(run.rows)} rows` : ''}` };
}

/**
 * The goals table in Markdown: measure, the issue's baseline, this run's figure (with the load
 * average of its bench), the goal and met / not met; then what a save and an import cost. A
 * figure measured at another volume than its goal's is shown with that volume and judged
 * "not at goal volume" rather than met.
 */
export function goalsTable(runs) {
  const lines = [
    '| measure | issue’s baseline | this run | load (1/5/15 min) | goal | met? |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const goal of GOALS) {
    const run = findRun(runs, goal.run);
    const figure = figureOf(run, goal.keys, goal.show, goal.rows);
    let verdict = 'not measured';
    if (figure) {
      const volume = goal.rows === undefined || run.rows === undefined || run.rows === goal.rows;
      const met = goal.met(figure.values);
      verdict = !volume
        ? `${met ? 'met' : 'not met'} (not at goal volume)`
        : met
          ? '**met**'
          : 'not met';
    }
    lines.push(
      `| ${goal.measure} | ${goal.baseline} | ${figure?.text ?? '—'} | ${run ? loadText(run) : '—'} | ${goal.goal} | ${verdict} |`,
    );
  }
  const dashboard = findRun(runs, { bench: 'dashboard', engine: 'postgres' });
  for (const cost of COSTS) {
    const keys = [`${cost.prefix}.before.p50`, `${cost.prefix}.after.p50`];
    const figure = figureOf(
      dashboard,
      keys,
      ([before, after]) => `+${ms(after - before)} (${ms(before)} → ${ms(after)} p50)`,
      10_243_200,
    );
    lines.push(
      `| ${cost.measure}, stored-status refresh | +0 (no stored statuses) | ${figure?.text ?? '—'} | ${dashboard ? loadText(dashboard) : '—'} | — | — |`,
    );
  }
  return lines.join('\n');
}

/** Brackets what `pnpm bench` writes in RESULTS.md; what follows the end is kept. */
export const RESULTS_START = '<!-- written by pnpm bench (bench/run.mjs) down to its end mark -->';
export const RESULTS_END = '<!-- end of what pnpm bench writes: dated notes below are kept -->';

/**
 * RESULTS.md with this run's output on top, replacing the last run's, and every dated note
 * written by hand below it kept. A file from before the marks is kept whole below, its title
 * renamed.
 */
export function mergeResults(previous, output) {
  const end = previous.indexOf(RESULTS_END);
  const kept =
    end >= 0
      ? previous.slice(end + RESULTS_END.length).replace(/^\n+/, '')
      : previous.replace(/^# Benchmark results\n/, '# Earlier results and notes\n');
  return `${RESULTS_START}\n${output.trim()}\n${RESULTS_END}\n\n${kept}`;
}
