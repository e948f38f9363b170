import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const moduleUrl = new URL('./exit-on-crash.ts', import.meta.url).href;
const loggerUrl = new URL('./http/logger.ts', import.meta.url).href;

/** Runs `crash` in a node process with exitOnCrash installed; its stop prints and exits. */
function runCrashing(crash: string) {
  const script = `
    import { exitOnCrash } from '${moduleUrl}';
    import { createLogger } from '${loggerUrl}';
    exitOnCrash(createLogger('error'), (reason, code) => {
      process.stdout.write('stop ' + reason + ' ' + code + '\\n');
      process.exit(code);
    });
    ${crash}
    setTimeout(() => process.stdout.write('still running\\n'), 5000);
  `;
  return spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

// In a child process: the handlers are process-wide and would take over the test runner's.
describe('exitOnCrash', () => {
  it('logs an unhandled rejection as one JSON line and stops with exit code 1', () => {
    const run = runCrashing(`Promise.reject(new Error('nobody awaited me'));`);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('stop unhandledRejection 1\n');
    const line = JSON.parse(run.stderr.trim()) as { level: string; msg: string; error: string };
    expect(line.level).toBe('error');
    expect(line.msg).toBe('unhandled rejection; stopping');
    expect(line.error).toMatch(/^Error: nobody awaited me\n\s+at /);
  });

  it('logs an exception thrown in a callback and stops with exit code 1', () => {
    const run = runCrashing(`setTimeout(() => { throw new TypeError('a callback threw'); }, 10);`);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('stop uncaughtException 1\n');
    expect(JSON.parse(run.stderr.trim())).toMatchObject({ msg: 'uncaught exception; stopping' });
    expect(run.stderr).toContain('TypeError: a callback threw');
  });
});
