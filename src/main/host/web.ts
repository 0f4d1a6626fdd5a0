import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openBrowserHost } from './browserHost';
import { defaultDataDir } from './paths';
import { startWebServer } from '../transport/httpServer';

/**
 * Browser mode: the same library and handlers as the desktop app, served to a browser on
 * 127.0.0.1. Used where Electron's binary is not available, and by the end-to-end tests.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      clock: { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help) {
    console.log('Usage: npm run web -- [--data-dir DIR] [--port N] [--clock ISO-TIME]   (token: COUNTERPOINT_TOKEN)');
    return;
  }
  const port = values.port === undefined ? 5317 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a whole number from 0 to 65535, not "${values.port}"`);
  }
  const dataDir = values['data-dir'] ?? defaultDataDir();
  const token = process.env.COUNTERPOINT_TOKEN || randomBytes(24).toString('hex');
  const rendererDir = fileURLToPath(new URL('../renderer', import.meta.url));
  if (!fs.existsSync(rendererDir)) throw new Error(`The renderer is not built (${rendererDir}); run npm run build`);
  const pkg = JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

  const now = values.clock === undefined ? undefined : startedClock(values.clock);
  const { invoke, library, stopDailyBackups } = openBrowserHost(dataDir, { version: pkg.version, ...(now ? { now } : {}) });
  const server = await startWebServer({ invoke, token, rendererDir, port }).catch((error: unknown) => {
    // The usual port is taken (another Counterpoint, or anything else): any free port will do,
    // unless the user asked for this one.
    const inUse = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
    if (!inUse || values.port !== undefined) throw error;
    return startWebServer({ invoke, token, rendererDir, port: 0 });
  });
  console.log(`Counterpoint is running in browser mode. Library: ${dataDir}`);
  console.log(`Open ${server.url}?token=${token}`);
  if (values.clock !== undefined) console.log(`The app's clock was set to ${values.clock} at start and runs on from there.`);

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    stopDailyBackups();
    void server.close().then(() => {
      library.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/**
 * `--clock 2026-03-15T09:00:00Z`: the API's clock starts at that moment and runs on from there,
 * so that tests (and anyone trying a date-dependent screen) see "today" as a fixed day.
 */
function startedClock(value: string): () => Date {
  const start = Date.parse(value);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(start)) {
    throw new Error(`--clock must be a date and time such as 2026-03-15T09:00:00Z, not "${value}"`);
  }
  const startedAt = Date.now();
  return () => new Date(start + (Date.now() - startedAt));
}

main().catch((error: unknown) => {
  console.error(`Counterpoint could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
