// `pnpm bench`: every benchmark of the project in one run, each figure beside its baseline,
// written to bench/RESULTS.md with the machine it ran on. Needs PostgreSQL at
// BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test); each bench works in
// a throw-away schema and drops it.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpus, freemem, totalmem } from 'node:os';
import { writeFileSync } from 'node:fs';

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
  const body =
    result.status === 0
      ? result.stdout.trim()
      : `FAILED (exit ${result.status}):\n\n\`\`\`\n${result.stdout.slice(-2000)}\n\`\`\``;
  sections.push(`## ${title}\n\n_${seconds} s; \`${[cmd, ...args].join(' ')}\`_\n\n${body}\n`);
}

writeFileSync(
  new URL('./RESULTS.md', import.meta.url),
  `# Benchmark results\n\nWritten by \`pnpm bench\`${quick ? ' --quick' : ''}. Figures depend on the machine and on what else ran on it:\n\n${machine.join('\n')}\n\n${sections.join('\n')}`,
);
process.stderr.write('\nwrote bench/RESULTS.md\n');
