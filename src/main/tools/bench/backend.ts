import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { openBrowserHost } from '../../host/browserHost';
import { startWebServer } from '../../transport/httpServer';

/**
 * The backend the bench measures: the library served in browser mode (the app's own host and HTTP
 * transport) in a child process of its own, so its peak RSS is the backend's alone, and the calls
 * cross the same boundary the renderer's do. `today` is the API's clock, fixed for the run.
 */
export interface Backend {
  url: string;
  token: string;
  api(method: string, input: unknown): Promise<unknown>;
  /** The child's peak resident memory so far (Linux's VmHWM), or null where /proc does not say. */
  peakRssBytes(): number | null;
  stop(): Promise<void>;
}

const TOKEN = 'bench';

/** Starts `node <benchScript> --serve <dataDir> --today <day>` and resolves once it serves. */
export function startBackend(dataDir: string, today: string, benchScript: string): Promise<Backend> {
  const child = spawn(process.execPath, [benchScript, '--serve', dataDir, '--today', today], {
    env: { ...process.env, COUNTERPOINT_TOKEN: TOKEN },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onExit = (code: number | null) => reject(new Error(`The bench's backend exited (${code}) before serving: ${output}`));
    child.once('exit', onExit);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /Open (http:\/\/\S+)\?token=/.exec(output);
      if (!match) return;
      child.off('exit', onExit);
      resolve(backendOf(child, match[1] as string));
    });
  });
}

function backendOf(child: ChildProcess, url: string): Backend {
  return {
    url,
    token: TOKEN,
    async api(method, input) {
      const response = await fetch(`${new URL(url).origin}/api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
        body: JSON.stringify(input),
      });
      const result = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
      if (!result.ok) throw new Error(`${method} failed: ${result.error?.message ?? response.status}`);
      return result.value;
    },
    peakRssBytes() {
      try {
        const kib = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
        return kib === undefined ? null : Number(kib) * 1024;
      } catch {
        return null;
      }
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * The child's side (`--serve`): the library opened as browser mode opens it, with the API's clock
 * fixed at noon of `today`. The daily backup is stopped at once: it would copy the whole library in
 * the middle of the measurements (it first looks a minute after start).
 */
export async function serveForBench(dataDir: string, today: string, rendererDir: string): Promise<void> {
  const noon = new Date(`${today}T12:00:00.000Z`);
  const { invoke, library, stopDailyBackups } = openBrowserHost(dataDir, { version: 'bench', now: () => noon });
  stopDailyBackups();
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) throw new Error(`The renderer is not built (${rendererDir}); run npm run build`);
  const token = process.env.COUNTERPOINT_TOKEN ?? TOKEN;
  const server = await startWebServer({ invoke, token, rendererDir, port: 0 });
  console.log(`Open ${server.url}?token=${token}`);
  process.once('SIGTERM', () => {
    void server.close().then(() => {
      library.close();
      process.exit(0);
    });
  });
}
