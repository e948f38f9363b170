import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { runServerToExit, startServer, tempDataDir } from './server-process';

// The shipped bundle, started as an operator would: a bad setting stops it with one line and
// exit code 2 before anything opens; a shutdown that has to give up on a request says so in
// its exit code.
describe('the bundled server at start and stop', () => {
  it.each([
    ['PORT', 'eighty', /^invalid configuration: PORT must be a TCP port .*got "eighty"$/],
    ['LOG_LEVEL', 'chatty', /^invalid configuration: LOG_LEVEL must be one of debug, info/],
    [
      'DATABASE_URL',
      'postgres://tb:hunter2@db:port/tb',
      /^invalid configuration: DATABASE_URL must be a URL such as postgres:/,
    ],
  ])('refuses %s=%s with one line on stderr and exit code 2', async (name, value, line) => {
    const dataDir = tempDataDir();
    const run = await runServerToExit({ DATA_DIR: dataDir, PORT: '0', [name]: value });
    expect(run.code).toBe(2);
    expect(run.stderr.endsWith('\n')).toBe(true);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(line);
    expect(run.output).not.toContain('hunter2');
    // Nothing started: no log line on stdout.
    expect(run.output.trimEnd()).toBe(lines[0]);
  });

  it('exits 1 when a request is still open 10 s after SIGTERM', async () => {
    const server = await startServer();
    const { port } = new URL(server.url);
    // A request whose body never completes keeps its connection busy, so close() cannot end.
    const socket = connect(Number(port), '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', resolve));
    socket.on('error', () => {});
    socket.write(
      'POST /api/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
        'Content-Length: 100\r\n\r\n{"user',
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const started = Date.now();
    const code = await server.stop('SIGTERM');
    socket.destroy();
    expect(code).toBe(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(9_000);
    expect(server.output()).toContain('requests still open after 10 s');
    // A first start (initdb, 3,340 regions) plus the 10 s of grace.
  }, 150_000);
});
