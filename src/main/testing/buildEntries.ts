import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** The checkout's root. */
export const CHECKOUT = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Builds entries (name → source file, from the checkout's root) as electron-vite builds the app's
 * main entries: an SSR bundle with the packages left external. The build goes inside the checkout
 * (out/<name>-<uuid>) so that better-sqlite3 and the rest resolve from its node_modules; the caller
 * removes the folder it answers.
 */
export async function buildEntries(name: string, entries: Record<string, string>): Promise<string> {
  const outDir = path.join(CHECKOUT, 'out', `${name}-${randomUUID()}`);
  await build({
    root: CHECKOUT,
    configFile: false,
    logLevel: 'silent',
    build: {
      ssr: true,
      outDir,
      emptyOutDir: true,
      rollupOptions: {
        input: Object.fromEntries(Object.entries(entries).map(([entry, source]) => [entry, path.join(CHECKOUT, source)])),
        output: { format: 'esm' },
      },
    },
  });
  return outDir;
}
