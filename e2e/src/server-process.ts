import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The first admin every test server starts with. */
export const E2E_ADMIN = { username: 'admin', password: 'e2e-admin-password' } as const;

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The shipped server: the bundle `pnpm build` writes (`pnpm test` and `pnpm test:e2e` build
 * it first), run as `pnpm start` runs it, so the browser tests exercise what is deployed.
 */
const SERVER_COMMAND = ['--enable-source-maps', 'server/dist/index.js'];

function serverCommand(): string[] {
  if (!existsSync(join(repoRoot, 'server/dist/index.js')))
    throw new Error('server/dist/index.js is missing: run `pnpm build` before the e2e tests');
  return SERVER_COMMAND;
}

export interface RunningServer {
  url: string;
  dataDir: string;
  process: ChildProcess;
  output(): string;
  /** Sends the signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

const usedPorts = new Set<number>();

/**
 * A free port never handed out before in this process: fetch keeps idle keep-alive sockets
 * per origin, and a new server on a killed one's port would first meet its dead socket.
 */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = await new Promise<number>((resolve, reject) => {
      const probe = createServer();
      probe.once('error', reject);
      probe.listen(0, '127.0.0.1', () => {
        const address = probe.address();
        probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
      });
    });
    if (!usedPorts.has(port)) {
      usedPorts.add(port);
      return port;
    }
  }
}

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'targetboard-e2e-'));
}

/** Starts the real server (the bundle `pnpm start` runs) as a child process on a free port; an `undefined` in `env` unsets a variable. */
export async function startServer(
  env: Record<string, string | undefined> = {},
  /** How long the first start may take: loading the demo on a busy machine takes longer. */
  readyWithinMs = 110_000,
): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = env.DATA_DIR ?? tempDataDir();
  const child = spawn(process.execPath, serverCommand(), {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DEMO: '0',
      LOG_LEVEL: 'warn',
      ADMIN_USERNAME: E2E_ADMIN.username,
      ADMIN_PASSWORD: E2E_ADMIN.password,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + readyWithinMs;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`server exited early (${child.exitCode}):\n${output}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      // Left running, a server still starting would load the machine for every test after.
      child.kill('SIGKILL');
      throw new Error(`server did not answer within ${readyWithinMs / 1000} s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    dataDir,
    process: child,
    output: () => output,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** Runs the server entry to completion (for starts that must refuse), returning code and output (stderr also apart). */
export async function runServerToExit(
  env: Record<string, string>,
): Promise<{ code: number | null; output: string; stderr: string }> {
  const child = spawn(process.execPath, serverCommand(), {
    cwd: repoRoot,
    env: { ...process.env, HOST: '127.0.0.1', DEMO: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => {
    output += d.toString();
    stderr += d.toString();
  });
  // 'close', not 'exit': it waits for the output pipes to drain.
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  return { code, output, stderr };
}
