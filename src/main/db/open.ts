import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { checkLibraryFile, LibraryDamagedError, leavingNoCompanions } from './integrity';
import { DatabaseTooNewError, LATEST_SCHEMA_VERSION, migrate } from './migrations';

export const DATABASE_FILE = 'counterpoint.sqlite3';

export interface OpenOptions {
  readonly?: boolean;
  /** Path to a better_sqlite3.node built for another runtime (Electron keeps its own). */
  nativeBinding?: string;
  /**
   * Called with the open connection before an existing library's schema is upgraded (not for a new
   * one); the host backs it up here. A throw stops the open and the migration.
   */
  beforeMigration?: (db: Database.Database, fromVersion: number) => void;
}

/**
 * Opens (creating if needed) the library in dataDir and brings its schema up to date. An existing
 * file is checked first (db/integrity.ts: header, length, quick_check, schema version) in place, so
 * a damaged file is refused with LibraryDamagedError, a newer one with DatabaseTooNewError, before
 * anything is written to it or beside it.
 */
export function openDatabase(dataDir: string, options: OpenOptions = {}): Database.Database {
  const file = path.join(dataDir, DATABASE_FILE);
  if (options.readonly) {
    if (!fs.existsSync(file)) throw new Error(`No Counterpoint library at ${file}`);
  } else {
    fs.mkdirSync(dataDir, { recursive: true });
    if (fs.existsSync(file)) checkBeforeOpening(file, options);
  }
  const db = new Database(file, {
    readonly: options.readonly ?? false,
    fileMustExist: options.readonly ?? false,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    const found = db.pragma('user_version', { simple: true }) as number;
    if (found > LATEST_SCHEMA_VERSION) throw new DatabaseTooNewError(found, LATEST_SCHEMA_VERSION);
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    // 32 MB of page cache (SQLite's default is 2 MB): the pattern queries on large libraries stay in memory.
    db.pragma('cache_size = -32000');
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      if (found > 0 && found < LATEST_SCHEMA_VERSION) options.beforeMigration?.(db, found);
      migrate(db);
    } else if (found < LATEST_SCHEMA_VERSION) {
      throw new Error(
        `This library needs upgrading (schema ${found}, current ${LATEST_SCHEMA_VERSION}); open it once in Counterpoint first.`,
      );
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** The check at open; a newer schema keeps its own error (DatabaseTooNewError), as callers have always had it. */
function checkBeforeOpening(file: string, options: OpenOptions): void {
  try {
    checkLibraryFile(file, {
      check: 'quick',
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
  } catch (error) {
    const damage = error instanceof LibraryDamagedError ? error.damage : null;
    if (damage?.kind === 'too-new') throw new DatabaseTooNewError(damage.foundSchema ?? 0, damage.supportedSchema ?? LATEST_SCHEMA_VERSION);
    throw error;
  }
}

export function closeDatabase(db: Database.Database): void {
  if (!db.open) return;
  if (!db.readonly) db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

/**
 * Reads a library and leaves its folder as it found it (the read-only CLI: analyze, check). A
 * read-only connection to a WAL library creates -wal and -shm beside it and, being read-only, cannot
 * remove them when it closes; better-sqlite3 12 is built without URI filenames, so `immutable=1` is
 * not available either. So the reading is done on a read-only connection, and if the companions were
 * not there before and the -wal is still empty, a second connection reads the header and closes:
 * SQLite removes both files only if it is the last connection (it takes an exclusive lock first), so
 * a running app's files are never touched. Neither connection writes a byte of the library.
 */
export function readLibrary<T>(dataDir: string, read: (db: Database.Database) => T, options: Omit<OpenOptions, 'readonly'> = {}): T {
  return leavingNoCompanions(path.join(dataDir, DATABASE_FILE), options.nativeBinding, () => {
    const db = openDatabase(dataDir, { ...options, readonly: true });
    try {
      return read(db);
    } finally {
      closeDatabase(db);
    }
  });
}
