import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base } from '@playwright/test';
import { AppServer } from './server';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const COUNTERPOINT_ENTRY = path.join(ROOT, 'out/main/counterpoint.js');
/** src/main/db/open.ts DATABASE_FILE; not imported, so the tests do not load the native SQLite module. */
const LIBRARY_FILE = 'counterpoint.sqlite3';

/**
 * Every e2e test gets its own browser-mode server on its own temp library:
 * `appUrl` is the address it printed (with ?token=), `server` can restart it or seed data.
 */
export const test = base.extend<{ server: AppServer; appUrl: string; serverClock: string | undefined }>({
  // test.use({ serverClock: ISO }) fixes the API's "now" at start (--clock); by default it is the real clock.
  serverClock: [undefined, { option: true }],
  server: async ({ serverClock }, use) => {
    const server = await AppServer.start(serverClock === undefined ? {} : { clock: serverClock });
    try {
      await use(server);
    } finally {
      await server.dispose();
    }
  },
  appUrl: async ({ server }, use) => {
    await use(server.appUrl);
  },
});

export { expect } from '@playwright/test';

/** This worker's copy of the sample library, generated once: every test that seeds gets its own copy of it. */
let sampleTemplate: string | undefined;

function sampleLibraryFolder(): string {
  if (sampleTemplate) return sampleTemplate;
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'counterpoint-e2e-sample-'));
  process.once('exit', () => fs.rmSync(folder, { recursive: true, force: true }));
  execFileSync(process.execPath, [COUNTERPOINT_ENTRY, 'sample', '--data-dir', folder], { cwd: ROOT, stdio: 'pipe' });
  return (sampleTemplate = folder);
}

/**
 * Puts the sample library (`node out/main/counterpoint.js sample`, the same seeded generator as `counterpoint sample`)
 * in the server's data dir as its own library, then starts the server again on it. The library is
 * generated once per worker and copied (the generator is seeded, so every copy is what it would
 * write); the empty one the server made is removed first, and the folder is this test's own temp dir.
 */
export async function seedSampleLibrary(server: AppServer): Promise<void> {
  await server.stop();
  for (const suffix of ['', '-wal', '-shm']) {
    fs.rmSync(path.join(server.dataDir, `${LIBRARY_FILE}${suffix}`), { force: true });
  }
  fs.cpSync(sampleLibraryFolder(), server.dataDir, { recursive: true });
  await server.restart();
}
