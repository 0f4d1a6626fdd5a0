import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';

/**
 * The data folder's transfer/: files on their way out (an export waiting to be downloaded or
 * saved) or in (an import file waiting for its preview and the user's go). Each is named by a
 * random id, so the renderer can name one without ever naming a path. They are removed once used
 * (downloaded, imported, refused or cancelled), and any an interrupted session left behind (a
 * window closed mid-preview) are swept when the next one is made, once an hour old. A file is
 * written under an unfinished name and renamed to its id's only when complete, so a file found
 * under an id is always whole; what a run killed mid-write left is swept when the app next starts
 * (sweepUnfinishedTransfers, from host/leftovers.ts).
 */
export const TRANSFER_DIR = 'transfer';
const STALE_MS = 60 * 60 * 1000;
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** The name a transfer file has while it is being written: `.unfinished-<id>.<extension>`. */
const UNFINISHED_PREFIX = '.unfinished-';

export type TransferExtension = 'json' | 'csv' | 'ics';

const folderOf = (dataDir: string) => path.join(dataDir, TRANSFER_DIR);

/** A new, empty place for a transfer file. */
export function newTransferFile(dataDir: string, extension: TransferExtension): { id: string; file: string } {
  const folder = folderOf(dataDir);
  fs.mkdirSync(folder, { recursive: true });
  sweepTransferFiles(dataDir);
  const id = randomUUID();
  return { id, file: path.join(folder, `${id}.${extension}`) };
}

/**
 * Writes a new transfer file: `write` fills it under its unfinished name, and it is renamed to its
 * id's name once `write` has finished. On a failure nothing is left.
 */
export async function writeTransferFile<T>(
  dataDir: string,
  extension: TransferExtension,
  write: (file: string) => Promise<T>,
): Promise<{ id: string; file: string; written: T }> {
  const { id, file } = newTransferFile(dataDir, extension);
  const unfinished = unfinishedOf(file);
  try {
    const written = await write(unfinished);
    fs.renameSync(unfinished, file);
    return { id, file, written };
  } catch (error) {
    fs.rmSync(unfinished, { force: true });
    throw error;
  }
}

const unfinishedOf = (file: string) => path.join(path.dirname(file), `${UNFINISHED_PREFIX}${path.basename(file)}`);

/** Removes the transfer files a run stopped in the middle of writing; answers what it removed. Called at start. */
export function sweepUnfinishedTransfers(dataDir: string): string[] {
  const folder = folderOf(dataDir);
  if (!fs.existsSync(folder)) return [];
  const removed: string[] = [];
  for (const name of fs.readdirSync(folder)) {
    if (!name.startsWith(UNFINISHED_PREFIX)) continue;
    fs.rmSync(path.join(folder, name), { force: true });
    removed.push(path.join(folder, name));
  }
  return removed;
}

/** The file with this id, if it is still there. */
export function transferFile(dataDir: string, id: string): string | undefined {
  if (!ID.test(id)) return undefined;
  for (const extension of ['json', 'csv', 'ics'] as const) {
    const file = path.join(folderOf(dataDir), `${id}.${extension}`);
    if (fs.existsSync(file)) return file;
  }
  return undefined;
}

export function removeTransferFile(dataDir: string, id: string): void {
  const file = transferFile(dataDir, id);
  if (file) fs.rmSync(file, { force: true });
}

/** Removes transfer files older than an hour: what an interrupted export or import left behind. */
export function sweepTransferFiles(dataDir: string, now = Date.now()): void {
  const folder = folderOf(dataDir);
  if (!fs.existsSync(folder)) return;
  for (const name of fs.readdirSync(folder)) {
    const file = path.join(folder, name);
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (stat?.isFile() && now - stat.mtimeMs > STALE_MS) fs.rmSync(file, { force: true });
  }
}

export class TooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`The file is larger than ${Math.round(limit / 1024 / 1024)} MB.`);
    this.name = 'TooLargeError';
  }
}

/** Streams an incoming file (an upload) into the transfer folder; on any failure nothing is left behind. */
export async function receiveTransferFile(dataDir: string, source: Readable, maxBytes: number): Promise<string> {
  let size = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      done(size > maxBytes ? new TooLargeError(maxBytes) : null, chunk);
    },
  });
  const { id } = await writeTransferFile(dataDir, 'json', (file) => pipeline(source, limit, fs.createWriteStream(file, { flags: 'wx' })));
  return id;
}

/** Copies a file the user chose (Electron's open dialog) into the transfer folder. */
export async function copyIntoTransferFolder(dataDir: string, source: string): Promise<string> {
  const { id } = await writeTransferFile(dataDir, 'json', (file) => fs.promises.copyFile(source, file, fs.constants.COPYFILE_EXCL));
  return id;
}
