import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BackupFailedError } from '../api/ports';
import { LibraryDamagedError } from '../db/integrity';
import { libraryCounts } from '../db/libraryCounts';
import { buildEntries } from '../testing/buildEntries';
import { buildSyntheticLibrary } from '../tools/bench/syntheticLibrary';
import { backupsDirOf, builtCheckWorker, checkStagedAside, TEMP_PREFIX } from './backupFiles';
import { FolderBackups } from './backups';
import { Library } from './library';

/**
 * The worker that checks a backup's copy (host/backupCheck.ts), built as electron-vite builds it
 * (vite, an SSR entry with better-sqlite3 left external) and run for real in a worker thread. It is
 * built inside the checkout so that `better-sqlite3` resolves from its node_modules.
 */
let buildDir: string;
let worker: string;

beforeAll(async () => {
  buildDir = await buildEntries('test-backup-check', { backupCheck: 'src/main/host/backupCheck.ts' });
  worker = path.join(buildDir, 'backupCheck.js');
}, 120_000);
afterAll(() => fs.rmSync(buildDir, { recursive: true, force: true }));

let dataDir: string;
let library: Library;
beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'counterpoint-backup-check-'));
});
afterEach(() => {
  library?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function openSynthetic(exchanges: number): Library {
  buildSyntheticLibrary(dataDir, { exchanges, today: '2026-12-01' });
  library = new Library(dataDir);
  return library;
}

const backupsOf = (lib: Library, checkWorker: string | null) => new FolderBackups(lib, { keep: () => 5, checkWorker });

describe('the worker that checks a backup', () => {
  it('is found beside the built code, from an entry or a shared chunk, and not when running from the sources', () => {
    expect(builtCheckWorker(new URL('./backups.ts', import.meta.url).href)).toBeNull();
    expect(() => builtCheckWorker(pathToUrlIn(dataDir, 'index.js'))).toThrow(/no backup checker/);
    expect(builtCheckWorker(pathToUrlIn(buildDir, 'index.js'))).toBe(worker);
    expect(builtCheckWorker(pathToUrlIn(path.join(buildDir, 'chunks'), 'x.js'))).toBe(worker);
  });

  it('checks the copy in a worker: the backup holds what the library holds, and restores', async () => {
    const lib = openSynthetic(2000);
    const backups = backupsOf(lib, worker);
    const backup = await backups.create('manual');
    expect(backup.counts).toEqual(libraryCounts(lib.ownDb));
    await backups.restore(backup.id);
    expect(libraryCounts(lib.ownDb)).toEqual(backup.counts);
    expect(fs.readdirSync(backupsDirOf(dataDir)).filter((name) => name.startsWith(TEMP_PREFIX))).toEqual([]);
  });

  it('keeps the main thread turning while it checks a copy', async () => {
    const lib = openSynthetic(20_000);
    const staged = path.join(dataDir, 'staged.sqlite3');
    await lib.ownDb.backup(staged);
    const inProcess = await ticksDuring(() => checkStagedAside(staged, { worker: null }));
    const inWorker = await ticksDuring(() => checkStagedAside(staged, { worker }));
    // On this thread the check holds the event loop from start to end; in the worker it does not.
    expect(inProcess.ticks).toBe(0);
    expect(inWorker.ticks).toBeGreaterThan(0);
    expect(inWorker.facts).toEqual(inProcess.facts);
    // And a whole backup (online copy, check, gzip, read-back) lets it turn too.
    const during = await ticksDuring(() => backupsOf(lib, worker).create('manual'));
    expect(during.ticks).toBeGreaterThan(0);
  });

  it('reports a damaged copy as the damage it found', async () => {
    const lib = openSynthetic(2000);
    const staged = path.join(dataDir, 'staged.sqlite3');
    await lib.ownDb.backup(staged);
    const fd = fs.openSync(staged, 'r+');
    fs.writeSync(fd, Buffer.alloc(4096 * 4, 0x5a), 0, 4096 * 4, 4096 * 3);
    fs.closeSync(fd);
    const failure = await checkStagedAside(staged, { worker }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(LibraryDamagedError);
    expect((failure as LibraryDamagedError).damage).toMatchObject({ kind: 'damaged', file: staged });
    expect(fs.readdirSync(dataDir).filter((name) => name.startsWith('staged.sqlite3-'))).toEqual([]);
  });

  it('refuses the backup, and leaves no file of it, when the worker crashes', async () => {
    const lib = openSynthetic(500);
    const crashing = path.join(dataDir, 'crashing.mjs');
    fs.writeFileSync(crashing, "throw new Error('the checker fell over');\n");
    const backups = backupsOf(lib, crashing);
    const failure = await backups.create('manual').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(BackupFailedError);
    expect((failure as Error).message).toMatch(/could not be made: the check of the copy stopped before it finished \(the checker fell over\)/);
    fs.writeFileSync(crashing, 'process.exit(3);\n');
    await expect(backups.create('manual')).rejects.toThrow(/exit code 3/);
    expect(backups.list()).toEqual([]);
    expect(fs.readdirSync(backupsDirOf(dataDir))).toEqual([]);
  });
});

function pathToUrlIn(dir: string, name: string): string {
  return new URL(name, `file://${dir}/`).href;
}

/** How many times a 1 ms interval ran while `work` was in flight. */
async function ticksDuring<T>(work: () => Promise<T>): Promise<{ ticks: number; facts: T }> {
  let ticks = 0;
  const timer = setInterval(() => (ticks += 1), 1);
  try {
    const facts = await work();
    return { ticks, facts };
  } finally {
    clearInterval(timer);
  }
}
