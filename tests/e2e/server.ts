import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A real browser-mode server (`node out/main/web.js`) on a temp library, for one test.
 * It can be stopped and started again on the same data dir to check what survives a restart.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WEB_ENTRY = path.join(ROOT, 'out/main/web.js');
const START_TIMEOUT_MS = 15_000;

export class AppServer {
  readonly token = randomBytes(18).toString('hex');
  readonly dataDir: string;
  private child: ChildProcess | null = null;
  private openUrl = '';

  private constructor(
    dataDir: string,
    private clock: string | undefined,
  ) {
    this.dataDir = dataDir;
  }

  /** `clock` (an ISO date-time) fixes the API's "now" at start; it runs on from there. */
  static async start(options: { clock?: string } = {}): Promise<AppServer> {
    if (!fs.existsSync(WEB_ENTRY)) throw new Error(`${WEB_ENTRY} is missing: run \`npm run build\` before the e2e tests`);
    const server = new AppServer(fs.mkdtempSync(path.join(os.tmpdir(), 'counterpoint-e2e-')), options.clock);
    await server.launch();
    return server;
  }

  /** The address the server printed, token included: what a user would paste into a browser. */
  get appUrl(): string {
    return this.openUrl;
  }

  /** http://127.0.0.1:PORT — for building addresses of other pages once the token is in the tab. */
  get origin(): string {
    return new URL(this.openUrl).origin;
  }

  /** Calls the API as the renderer does; used to seed data, never to check what the UI shows. */
  async api(method: string, input: unknown = {}): Promise<unknown> {
    const response = await fetch(`${this.origin}/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${this.token}` },
      body: JSON.stringify(input),
    });
    const result = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
    if (!result.ok) throw new Error(`${method} failed: ${result.error?.message ?? response.status}`);
    return result.value;
  }

  /**
   * Stops the server and starts a new one on the same library (a new port, so a new address);
   * `clock` starts the new one's "now" there instead (days later, say), else it keeps the first one's.
   */
  async restart(options: { clock?: string } = {}): Promise<string> {
    if (options.clock !== undefined) this.clock = options.clock;
    await this.stopProcess();
    await this.launch();
    return this.appUrl;
  }

  /** Stops the server, as if the user closed `npm run web`; the page stays open. */
  async stop(): Promise<void> {
    await this.stopProcess();
  }

  async dispose(): Promise<void> {
    await this.stopProcess();
    fs.rmSync(this.dataDir, { recursive: true, force: true });
  }

  private launch(): Promise<void> {
    const child = spawn(process.execPath, [WEB_ENTRY, '--data-dir', this.dataDir, '--port', '0', ...(this.clock ? ['--clock', this.clock] : [])], {
      cwd: ROOT,
      env: { ...process.env, COUNTERPOINT_TOKEN: this.token },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    let output = '';
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => fail(`it printed no "Open http://…" line within ${START_TIMEOUT_MS} ms`), START_TIMEOUT_MS);
      const fail = (why: string) => {
        clearTimeout(timer);
        child.kill('SIGKILL');
        reject(new Error(`The browser-mode server did not start: ${why}\n${output}`));
      };
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /Open (http:\/\/\S+)/.exec(output);
        if (match?.[1]) {
          clearTimeout(timer);
          this.openUrl = match[1];
          resolve();
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
      });
      child.once('exit', (code) => {
        if (!this.openUrl) fail(`it exited with code ${code}`);
      });
    });
  }

  private async stopProcess(): Promise<void> {
    const child = this.child;
    this.child = null;
    this.openUrl = '';
    if (!child || child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }
}
