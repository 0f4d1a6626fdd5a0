import type http from 'node:http';
import type { ApiErrorValue } from '../../shared/result';

/**
 * Where the server reports trouble. A client's doing (a malformed address, a request too slow or
 * too large, a client that went away halfway) is a client event: worth a line, never a defect.
 * A server error is ours.
 */
export interface WebServerLog {
  client(message: string): void;
  server(message: string, error: unknown): void;
}

export const CONSOLE_LOG: WebServerLog = {
  client: (message) => console.warn(`[counterpoint] web client: ${message}`),
  server: (message, error) => console.error(`[counterpoint] ${message}`, error),
};

/** A request as a log line names it: method and target, quoted and cut short (it is the client's text). */
export const describeRequest = (req: http.IncomingMessage): string =>
  `${req.method ?? '?'} ${JSON.stringify((req.url ?? '').slice(0, 200))}`;

export function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: http.OutgoingHttpHeaders = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(text);
}

/** The most of a refused body read and dropped; a client sending more gets its answer with the connection closed. */
const DRAIN_MAX_BYTES = 32 * 1024 * 1024;

/**
 * Answers a request with an error value once the rest of its body (if any) has been read and
 * dropped. Answering first and closing would reset a client still sending, and a reset loses the
 * answer: the browser would show a network error instead of the message. The rest is dropped for
 * as long as it keeps coming (up to DRAIN_MAX_BYTES); a client silent for `lingerMs`, or sending
 * more, gets the answer with the connection closed behind it.
 */
export function refuse(req: http.IncomingMessage, res: http.ServerResponse, status: number, error: ApiErrorValue, lingerMs: number): void {
  let dropped = 0;
  const answer = (headers: http.OutgoingHttpHeaders = {}) => {
    clearTimeout(timer);
    req.off('data', onData);
    if (!res.headersSent && !res.destroyed) sendJson(res, status, { ok: false, error }, headers);
  };
  const answerAndClose = () => answer({ Connection: 'close' });
  const onData = (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > DRAIN_MAX_BYTES) answerAndClose();
    else timer.refresh();
  };
  const timer = setTimeout(answerAndClose, lingerMs);
  if (req.readableEnded) {
    answer();
    return;
  }
  req.on('data', onData);
  req.once('end', () => answer());
  req.once('close', () => clearTimeout(timer));
}

/** True once the client has gone away before its request arrived whole. */
export const clientWentAway = (req: http.IncomingMessage): boolean => !req.complete && (req.destroyed || req.socket.destroyed);
