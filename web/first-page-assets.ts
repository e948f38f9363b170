import type { Plugin, Rolldown } from 'vite';

type OutputChunk = Rolldown.OutputChunk;

const PAGE = '/src/features/dashboard/components/dashboard-route.tsx';
const MARKER = 'var dashboardAssets = [];';

/**
 * Writes the dashboard route's own files (its chunk, the chunks it imports that the entry does
 * not, their CSS) into index.html's inline script, which asks for them on `/dashboard` while the
 * main script is still arriving; otherwise they are asked for only once it has run. Fails the
 * build when the page or the script's marker is missing, rather than quietly preloading nothing.
 */
export function firstPageAssets(): Plugin {
  let base = '/';
  return {
    name: 'targetboard-first-page-assets',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return html;
        const bundle = ctx.bundle;
        const chunks = Object.values(bundle).filter((f): f is OutputChunk => f.type === 'chunk');
        const entry = chunks.find((c) => c.isEntry);
        const page = chunks.find((c) => c.facadeModuleId?.endsWith(PAGE));
        if (!entry || !page) throw new Error(`first-page-assets: no entry or no chunk for ${PAGE}`);
        if (!html.includes(MARKER))
          throw new Error(`first-page-assets: index.html lacks ${MARKER}`);
        const chunkOf = (name: string) => {
          const file = bundle[name];
          return file?.type === 'chunk' ? file : undefined;
        };
        const closure = (from: OutputChunk, out = new Set<string>()) => {
          if (out.has(from.fileName)) return out;
          out.add(from.fileName);
          for (const name of from.imports) {
            const chunk = chunkOf(name);
            if (chunk) closure(chunk, out);
          }
          return out;
        };
        const loaded = closure(entry);
        const files: string[] = [];
        for (const name of closure(page)) {
          if (loaded.has(name)) continue;
          files.push(name);
          for (const sheet of chunkOf(name)?.viteMetadata?.importedCss ?? []) files.push(sheet);
        }
        const hrefs = files.map((f) => `${base}${f}`);
        return html.replace(MARKER, `var dashboardAssets = ${JSON.stringify(hrefs)};`);
      },
    },
  };
}
