import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import type { Invoke } from '../api/dispatch';
import { receiveTransferFile, removeTransferFile, TooLargeError, transferFile } from '../transfer/transferFolder';

/**
 * Export and import files in browser mode, beside the API's 2 MB JSON calls: they carry the same
 * token (the renderer fetches with its Authorization header and saves a Blob), and they stream.
 *   POST /api/files        an import file, up to IMPORT_MAX_BYTES, into the data folder's transfer/
 *   GET  /api/files/<id>   a prepared export, once; the file is removed after it is sent
 */
export const IMPORT_MAX_BYTES = 2 * 1024 * 1024 * 1024;
const FILES = '/api/files';

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  res.end(JSON.stringify(body));
}

async function dataDirOf(invoke: Invoke): Promise<string> {
  const info = await invoke('app.info', {});
  if (!info.ok) throw new Error(info.error.message);
  return (info.value as { dataDir: string }).dataDir;
}

/** Answers the request if it is one of the file routes; false if it is not. */
export async function serveTransferFiles(
  pathname: string,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  invoke: Invoke,
): Promise<boolean> {
  if (pathname === FILES && req.method === 'POST') {
    await receive(req, res, invoke);
    return true;
  }
  if (pathname.startsWith(`${FILES}/`) && req.method === 'GET') {
    await send(decodeURIComponent(pathname.slice(FILES.length + 1)), res, invoke);
    return true;
  }
  return false;
}

async function receive(req: http.IncomingMessage, res: http.ServerResponse, invoke: Invoke): Promise<void> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > IMPORT_MAX_BYTES) {
    sendJson(res, 413, { ok: false, error: { code: 'VALIDATION', message: new TooLargeError(IMPORT_MAX_BYTES).message } });
    req.resume();
    return;
  }
  try {
    const file = await receiveTransferFile(await dataDirOf(invoke), req, IMPORT_MAX_BYTES);
    sendJson(res, 200, { ok: true, value: { file } });
  } catch (error) {
    if (error instanceof TooLargeError) {
      sendJson(res, 413, { ok: false, error: { code: 'VALIDATION', message: error.message } });
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
  const csv = path.extname(file) === '.csv';
  res.writeHead(200, {
    'Content-Type': csv ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
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
