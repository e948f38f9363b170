// `pnpm bench`: every benchmark of the project in one run, written to bench/RESULTS.md with the
// machine it ran on: on top one table of every goal (bench/goals.mjs) from the figures each
// bench prints as a marked JSON line, then each bench's Markdown. Needs PostgreSQL at
// BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test); each bench works in
// a throw-away schema and drops it.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpus, freemem, totalmem } from 'node:os';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { collectFigures, goalsTable, mergeResults } from './goals.mjs';

const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const env = { ...process.env, BENCH_DATABASE_URL: url };
const quick = process.argv.includes('--quick');

const steps = [
  ['Extraction (whole pipeline vs Recognizers-Text)', 'pnpm', ['-s', 'bench:extract']],
  [
    'Import, 1,000,000 CSV rows: the app vs a bare COPY (PostgreSQL)',
    'npx',
    ['tsx', 'server/src/cli/bench-import.ts', ...(quick ? ['--rows', '100000'] : [])],
  ],
  [
    'Import, 100,000 CSV rows: the app vs a bare COPY (PGlite)',
    'npx',
    ['tsx', 'server/src/cli/bench-import.ts', '--engine', 'pglite'],
  ],
  [
    'Dashboard grids and a trend on PostgreSQL at national volume',
    'npx',
    ['tsx', 'server/src/cli/bench-dashboard.ts', '--quarters', quick ? '4' : '40'],
  ],
  [
    'Dashboard grids and a trend on the embedded PGlite',
    'npx',
    [
      'tsx',
      'server/src/cli/bench-dashboard.ts',
      '--engine',
      'pglite',
      '--quarters',
      quick ? '1' : '4',
      '--runs',
      '10',
    ],
  ],
  ['Web build for the page bench', 'pnpm', ['-s', 'build']],
  [
    'First national grid in Chromium on a slow link',
    'npx',
    ['tsx', 'e2e/src/bench-first-grid.ts', '--runs', quick ? '3' : '5'],
  ],
  [
    'HTTP throughput vs a bare Hono endpoint',
    'npx',
    ['tsx', 'server/src/cli/bench-http.ts', '--seconds', quick ? '5' : '10'],
  ],
];

const sh = (cmd, args) => {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
};
const machine = [
  `- date: ${new Date().toISOString()}`,
  `- CPU: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}; memory ${(totalmem() / 2 ** 30).toFixed(0)} GiB (${(freemem() / 2 ** 30).toFixed(0)} GiB free at start); load average ${sh('cat', ['/proc/loadavg']).split(' ').slice(0, 3).join(' ')}`,
  `- Node ${process.version}; ${sh('psql', ['--version'])}; git ${sh('git', ['rev-parse', '--short', 'HEAD'])}`,
];

const sections = [];
const runs = [];
for (const [title, cmd, args, extra] of steps) {
  process.stderr.write(`\n== ${title}\n`);
  const started = Date.now();
  const result = spawnSync(cmd, args, {
    env: { ...env, ...extra },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  process.stdout.write(result.stdout);
  const output = collectFigures(result.stdout);
  runs.push(...output.runs);
  for (const error of output.errors) process.stderr.write(`unreadable figures: ${error}\n`);
  const body =
    result.status === 0
      ? output.text.trim()
      : `FAILED (exit ${result.status}):\n\n\`\`\`\n${output.text.slice(-2000)}\n\`\`\``;
  sections.push(`## ${title}\n\n_${seconds} s; \`${[cmd, ...args].join(' ')}\`_\n\n${body}\n`);
}

const file = new URL('./RESULTS.md', import.meta.url);
const output = [
  '# Benchmark results',
  '',
  `Written by \`pnpm bench\`${quick ? ' --quick (smaller volumes: a goal is judged only at its own volume)' : ''}. Figures depend on the machine and on what else ran on it:`,
  '',
  machine.join('\n'),
  '',
  '## Goals (issue 18)',
  '',
  'p95 unless said; each figure with the load average when its bench ended. Ratios are against the same run’s hand-written SQL or bare COPY.',
  '',
  goalsTable(runs),
  '',
  sections.join('\n'),
].join('\n');
writeFileSync(file, mergeResults(existsSync(file) ? readFileSync(file, 'utf8') : '', output));
process.stderr.write('\nwrote bench/RESULTS.md\n');
