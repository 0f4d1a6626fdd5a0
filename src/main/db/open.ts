import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DatabaseTooNewError, LATEST_SCHEMA_VERSION, migrate } from './migrations';

export const DATABASE_FILE = 'counterpoint.sqlite3';

export interface OpenOptions {
  readonly?: boolean;
  /** Path to a better_sqlite3.node built for another runtime (Electron keeps its own). */
  nativeBinding?: string;
}

/**
 * Opens (creating if needed) the library in dataDir and brings its schema up to date.
 * A file written by a newer version is refused before anything is written to it.
 */
export function openDatabase(dataDir: string, options: OpenOptions = {}): Database.Database {
  const file = path.join(dataDir, DATABASE_FILE);
  if (options.readonly) {
    if (!fs.existsSync(file)) throw new Error(`No Counterpoint library at ${file}`);
  } else {
    fs.mkdirSync(dataDir, { recursive: true });
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
  const file = path.join(dataDir, DATABASE_FILE);
  const wal = `${file}-wal`;
  const hadCompanions = fs.existsSync(wal) || fs.existsSync(`${file}-shm`);
  const db = openDatabase(dataDir, { ...options, readonly: true });
  try {
    return read(db);
  } finally {
    closeDatabase(db);
    if (!hadCompanions && fs.existsSync(wal) && fs.statSync(wal).size === 0) {
      const tidy = new Database(file, { fileMustExist: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
      try {
        tidy.pragma('schema_version');
      } finally {
        tidy.close();
      }
    }
  }
}
