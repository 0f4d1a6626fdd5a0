import { timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { ApiErrorValue } from '../../shared/result';
import type { Invoke } from '../api/dispatch';
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy';
import { serveTransferFiles } from './transferRoutes';

export interface WebServerOptions {
  invoke: Invoke;
  token: string;
  /** The built renderer (out/renderer); omitted in tests that only exercise the API. */
  rendererDir?: string;
  port?: number;
}

export interface WebServer {
  server: http.Server;
  port: number;
  url: string;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 2 * 1024 * 1024;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(text);
}

const refuse = (res: http.ServerResponse, status: number, error: ApiErrorValue) =>
  sendJson(res, status, { ok: false, error });

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function serveStatic(rendererDir: string, urlPath: string, res: http.ServerResponse): void {
  const root = path.resolve(rendererDir);
  const relative = decodeURIComponent(urlPath === '/' ? '/index.html' : urlPath);
  const file = path.resolve(root, `.${relative}`);
  if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Not found');
    return;
  }
  res.writeHead(200, {
    'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  });
  fs.createReadStream(file).pipe(res);
}

/**
 * Browser mode's transport: the built renderer plus POST /api/<method> (and the transfer files'
 * routes, transferRoutes.ts), on 127.0.0.1 only.
 * The API answers only requests that carry the run's token and come from our own origin,
 * so another site open in the same browser (or a DNS-rebound name) cannot reach the library.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  let port = 0;
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const allowedOrigins = () => new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);

  const server = http.createServer((req, res) => {
    void (async () => {
      const host = req.headers.host ?? '';
      if (!allowedHosts().has(host)) {
        refuse(res, 403, { code: 'UNAUTHORIZED', message: 'Requests must be addressed to 127.0.0.1.' });
        return;
      }
      const url = new URL(req.url ?? '/', `http://${host}`);
      if (!url.pathname.startsWith('/api/')) {
        if (req.method !== 'GET' && req.method !== 'HEAD') {
          refuse(res, 405, { code: 'UNAUTHORIZED', message: 'Only GET is served here.' });
        } else if (!options.rendererDir) {
          refuse(res, 404, { code: 'NOT_FOUND', message: 'No renderer is served by this server.' });
        } else {
          serveStatic(options.rendererDir, url.pathname, res);
        }
        return;
      }
      const origin = req.headers.origin;
      if (origin !== undefined && !allowedOrigins().has(origin)) {
        refuse(res, 403, { code: 'UNAUTHORIZED', message: 'Requests from other sites are refused.' });
        return;
      }
      const auth = req.headers.authorization ?? '';
      const given = auth.startsWith('Bearer ') ? auth.slice('Bearer '.length) : '';
      if (!given || !sameSecret(given, options.token)) {
        refuse(res, 401, { code: 'UNAUTHORIZED', message: 'A valid token is required.' });
        return;
      }
      if (await serveTransferFiles(url.pathname, req, res, options.invoke)) return;
      if (req.method !== 'POST') {
        refuse(res, 405, { code: 'UNAUTHORIZED', message: 'API calls use POST.' });
        return;
      }
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        refuse(res, 415, { code: 'VALIDATION', message: 'API calls send JSON.' });
        return;
      }
      const body = await readBody(req);
      if (body === null) {
        refuse(res, 413, { code: 'VALIDATION', message: 'The request is too large.' });
        return;
      }
      let input: unknown;
      try {
        input = body.length === 0 ? {} : JSON.parse(body);
      } catch {
        refuse(res, 400, { code: 'VALIDATION', message: 'The request body is not valid JSON.' });
        return;
      }
      const method = decodeURIComponent(url.pathname.slice('/api/'.length));
      sendJson(res, 200, await options.invoke(method, input));
    })().catch((error: unknown) => {
      console.error('[counterpoint] web server error', error);
      if (!res.headersSent) refuse(res, 500, { code: 'INTERNAL', message: 'Something went wrong.' });
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
