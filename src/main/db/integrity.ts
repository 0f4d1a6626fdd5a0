import fs from 'node:fs';
import Database from 'better-sqlite3';
import type { LibraryDamage } from '../../shared/contract/libraryDamage';
import { derivedDataDifferences } from './derivedCheck';
import { libraryCounts } from './libraryCounts';
import { LATEST_SCHEMA_VERSION } from './migrations';

/** The library could not be opened; nothing was written to it. db/open.ts throws it, the host shows it. */
export class LibraryDamagedError extends Error {
  constructor(readonly damage: LibraryDamage) {
    super(`${damage.file}: ${damage.detail}`);
    this.name = 'LibraryDamagedError';
  }
}

const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const HEADER_BYTES = 100;

export interface CheckedLibrary {
  schemaVersion: number;
  /** 'ok', or what the check found. */
  result: string;
  /** With `counts`: db/libraryCounts.ts of the checked file. */
  counts?: Record<string, number>;
  /** With `derived`, on a library of this version's schema: db/derivedCheck.ts of the checked file (none: it agrees). */
  derivedDifferences?: string[];
}

export interface InspectOptions {
  /** quick_check (at every open) or the full integrity_check (backups, the CLI). */
  check: 'quick' | 'full';
  nativeBinding?: string;
  /** Also count what the file holds (the CLI's check). */
  counts?: boolean;
  /** Also compare its derived data with a fresh computation (the CLI's check). */
  derived?: boolean;
}

/**
 * What the file's first 100 bytes say, without SQLite: a file that is not SQLite, or one shorter
 * than the page count its header records (a copy or a disk that stopped halfway).
 */
function inspectHeader(file: string): LibraryDamage | null {
  const size = fs.statSync(file).size;
  const damage = (kind: LibraryDamage['kind'], detail: string): LibraryDamage => ({ kind, file, detail });
  if (size === 0) return damage('truncated', 'The file is empty (0 bytes).');
  const header = Buffer.alloc(HEADER_BYTES);
  const fd = fs.openSync(file, 'r');
  let read: number;
  try {
    read = fs.readSync(fd, header, 0, HEADER_BYTES, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (read < MAGIC.length || !header.subarray(0, MAGIC.length).equals(MAGIC)) {
    return damage('not-sqlite', 'The file does not start with the SQLite header.');
  }
  if (read < HEADER_BYTES) return damage('truncated', `The file is ${size} bytes, shorter than the SQLite header.`);
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  // The header's page count is valid only when "version-valid-for" matches the change counter.
  const pageCount = header.readUInt32BE(24) === header.readUInt32BE(92) ? header.readUInt32BE(28) : 0;
  if (pageSize >= 512 && pageCount > 0 && size < pageCount * pageSize) {
    return damage('truncated', `The file is ${size} bytes; its header records ${pageCount} pages of ${pageSize} bytes (${pageCount * pageSize} bytes).`);
  }
  return null;
}

/**
 * Checks a library file in place without writing a byte of it and without leaving anything beside
 * it. A read-only connection to a WAL-mode file creates -wal and -shm next to it and cannot remove
 * them; so if they were not there before and the -wal is still empty afterwards, a second
 * connection reads the header and closes, and SQLite removes both (only as the last connection, so
 * a running app's files stay). No copy: a copy would double the disk a start needs and fail on a
 * full disk. Throws LibraryDamagedError.
 */
export function checkLibraryFile(file: string, options: InspectOptions): CheckedLibrary {
  const header = inspectHeader(file);
  if (header) throw new LibraryDamagedError(header);
  return leavingNoCompanions(file, options.nativeBinding, () => checkFile(file, file, options));
}

/** Runs `read` (which opens `file` read-only) and removes the -wal/-shm it made, if it made them and the -wal is empty. */
export function leavingNoCompanions<T>(file: string, nativeBinding: string | undefined, read: () => T): T {
  const tidy = companionTidy(file, nativeBinding);
  try {
    return read();
  } finally {
    tidy();
  }
}

/**
 * For reading that is asynchronous (an export's stream): call before opening `file` read-only, and
 * call what it returns after closing; it removes the -wal/-shm the reading made, as above.
 */
export function companionTidy(file: string, nativeBinding: string | undefined): () => void {
  const wal = `${file}-wal`;
  const hadCompanions = fs.existsSync(wal) || fs.existsSync(`${file}-shm`);
  return () => {
    if (hadCompanions || !fs.existsSync(wal) || fs.statSync(wal).size !== 0) return;
    try {
      const tidy = new Database(file, { fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
      try {
        tidy.pragma('schema_version');
      } finally {
        tidy.close();
      }
    } catch {
      // A file too damaged to read its header: the empty companions stay, the library is untouched.
    }
  };
}

/** Runs the check on a file Counterpoint owns (a backup's staging copy); may leave -shm beside it. */
export function checkOwnedCopy(copy: string, options: InspectOptions): CheckedLibrary {
  const header = inspectHeader(copy);
  if (header) throw new LibraryDamagedError(header);
  return checkFile(copy, copy, options);
}

function checkFile(copy: string, file: string, options: InspectOptions): CheckedLibrary {
  let db: Database.Database | null = null;
  try {
    db = new Database(copy, {
      readonly: true,
      fileMustExist: true,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    if (schemaVersion > LATEST_SCHEMA_VERSION) {
      throw new LibraryDamagedError({
        kind: 'too-new',
        file,
        detail: `Schema ${schemaVersion}; this version understands up to ${LATEST_SCHEMA_VERSION}.`,
        foundSchema: schemaVersion,
        supportedSchema: LATEST_SCHEMA_VERSION,
      });
    }
    const rows = db.pragma(options.check === 'quick' ? 'quick_check(20)' : 'integrity_check(20)', { simple: false }) as Record<string, string>[];
    const messages = rows.map((row) => Object.values(row)[0] ?? '');
    const result = messages.join('\n');
    if (result !== 'ok') throw new LibraryDamagedError({ kind: 'damaged', file, detail: result });
    return {
      schemaVersion,
      result,
      ...(options.counts ? { counts: libraryCounts(db) } : {}),
      ...(options.derived && schemaVersion === LATEST_SCHEMA_VERSION ? { derivedDifferences: derivedDataDifferences(db) } : {}),
    };
  } catch (error) {
    if (error instanceof LibraryDamagedError) throw error;
    const code = (error as { code?: unknown } | null)?.code;
    const message = error instanceof Error ? error.message : String(error);
    if (code === 'SQLITE_NOTADB') throw new LibraryDamagedError({ kind: 'not-sqlite', file, detail: message });
    if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_CORRUPT_VTAB') throw new LibraryDamagedError({ kind: 'damaged', file, detail: message });
    throw error;
  } finally {
    db?.close();
  }
}
