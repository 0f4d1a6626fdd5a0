import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import type { Invoke } from '../api/dispatch';
import { receiveTransferFile, removeTransferFile, TooLargeError, transferFile } from '../transfer/transferFolder';
import { clientWentAway, describeRequest, refuse, sendJson, type WebServerLog } from './answers';

/**
 * Export and import files in browser mode, beside the API's 2 MB JSON calls: they carry the same
 * token (the renderer fetches with its Authorization header and saves a Blob), and they stream.
 *   POST /api/files        an import file, up to IMPORT_MAX_BYTES, into the data folder's transfer/
 *   GET  /api/files/<id>   a prepared export, once; the file is removed after it is sent
 */
export const IMPORT_MAX_BYTES = 2 * 1024 * 1024 * 1024;
const FILES = 'files';
const CONTENT_TYPES: Record<string, string> = { '.csv': 'text/csv; charset=utf-8', '.ics': 'text/calendar; charset=utf-8' };

/** What the file routes need from the server: the API (for the data folder), its log and how long a refused upload is drained. */
export interface TransferRouteContext {
  invoke: Invoke;
  log: WebServerLog;
  lingerMs: number;
}

async function dataDirOf(invoke: Invoke): Promise<string> {
  const info = await invoke('app.info', {});
  if (!info.ok) throw new Error(info.error.message);
  return (info.value as { dataDir: string }).dataDir;
}

/** Answers the request if it is one of the file routes (`segments` are the decoded path after /api/); false if it is not. */
export async function serveTransferFiles(
  segments: string[],
  req: http.IncomingMessage,
  res: http.ServerResponse,
  context: TransferRouteContext,
): Promise<boolean> {
  const [route, id, ...rest] = segments;
  if (route !== FILES || rest.length > 0) return false;
  if (id === undefined && req.method === 'POST') {
    await receive(req, res, context);
    return true;
  }
  if (id !== undefined && req.method === 'GET') {
    await send(id, res, context.invoke);
    return true;
  }
  return false;
}

async function receive(req: http.IncomingMessage, res: http.ServerResponse, context: TransferRouteContext): Promise<void> {
  const tooLarge = () =>
    refuse(req, res, 413, { code: 'VALIDATION', message: new TooLargeError(IMPORT_MAX_BYTES).message }, context.lingerMs);
  if (Number(req.headers['content-length'] ?? 0) > IMPORT_MAX_BYTES) {
    tooLarge();
    return;
  }
  try {
    const file = await receiveTransferFile(await dataDirOf(context.invoke), req, IMPORT_MAX_BYTES);
    sendJson(res, 200, { ok: true, value: { file } });
  } catch (error) {
    if (clientWentAway(req)) {
      context.log.client(`${describeRequest(req)}: the client went away before sending the whole file`);
      return;
    }
    if (error instanceof TooLargeError) {
      tooLarge();
      return;
    }
    throw error;
  }
}

async function send(id: string, res: http.ServerResponse, invoke: Invoke): Promise<void> {
  const dataDir = await dataDirOf(invoke);
  const file = transferFile(dataDir, id);
  if (!file) {
    sendJson(res, 404, { ok: false, error: { code: 'NOT_FOUND', message: 'That export is no longer waiting to be downloaded.' } });
    return;
  }
  res.writeHead(200, {
    'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/json; charset=utf-8',
    'Content-Length': fs.statSync(file).size,
    'Content-Disposition': `attachment; filename="${path.basename(file)}"`,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  const stream = fs.createReadStream(file);
  await new Promise<void>((resolve) => {
    // The export is handed out once; whether it arrived or the download broke off, it goes.
    const done = () => {
      removeTransferFile(dataDir, id);
      resolve();
    };
    res.once('close', done);
    stream.once('error', () => res.destroy());
    stream.pipe(res);
  });
}
