import path from 'node:path';
import { DATABASE_FILE, type OpenOptions } from '../db/open';
import { DatabaseTooNewError } from '../db/migrations';
import { Library } from '../host/library';

export type OpenedLibrary = { ok: true; library: Library } | { ok: false; title: string; message: string };

/** Messages for the dialog shown when the library cannot be opened; the file is never touched. */
export function describeOpenFailure(error: unknown, dataDir: string): { title: string; message: string } {
  const file = path.join(dataDir, DATABASE_FILE);
  const title = 'Counterpoint cannot open your library';
  const text = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  if (error instanceof DatabaseTooNewError) {
    return { title, message: `${error.message}\n\nLibrary: ${file}` };
  }
  if (code === 'ERR_DLOPEN_FAILED' || /NODE_MODULE_VERSION|better_sqlite3\.node|Could not locate the bindings/.test(text)) {
    return {
      title: 'Counterpoint is missing its database engine for Electron',
      message:
        'better-sqlite3 is not built for this version of Electron. Run `npm run build:native:electron` ' +
        `(npm start does this for you) and start Counterpoint again.\n\nDetails: ${text}`,
    };
  }
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return {
      title,
      message: `The file ${file} is not a Counterpoint library, or it is damaged. It has not been changed.`,
    };
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_READONLY') {
    return { title, message: `Counterpoint is not allowed to write to ${dataDir}. Check the folder's permissions.\n\nDetails: ${text}` };
  }
  return { title, message: `Counterpoint could not open ${file}.\n\nDetails: ${text}` };
}

export function openLibrary(dataDir: string, options: OpenOptions = {}): OpenedLibrary {
  try {
    return { ok: true, library: new Library(dataDir, options) };
  } catch (error) {
    return { ok: false, ...describeOpenFailure(error, dataDir) };
  }
}
