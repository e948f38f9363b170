// `pnpm dev`: the API with reload on change (tsx watch) and Vite's dev server with hot
// module reload, which proxies /api to the API. Ctrl-C stops both.
import { spawn } from 'node:child_process';

const port = process.env.PORT ?? '3000';
const children = [
  spawn('pnpm', ['exec', 'tsx', 'watch', '--clear-screen=false', 'server/src/index.ts'], {
    stdio: 'inherit',
    env: { ...process.env, PORT: port },
  }),
  spawn('pnpm', ['--filter', '@targetboard/web', 'exec', 'vite'], {
    stdio: 'inherit',
    env: { ...process.env, PORT: port },
  }),
];
const stop = (signal) => {
  for (const child of children) child.kill(signal);
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
for (const child of children)
  child.on('exit', (code) => {
    stop('SIGTERM');
    process.exitCode = code ?? 0;
  });
