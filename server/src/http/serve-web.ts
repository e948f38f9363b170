import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { AppEnv } from './env';

/**
 * Serves the built web app: hashed assets as files, any other non-API GET as index.html so
 * client-side routes survive a reload. Without a build it says how to make one.
 */
export function serveWeb(app: Hono<AppEnv>, distDir: string): void {
  const indexFile = `${distDir}/index.html`;
  const root = relative(process.cwd(), distDir) || '.';
  app.use('/assets/*', serveStatic({ root }));
  app.get('*', async (c, next) => {
    if (c.req.path.startsWith('/api/')) return next();
    if (!existsSync(indexFile)) {
      return c.text(
        'The web app is not built yet: run `pnpm build` (pnpm start does it for you).',
        503,
      );
    }
    const file = serveStatic({ root });
    const served = await file(c, async () => {});
    if (served) return served;
    return c.html(readFileSync(indexFile, 'utf8'));
  });
}
