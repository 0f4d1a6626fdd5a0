import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import zlib from 'node:zlib';
import { z } from 'zod';
import { BackupInfo, type BackupReason } from '../../shared/contract/backups';
import { checkOwnedCopy, LibraryDamagedError } from '../db/integrity';
import type { CopyCheckJob, CopyCheckOutcome } from './backupCheck';
import { fileStamp } from './library';

/**
 * The files of the backups in dataDir/backups: each is `counterpoint-<time>-<reason>.sqlite3.gz`
 * (a gzip of an SQLite file: any gunzip gives back a library) with `<that name>.json` beside it,
 * the manifest written last, after the copy passed integrity_check and its compressed form was read
 * back. A backup without its manifest never counts. Work in progress is named `.tmp-…` and swept.
 */
export const BACKUPS_DIR = 'backups';
export const TEMP_PREFIX = '.tmp-';
const BACKUP_NAME = /^counterpoint-[0-9TZ-]+-[a-z-]+(-\d+)?\.sqlite3\.gz$/;
/** gzip's default level: 41 MB for a 139 MB library with 100k entries, against 44 MB at level 1 and 34 MB for brotli at 2.5 times the time. */
const GZIP_LEVEL = 6;

const Manifest = BackupInfo.omit({ id: true, bytes: true }).extend({
  format: z.literal(1),
  /** Of the uncompressed library, checked again after decompressing for a restore. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
type Manifest = z.infer<typeof Manifest>;

export interface StoredBackup {
  info: BackupInfo;
  sha256: string;
  file: string;
}

export const backupsDirOf = (dataDir: string): string => path.join(dataDir, BACKUPS_DIR);
const manifestOf = (file: string) => `${file}.json`;
export const tempFile = (dir: string, what: string): string => path.join(dir, `${TEMP_PREFIX}${what}-${randomUUID()}.sqlite3`);

/** Every backup that passed its check, newest first. */
export function storedBackups(dir: string): StoredBackup[] {
  if (!fs.existsSync(dir)) return [];
  const found: StoredBackup[] = [];
  for (const name of fs.readdirSync(dir)) {
    if (!BACKUP_NAME.test(name)) continue;
    const file = path.join(dir, name);
    let manifest: Manifest;
    try {
      manifest = Manifest.parse(JSON.parse(fs.readFileSync(manifestOf(file), 'utf8')));
    } catch {
      continue;
    }
    const { format: _format, sha256, ...rest } = manifest;
    found.push({ info: { ...rest, id: name, bytes: fs.statSync(file).size }, sha256, file });
  }
  return found.sort((a, b) => b.info.createdAt.localeCompare(a.info.createdAt) || b.info.id.localeCompare(a.info.id));
}

/**
 * Removes what a crash left mid-backup: `.tmp-…` files, and a compressed copy whose manifest was
 * never written. Called when the app starts, before any backup runs.
 */
export function sweepUnfinished(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const swept: string[] = [];
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name);
    const orphan = BACKUP_NAME.test(name) && !fs.existsSync(manifestOf(file));
    if (name.startsWith(TEMP_PREFIX) || orphan) {
      fs.rmSync(file, { force: true });
      swept.push(name);
    }
  }
  return swept;
}

/**
 * Keeps the newest `keep` backups and deletes the rest (manifest first, so a half-deleted one never
 * counts). The only code that deletes a backup; the newest good one is never deleted, whatever `keep` says.
 */
export function rotate(dir: string, keep: number): string[] {
  const deleted: string[] = [];
  for (const old of storedBackups(dir).slice(Math.max(1, keep))) {
    fs.rmSync(manifestOf(old.file), { force: true });
    fs.rmSync(old.file, { force: true });
    deleted.push(old.info.id);
  }
  return deleted;
}

/** What a staged copy holds, after integrity_check passed on it; throws LibraryDamagedError if it did not. */
export function checkStaged(staged: string, nativeBinding?: string): StagedFacts {
  try {
    const { schemaVersion, counts = {} } = checkOwnedCopy(staged, { check: 'full', counts: true, ...(nativeBinding ? { nativeBinding } : {}) });
    return { schemaVersion, counts };
  } finally {
    removeSideFiles(staged);
  }
}

export type StagedFacts = { schemaVersion: number; counts: Record<string, number> };

/**
 * How a staged copy is checked: in the worker host/backupCheck.ts (`worker`, its built file), or,
 * with `worker: null`, on the calling thread (only when running from the .ts sources, as vitest
 * does: Node 20 cannot start a .ts worker without a loader, and the built worker is tested itself).
 */
export interface CopyChecker {
  worker: string | null;
  nativeBinding?: string;
}

/**
 * The built worker beside the built code: out/main/backupCheck.js, seen from out/main/*.js or a
 * shared chunk in out/main/chunks/ (inside app.asar too: Electron's Node reads workers from it).
 * Null when running from the sources (`from` is a .ts file).
 */
export function builtCheckWorker(from: string = import.meta.url): string | null {
  if (from.endsWith('.ts')) return null;
  const candidates = ['./backupCheck.js', '../backupCheck.js'].map((relative) => fileURLToPath(new URL(relative, from)));
  const found = candidates.find((file) => fs.existsSync(file));
  if (!found) throw new Error(`this build of Counterpoint has no backup checker (looked for ${candidates.join(' and ')})`);
  return found;
}

/**
 * What a staged copy holds, after integrity_check passed on it, checked off the main thread (see
 * CopyChecker); throws LibraryDamagedError if it did not pass, and an Error if the check could not
 * run or its worker stopped. The -wal/-shm beside the copy are removed once its connection closed.
 */
export async function checkStagedAside(staged: string, checker: CopyChecker): Promise<StagedFacts> {
  if (checker.worker === null) return checkStaged(staged, checker.nativeBinding);
  const job: CopyCheckJob = { copy: staged, ...(checker.nativeBinding ? { nativeBinding: checker.nativeBinding } : {}) };
  const worker = new Worker(checker.worker, { workerData: job });
  try {
    const outcome = await new Promise<CopyCheckOutcome>((resolve, reject) => {
      let answer: CopyCheckOutcome | null = null;
      let failure: unknown = null;
      worker.on('message', (message: CopyCheckOutcome) => (answer = message));
      worker.once('error', (error) => (failure = error));
      // Settled on exit, so the worker's connection to the copy is closed before anything touches it.
      worker.once('exit', (code) => {
        if (answer) resolve(answer);
        else reject(new Error(`the check of the copy stopped before it finished (${failure instanceof Error ? failure.message : `exit code ${code}`})`));
      });
    });
    if (outcome.ok) return { schemaVersion: outcome.schemaVersion, counts: outcome.counts };
    if ('damage' in outcome) throw new LibraryDamagedError(outcome.damage);
    throw new Error(outcome.message);
  } finally {
    removeSideFiles(staged);
  }
}

/** The -wal/-shm SQLite leaves beside a staged copy it read. */
export function removeSideFiles(file: string): void {
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
}

/** A free final name for a backup made at `at`. */
function backupFileFor(dir: string, at: Date, reason: BackupReason): string {
  const base = `counterpoint-${fileStamp(at)}-${reason}`;
  for (let n = 1; ; n++) {
    const file = path.join(dir, `${base}${n === 1 ? '' : `-${n}`}.sqlite3.gz`);
    if (!fs.existsSync(file) && !fs.existsSync(manifestOf(file))) return file;
  }
}

function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** The same in libuv's pool: flushing tens of MB can take a while on a slow disk. */
async function fsyncFileAside(file: string): Promise<void> {
  const handle = await fs.promises.open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Writes a file's bytes durably under a temp name and renames it into place. */
function writeAtomically(file: string, text: string): void {
  const temp = path.join(path.dirname(file), `${TEMP_PREFIX}${path.basename(file)}`);
  fs.writeFileSync(temp, text);
  fsyncFile(temp);
  fs.renameSync(temp, file);
}

export interface CompressedCopy {
  /** The .tmp- gzip file, read back and found to give the same bytes. */
  compressed: string;
  sha256: string;
}

/** Feeds every chunk into a hash on its way through. */
function hashing(hash: ReturnType<typeof createHash>): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      done(null, chunk);
    },
  });
}

/** Compresses a staged copy off the main thread (zlib streams run in libuv's pool) and reads it back. */
export async function compressStaged(dir: string, staged: string): Promise<CompressedCopy> {
  const compressed = `${tempFile(dir, 'backup')}.gz`;
  const written = createHash('sha256');
  await pipeline(fs.createReadStream(staged), hashing(written), zlib.createGzip({ level: GZIP_LEVEL }), fs.createWriteStream(compressed));
  await fsyncFileAside(compressed);
  const sha256 = written.digest('hex');
  const readBack = createHash('sha256');
  await pipeline(fs.createReadStream(compressed), zlib.createGunzip(), hashing(readBack), new Writable({ write: (_chunk, _encoding, done) => done() }));
  if (readBack.digest('hex') !== sha256) {
    fs.rmSync(compressed, { force: true });
    throw new Error('The compressed backup did not read back the same; it was not kept.');
  }
  return { compressed, sha256 };
}

/** What the synchronous compression holds in memory at a time (the library itself can be gigabytes). */
export const SYNC_PIECE_BYTES = 8 * 1024 * 1024;

/**
 * The same, synchronously, for the backup before a migration (the open is synchronous), a piece at
 * a time: each piece of the library is gzipped as a member of its own (RFC 1952 lets a file hold
 * several, and gunzip reads them as one stream), and the file is read back member by member. So the
 * memory it takes is one piece, not the library three times over (read, gzipped and gunzipped: 5 GB
 * for a library of a million exchanges).
 */
export function compressStagedSync(dir: string, staged: string, pieceBytes = SYNC_PIECE_BYTES): CompressedCopy {
  const compressed = `${tempFile(dir, 'backup')}.gz`;
  const written = createHash('sha256');
  const memberBytes: number[] = [];
  const piece = Buffer.allocUnsafe(pieceBytes);
  const input = fs.openSync(staged, 'r');
  try {
    const output = fs.openSync(compressed, 'w');
    try {
      let read: number;
      do {
        read = fs.readSync(input, piece, 0, pieceBytes, null);
        const bytes = piece.subarray(0, read);
        written.update(bytes);
        const member = zlib.gzipSync(bytes, { level: GZIP_LEVEL });
        writeWhole(output, member);
        memberBytes.push(member.length);
      } while (read === pieceBytes);
      fs.fsyncSync(output);
    } finally {
      fs.closeSync(output);
    }
  } finally {
    fs.closeSync(input);
  }
  const sha256 = written.digest('hex');
  if (readBackSync(compressed, memberBytes) !== sha256) {
    fs.rmSync(compressed, { force: true });
    throw new Error('The compressed backup did not read back the same; it was not kept.');
  }
  return { compressed, sha256 };
}

function writeWhole(fd: number, bytes: Buffer): void {
  for (let done = 0; done < bytes.length; ) done += fs.writeSync(fd, bytes, done, bytes.length - done);
}

/** The sha256 of what the gzip members (of these lengths, in order) in `file` decompress to. */
function readBackSync(file: string, memberBytes: readonly number[]): string {
  const hash = createHash('sha256');
  const fd = fs.openSync(file, 'r');
  try {
    let position = 0;
    for (const length of memberBytes) {
      const member = Buffer.allocUnsafe(length);
      for (let done = 0; done < length; ) {
        const read = fs.readSync(fd, member, done, length - done, position + done);
        if (read === 0) throw new Error('The compressed backup is shorter than what was written; it was not kept.');
        done += read;
      }
      hash.update(zlib.gunzipSync(member));
      position += length;
    }
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}

/** Renames a checked, compressed copy into place and writes its manifest: from here on it counts. */
export function commitBackup(
  dir: string,
  copy: CompressedCopy,
  facts: { at: Date; reason: BackupReason; schemaVersion: number; counts: Record<string, number> },
): BackupInfo {
  const file = backupFileFor(dir, facts.at, facts.reason);
  fs.renameSync(copy.compressed, file);
  const manifest: Manifest = {
    format: 1,
    createdAt: facts.at.toISOString(),
    reason: facts.reason,
    counts: facts.counts,
    schemaVersion: facts.schemaVersion,
    sha256: copy.sha256,
  };
  writeAtomically(manifestOf(file), `${JSON.stringify(manifest, null, 2)}\n`);
  return { id: path.basename(file), createdAt: manifest.createdAt, reason: facts.reason, bytes: fs.statSync(file).size, counts: facts.counts, schemaVersion: facts.schemaVersion };
}

/** Decompresses a backup to `staged`, and checks it is the library that was backed up (its hash). */
export async function decompressTo(backup: StoredBackup, staged: string): Promise<void> {
  const hash = createHash('sha256');
  await pipeline(fs.createReadStream(backup.file), zlib.createGunzip(), hashing(hash), fs.createWriteStream(staged));
  await fsyncFileAside(staged);
  if (hash.digest('hex') !== backup.sha256) throw new Error(`The backup ${backup.info.id} does not hold what was backed up (its contents changed on disk).`);
}
