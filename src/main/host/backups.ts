import fs from 'node:fs';
import type Database from 'better-sqlite3';
import type { BackupInfo, BackupReason } from '../../shared/contract/backups';
import { BackupFailedError, type BackupKeeper } from '../api/ports';
import { LibraryDamagedError } from '../db/integrity';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import {
  backupsDirOf,
  builtCheckWorker,
  checkStaged,
  checkStagedAside,
  commitBackup,
  type CopyChecker,
  compressStaged,
  compressStagedSync,
  decompressTo,
  removeSideFiles,
  rotate,
  storedBackups,
  sweepUnfinished,
  tempFile,
} from './backupFiles';
import type { Library } from './library';

/** What the backups need of the library they keep (host/library.ts's Library; the CLI's one-off connection). */
export type BackedUpLibrary = Pick<Library, 'dataDir' | 'ownDb' | 'damage' | 'replaceOwn'>;

export interface BackupOptions {
  /** How many backups rotation keeps (settings backups.keep). */
  keep: () => number;
  now?: () => Date;
  /** better-sqlite3 built for Electron (db/open.ts OpenOptions), for the connection that checks a copy. */
  nativeBinding?: string;
  /** The built worker that checks a copy (host/backupCheck.ts); null checks on this thread. Found beside the built code by default. */
  checkWorker?: string | null;
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** A copy that failed its check is removed and the backup refused: it never counts. */
function refuseUnchecked(staged: string, error: unknown): never {
  fs.rmSync(staged, { force: true });
  removeSideFiles(staged);
  if (error instanceof LibraryDamagedError) {
    throw new BackupFailedError(`The copy of your library did not pass its check (${error.damage.detail}), so it was not kept. Your library is unchanged.`);
  }
  throw new BackupFailedError(`The backup could not be made: ${reasonOf(error)}. Your library is unchanged.`);
}

/**
 * The backups of the user's own library (host/backupFiles.ts says how they are stored). One backup
 * or restore runs at a time; a second waits for the first (the daily timer's and "Back up now" too).
 * The copy is checked in a worker (host/backupCheck.ts), so the app keeps answering meanwhile.
 */
export class FolderBackups implements BackupKeeper {
  readonly dir: string;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly now: () => Date;
  private checkWorker: string | null | undefined;

  constructor(
    private readonly library: BackedUpLibrary,
    private readonly options: BackupOptions,
  ) {
    this.dir = backupsDirOf(library.dataDir);
    this.now = options.now ?? (() => new Date());
    this.checkWorker = options.checkWorker;
    sweepUnfinished(this.dir);
  }

  /** Where a copy is checked: looked up at the first backup, so a build without its worker refuses backups rather than failing to start. */
  private checker(): CopyChecker {
    if (this.checkWorker === undefined) this.checkWorker = builtCheckWorker();
    return { worker: this.checkWorker, ...(this.options.nativeBinding ? { nativeBinding: this.options.nativeBinding } : {}) };
  }

  list(): BackupInfo[] {
    return storedBackups(this.dir).map((backup) => backup.info);
  }

  create(reason: BackupReason): Promise<BackupInfo> {
    return this.serial(() => this.backUp(reason));
  }

  restore(id: string): Promise<void> {
    return this.serial(async () => {
      const backup = storedBackups(this.dir).find((candidate) => candidate.info.id === id);
      if (!backup) throw new BackupFailedError(`There is no backup called ${id}.`);
      // The state being replaced is backed up first, unless it cannot be read (it is then moved aside, not replaced).
      if (!this.library.damage) await this.backUp('before-restore');
      const staged = tempFile(this.dir, 'restore');
      try {
        await decompressTo(backup, staged);
        const { schemaVersion } = await checkStagedAside(staged, this.checker());
        if (schemaVersion > LATEST_SCHEMA_VERSION) throw new Error(`it was made by a newer version of Counterpoint (schema ${schemaVersion})`);
        this.library.replaceOwn(staged, this.now());
      } catch (error) {
        throw new BackupFailedError(
          `The backup from ${backup.info.createdAt} could not be restored: ${error instanceof LibraryDamagedError ? error.damage.detail : reasonOf(error)}. Your library is as it was.`,
        );
      } finally {
        fs.rmSync(staged, { force: true });
        removeSideFiles(staged);
      }
    });
  }

  private async backUp(reason: BackupReason): Promise<BackupInfo> {
    const db = this.library.ownDb;
    const at = this.now();
    fs.mkdirSync(this.dir, { recursive: true });
    const staged = tempFile(this.dir, 'backup');
    let facts: { schemaVersion: number; counts: Record<string, number> };
    try {
      // SQLite's online backup copies a few pages at a time and the check runs in a worker, so the app keeps answering meanwhile.
      await db.backup(staged);
      facts = await checkStagedAside(staged, this.checker());
    } catch (error) {
      refuseUnchecked(staged, error);
    }
    try {
      const copy = await compressStaged(this.dir, staged);
      const info = commitBackup(this.dir, copy, { at, reason, ...facts });
      rotate(this.dir, this.options.keep());
      return info;
    } catch (error) {
      throw new BackupFailedError(`The backup could not be written to ${this.dir}: ${reasonOf(error)}. Your library is unchanged.`);
    } finally {
      fs.rmSync(staged, { force: true });
    }
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }
}

/**
 * The backup before a migration (db/open.ts's beforeMigration): synchronous, as opening is. VACUUM
 * INTO writes a compact copy of the old library; the same check, compression and manifest follow.
 * A failure throws, which stops the migration with the library untouched.
 */
export function backupBeforeMigration(dataDir: string, options: BackupOptions): (db: Database.Database) => void {
  return (db) => {
    const dir = backupsDirOf(dataDir);
    fs.mkdirSync(dir, { recursive: true });
    const staged = tempFile(dir, 'migration');
    const at = (options.now ?? (() => new Date()))();
    try {
      db.prepare('VACUUM INTO ?').run(staged);
      // Synchronous and on this thread, as the open is: nothing is being served yet.
      const facts = checkStaged(staged, options.nativeBinding);
      commitBackup(dir, compressStagedSync(dir, staged), { at, reason: 'before-migration', ...facts });
      rotate(dir, options.keep());
    } catch (error) {
      refuseUnchecked(staged, error);
    } finally {
      fs.rmSync(staged, { force: true });
    }
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * While the app runs: a backup when the newest one is a day old or there is none, looked at soon
 * after start and then every hour. Returns the function that stops it.
 */
export function startDailyBackups(
  keeper: BackupKeeper,
  library: Pick<Library, 'damage'>,
  options: { now?: () => Date; firstLookMs?: number; everyMs?: number; report?: (message: string) => void } = {},
): () => void {
  const now = options.now ?? (() => new Date());
  // The keeper runs one backup at a time (a "Back up now" waits for the daily one and the other way
  // round); this keeps a slow daily backup from having a second one queued behind it.
  let running = false;
  const look = () => {
    if (library.damage || running) return;
    const newest = keeper.list()[0];
    if (newest && now().getTime() - new Date(newest.createdAt).getTime() < DAY_MS) return;
    running = true;
    keeper
      .create('daily')
      .catch((error: unknown) => options.report?.(`The daily backup failed: ${reasonOf(error)}`))
      .finally(() => (running = false));
  };
  const first = setTimeout(look, options.firstLookMs ?? 60_000);
  const every = setInterval(look, options.everyMs ?? 60 * 60 * 1000);
  first.unref();
  every.unref();
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
