import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { AppEnv } from './env';

// Vite names every asset by its content hash, so a name never changes meaning: browsers and
// proxies may keep it for a year without asking. index.html names the current hashes, so it
// is asked for every time.
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

/**
 * Serves the built web app: hashed assets as files (the .br or .gz the build wrote beside
 * each, when the browser takes it), any other non-API GET as index.html so client-side
 * routes survive a reload. Without a build it says how to make one.
 */
export function serveWeb(app: Hono<AppEnv>, distDir: string): void {
  const indexFile = `${distDir}/index.html`;
  const root = relative(process.cwd(), distDir) || '.';
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.status === 200) c.header('Cache-Control', IMMUTABLE);
  });
  app.use('/assets/*', serveStatic({ root, precompressed: true }));
  // An asset the build no longer has (a tab open across a deploy) is a 404, never index.html
  // under a script's name, which the header above would let a browser keep for a year.
  app.get('/assets/*', (c) => c.text('no such asset in this build', 404));
  app.get('*', async (c, next) => {
    if (c.req.path.startsWith('/api/')) return next();
    if (!existsSync(indexFile)) {
      return c.text(
        'The web app is not built yet: run `pnpm build` (pnpm start does it for you).',
        503,
      );
    }
    c.header('Cache-Control', REVALIDATE);
    const file = serveStatic({ root });
    const served = await file(c, async () => {});
    if (served) return served;
    return c.html(readFileSync(indexFile, 'utf8'));
  });
}

const INLINE_SCRIPT = /<script(\s[^>]*)?>([\s\S]*?)<\/script>/g;

/**
 * The CSP sources (`'sha256-…'`) of the inline scripts of the built index.html (its early
 * requests, issue 18), so they run under `script-src 'self'` and no other inline script does.
 * Read again when the file changes (a build under a running server); none before a build.
 */
export function inlineScriptSources(distDir: string): () => string {
  const indexFile = `${distDir}/index.html`;
  let seen = { mtimeMs: -1, sources: '' };
  return () => {
    const mtimeMs = existsSync(indexFile) ? statSync(indexFile).mtimeMs : 0;
    if (mtimeMs !== seen.mtimeMs) {
      const html = mtimeMs ? readFileSync(indexFile, 'utf8') : '';
      const sources = [...html.matchAll(INLINE_SCRIPT)]
        .filter(([, attributes]) => !/\ssrc=/i.test(attributes ?? ''))
        .map(([, , text]) => `'sha256-${createHash('sha256').update(text!).digest('base64')}'`);
      seen = { mtimeMs, sources: sources.join(' ') };
    }
    return seen.sources;
  };
}
