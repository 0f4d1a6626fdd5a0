import { timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import type { Duplex } from 'node:stream';
import { API_BODY_MAX_BYTES, TOO_LARGE_MESSAGE } from '../../shared/apiBodyLimit';
import type { Invoke } from '../api/dispatch';
import { CONSOLE_LOG, clientWentAway, describeRequest, refuse, sendJson, type WebServerLog } from './answers';
import { applyConnectionLimits, DEFAULT_CONNECTION_LIMITS, serverOptions, type ConnectionLimits } from './connectionLimits';
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy';
import { isJsonContentType, readBody, utf8Text } from './requestBody';
import { pageFile, requestPath } from './requestPath';
import { serveTransferFiles } from './transferRoutes';

export type { WebServerLog } from './answers';

export interface WebServerOptions {
  invoke: Invoke;
  token: string;
  /** The built renderer (out/renderer); omitted in tests that only exercise the API. */
  rendererDir?: string;
  port?: number;
  /** Timeouts and the connection cap; the defaults suit a user, tests shorten them. */
  limits?: Partial<ConnectionLimits>;
  log?: WebServerLog;
}

export interface WebServer {
  server: http.Server;
  port: number;
  url: string;
  close(): Promise<void>;
}

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

/** What Node answers a request it could not parse or that took too long (as it would without our clientError listener). */
const CLIENT_ERROR_STATUS: Record<string, string> = {
  ERR_HTTP_REQUEST_TIMEOUT: '408 Request Timeout',
  HPE_HEADER_OVERFLOW: '431 Request Header Fields Too Large',
};

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function serveStatic(rendererDir: string, segments: string[], res: http.ServerResponse): boolean {
  const root = path.resolve(rendererDir);
  const relative = pageFile(segments);
  const file = relative === null ? null : path.resolve(root, relative);
  if (!file || !file.startsWith(root + path.sep) || !fs.statSync(file, { throwIfNoEntry: false })?.isFile()) return false;
  res.writeHead(200, {
    'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  });
  fs.createReadStream(file).once('error', () => res.destroy()).pipe(res);
  return true;
}

/**
 * Browser mode's transport: the built renderer plus POST /api/<method> (and the transfer files'
 * routes, transferRoutes.ts), on 127.0.0.1 only.
 * The API answers only requests that carry the run's token and come from our own origin,
 * so another site open in the same browser (or a DNS-rebound name) cannot reach the library.
 * Every refusal is an answer the client can read; slow and surplus connections are dropped
 * (connectionLimits.ts).
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const limits = { ...DEFAULT_CONNECTION_LIMITS, ...options.limits };
  const log = options.log ?? CONSOLE_LOG;
  let port = 0;
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const allowedOrigins = () => new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
  /** Connections with a request in our hands: a client error on one of them must not write into its answer. */
  const answering = new WeakSet<Duplex>();

  async function answer(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const no = (status: number, code: 'UNAUTHORIZED' | 'NOT_FOUND' | 'VALIDATION', message: string) =>
      refuse(req, res, status, { code, message }, limits.lingerMs);
    const host = req.headers.host ?? '';
    if (!allowedHosts().has(host)) return no(403, 'UNAUTHORIZED', 'Requests must be addressed to 127.0.0.1.');
    const route = requestPath(req.url ?? '');
    if (route.to === 'malformed') {
      log.client(`refused ${describeRequest(req)}: not a valid address`);
      return route.page ? no(404, 'NOT_FOUND', 'Not found.') : no(400, 'VALIDATION', 'That address is not valid.');
    }
    if (route.to === 'page') {
      if (req.method !== 'GET' && req.method !== 'HEAD') return no(405, 'UNAUTHORIZED', 'Only GET is served here.');
      if (!options.rendererDir) return no(404, 'NOT_FOUND', 'No renderer is served by this server.');
      if (!serveStatic(options.rendererDir, route.segments, res)) no(404, 'NOT_FOUND', 'Not found.');
      return;
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins().has(origin)) return no(403, 'UNAUTHORIZED', 'Requests from other sites are refused.');
    const auth = req.headers.authorization ?? '';
    const given = auth.startsWith('Bearer ') ? auth.slice('Bearer '.length) : '';
    if (!given || !sameSecret(given, options.token)) return no(401, 'UNAUTHORIZED', 'A valid token is required.');
    const files = { invoke: options.invoke, log, lingerMs: limits.lingerMs };
    if (await serveTransferFiles(route.segments, req, res, files)) return;
    const [method, ...rest] = route.segments;
    if (!method || rest.length > 0) return no(404, 'NOT_FOUND', 'There is no such address.');
    if (req.method !== 'POST') return no(405, 'UNAUTHORIZED', 'API calls use POST.');
    if (!isJsonContentType(req.headers['content-type'])) return no(415, 'VALIDATION', 'API calls send JSON.');
    const body = await readBody(req, API_BODY_MAX_BYTES);
    if (body === 'gone') return log.client(`${describeRequest(req)}: the client went away before sending the whole request`);
    if (body === 'too large') return no(413, 'VALIDATION', TOO_LARGE_MESSAGE);
    const text = utf8Text(body);
    if (text === null) return no(400, 'VALIDATION', 'The request body is not valid UTF-8.');
    let input: unknown;
    try {
      input = text.length === 0 ? {} : JSON.parse(text);
    } catch {
      return no(400, 'VALIDATION', 'The request body is not valid JSON.');
    }
    // The library may take a while over a large import: that is not the client being idle.
    req.socket.setTimeout(0);
    const result = await options.invoke(method, input);
    req.socket.setTimeout(limits.idleMs);
    sendJson(res, 200, result);
  }

  const server = http.createServer(serverOptions(limits), (req, res) => {
    const socket = req.socket;
    answering.add(socket);
    res.once('close', () => answering.delete(socket));
    // Node clears the idle timeout of a kept-alive connection when its next request starts.
    socket.setTimeout(limits.idleMs);
    answer(req, res).catch((error: unknown) => {
      if (clientWentAway(req)) {
        log.client(`${describeRequest(req)}: the client went away before sending the whole request`);
        return;
      }
      log.server('web server error', error);
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong.' } });
      else res.destroy();
    });
  });
  applyConnectionLimits(server, limits);
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    const code = error.code ?? '';
    // Nothing sent at all: a browser's spare connection, opened ahead of need. Closing it now (Node would
    // answer 408) fails the call the browser may be sending on it this instant; the idle timeout closes it quietly.
    if (code === 'ERR_HTTP_REQUEST_TIMEOUT' && (socket as Socket).bytesRead === 0) return;
    // A reset or a close halfway through a request is the client leaving; the request handler says so if it had the request.
    if (!['ECONNRESET', 'EPIPE', 'HPE_INVALID_EOF_STATE'].includes(code)) {
      log.client(code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 'dropped a connection too slow to send its request' : `refused a request that is not valid HTTP (${code || error.message})`);
    }
    if (socket.writable && !answering.has(socket)) {
      socket.write(`HTTP/1.1 ${CLIENT_ERROR_STATUS[code] ?? '400 Bad Request'}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    }
    socket.destroy();
  });
  server.on('drop', () => log.client(`refused a connection: ${limits.connections} are open already`));

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

