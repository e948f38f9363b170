import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compressAssets } from './compress-assets';
import { firstPageAssets } from './first-page-assets';

// In `pnpm dev` the API runs on PORT (3000) and Vite proxies /api to it, so the browser
// sees one origin exactly as in production.
export default defineConfig({
  plugins: [react(), firstPageAssets(), compressAssets()],
  server: {
    port: 5173,
    proxy: { '/api': `http://localhost:${process.env.PORT ?? 3000}` },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      // Zod schemas are plain values: one no page reads is dropped. Shared modules define
      // schemas beside the rules the pages use (target-rule.ts), which otherwise put all of
      // zod (~21 KB compressed) in front of the first screen (issue 18).
      treeshake: { manualPureFunctions: ['z'] },
    },
  },
});
