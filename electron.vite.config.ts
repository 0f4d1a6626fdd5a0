import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { CSP_PLACEHOLDER, META_CONTENT_SECURITY_POLICY } from './src/main/transport/contentSecurityPolicy';

/** index.html's meta tag gets the one policy from contentSecurityPolicy.ts, so the two cannot drift apart. */
const contentSecurityPolicy = (): Plugin => ({
  name: 'counterpoint-content-security-policy',
  transformIndexHtml: {
    order: 'pre',
    handler(html) {
      if (!html.includes(CSP_PLACEHOLDER)) throw new Error(`index.html has no ${CSP_PLACEHOLDER} for the content security policy`);
      return html.replace(CSP_PLACEHOLDER, META_CONTENT_SECURITY_POLICY);
    },
  },
});

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          web: resolve('src/main/host/web.ts'),
          counterpoint: resolve('src/main/tools/cli/counterpoint.ts'),
          bench: resolve('src/main/tools/cli/bench.ts'),
          'transfer-bench': resolve('src/main/tools/cli/transferBench.ts'),
          // The worker that checks a backup's copy off the main thread (host/backupFiles.ts finds it beside the built code).
          backupCheck: resolve('src/main/host/backupCheck.ts'),
          // The worker that reads an import's file beside the import (transfer/readAside.ts finds it beside the built code).
          exportReader: resolve('src/main/transfer/exportReaderWorker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can require only 'electron': bundle zod and the contract into it.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        // A sandboxed preload must be a single CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    // zod without its eval probe, set before any schema is made (src/renderer/src/zodJitless.ts).
    resolve: { alias: [{ find: /^zod$/, replacement: resolve('src/renderer/src/zodJitless.ts') }] },
    build: {
      // electron-vite leaves every target unminified unless told; the renderer is shipped to a browser engine, so minify it.
      minify: true,
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
    plugins: [react(), contentSecurityPolicy()],
  },
});
