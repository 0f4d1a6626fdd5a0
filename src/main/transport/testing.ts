import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createApi } from '../api/dispatch';
import { createNodeSettingsStore } from '../host/settingsStore.node';
import { tempLibrary } from '../testing/tempLibrary';
import type { ConnectionLimits } from './connectionLimits';
import { startWebServer, type WebServer, type WebServerLog } from './httpServer';

export const TEST_TOKEN = 'a'.repeat(48);

/** Short enough that a test of a slow client takes a fraction of a second (lingering below idle, as in the users' defaults in connectionLimits.ts). */
export const TEST_LIMITS: ConnectionLimits = {
  headersMs: 300,
  requestMs: 1500,
  idleMs: 1000,
  keepAliveMs: 300,
  connections: 12,
  lingerMs: 250,
};

/**
 * The real browser-mode server on a temp library, laid out as a user's disk could be: the built
 * renderer and the data folder side by side in one folder, with a secret file beside them, so a
 * path that escapes the renderer has something to find.
 */
export async function startTestServer(options: { limits?: Partial<ConnectionLimits>; now?: () => Date } = {}) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'counterpoint-transport-'));
  const rendererDir = path.join(root, 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Counterpoint</title>');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log("app")');
  fs.writeFileSync(path.join(root, 'secret.txt'), 'outside the renderer');
  const lib = tempLibrary(options.now ? { now: options.now } : {});
  const logged = { client: [] as string[], server: [] as string[] };
  const log: WebServerLog = {
    client: (message) => logged.client.push(message),
    server: (message) => logged.server.push(message),
  };
  const invoke = createApi({
    db: () => lib.db,
    settings: createNodeSettingsStore(lib.dataDir),
    info: () => ({ version: 't', mode: 'browser', dataDir: lib.dataDir, databasePath: lib.library.databasePath, library: 'own' }),
    ...(options.now ? { now: options.now } : {}),
  });
  const server: WebServer = await startWebServer({
    invoke,
    token: TEST_TOKEN,
    rendererDir,
    port: 0,
    limits: { ...TEST_LIMITS, ...options.limits },
    log,
  });
  return {
    lib,
    server,
    root,
    rendererDir,
    logged,
    host: `127.0.0.1:${server.port}`,
    async close() {
      await server.close();
      lib.cleanup();
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}

export type TestServer = Awaited<ReturnType<typeof startTestServer>>;

/** How many connections the server holds open now. */
export const openConnections = (server: WebServer): Promise<number> =>
  new Promise((resolve, reject) => server.server.getConnections((error, count) => (error ? reject(error) : resolve(count))));

export interface RawReply {
  /** 0 when the server closed the connection without an answer. */
  status: number;
  headers: Record<string, string>;
  body: string;
  /** How the connection ended: the server closed it ('closed'), reset it ('reset'), or still holds it ('open'). */
  ending: 'closed' | 'reset' | 'open';
}

interface Parsed {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** One HTTP response from the front of `bytes`, once it has all arrived (Content-Length or chunked). */
function parseResponse(bytes: Buffer, head: boolean): Parsed | null {
  const end = bytes.indexOf('\r\n\r\n');
  if (end < 0) return null;
  const [statusLine = '', ...lines] = bytes.subarray(0, end).toString('latin1').split('\r\n');
  const headers = Object.fromEntries(
    lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
  );
  const status = Number(statusLine.split(' ')[1]);
  let rest = bytes.subarray(end + 4);
  if (head) return { status, headers, body: '' };
  if (headers['transfer-encoding'] === 'chunked') {
    const chunks: Buffer[] = [];
    for (;;) {
      const lineEnd = rest.indexOf('\r\n');
      if (lineEnd < 0) return null;
      const size = parseInt(rest.subarray(0, lineEnd).toString('latin1'), 16);
      if (rest.length < lineEnd + 2 + size + 2) return null;
      if (size === 0) return { status, headers, body: Buffer.concat(chunks).toString('utf8') };
      chunks.push(rest.subarray(lineEnd + 2, lineEnd + 2 + size));
      rest = rest.subarray(lineEnd + 2 + size + 2);
    }
  }
  const length = Number(headers['content-length'] ?? 0);
  if (rest.length < length) return null;
  return { status, headers, body: rest.subarray(0, length).toString('utf8') };
}

/**
 * Sends bytes exactly as given over a fresh TCP connection (so a test can send what no
 * well-behaved client would: any target, duplicate headers, a body that stops halfway) and
 * resolves with the first answer. It waits `settleMs` after the answer to see whether the server
 * then closes or resets the connection; a connection still open then is left 'open' and closed.
 * `parts` are written one after another, `gapMs` apart (a slow client dribbling its request).
 */
export function rawRequest(
  port: number,
  parts: string | Buffer | (string | Buffer)[],
  options: { gapMs?: number; settleMs?: number; endAfterWriting?: boolean } = {},
): Promise<RawReply> {
  const chunks = Array.isArray(parts) ? parts : [parts];
  const settleMs = options.settleMs ?? 50;
  // The answer to a HEAD has the headers of a body but not the body.
  const head = chunks.length > 0 && Buffer.from(chunks[0]!).subarray(0, 5).toString('latin1') === 'HEAD ';
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let received = Buffer.alloc(0);
    let answer: Parsed | null = null;
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    const finish = (ending: RawReply['ending']) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ ...(answer ?? { status: 0, headers: {}, body: '' }), ending });
    };
    socket.on('data', (data: Buffer) => {
      received = Buffer.concat([received, data]);
      if (answer) return;
      answer = parseResponse(received, head);
      if (answer) timer = setTimeout(() => finish('open'), settleMs);
    });
    socket.on('end', () => finish('closed'));
    socket.on('close', () => finish('closed'));
    socket.on('error', (error: NodeJS.ErrnoException) => finish(error.code === 'ECONNRESET' || error.code === 'EPIPE' ? 'reset' : 'closed'));
    socket.once('connect', () => {
      void (async () => {
        for (const [index, chunk] of chunks.entries()) {
          if (index > 0 && options.gapMs) await new Promise((r) => setTimeout(r, options.gapMs));
          if (settled || socket.destroyed) return;
          socket.write(chunk);
        }
        if (options.endAfterWriting) socket.end();
      })();
    });
  });
}

/** The text of a request: a request line, headers (in order, repeats allowed) and an optional body. */
export function requestText(target: string, headers: [string, string][], body = '', method = 'POST'): string {
  const lines = headers.map(([name, value]) => `${name}: ${value}\r\n`).join('');
  return `${method} ${target} HTTP/1.1\r\n${lines}\r\n${body}`;
}
