import path from 'node:path';
import type { SettingsStore } from '../api/ports';
import { DATABASE_FILE, type OpenOptions } from '../db/open';
import { openKeptLibrary, type KeptLibrary } from '../host/keptLibrary';

export type OpenedLibrary = ({ ok: true } & KeptLibrary) | { ok: false; title: string; message: string };

/**
 * Messages for the dialog shown when Counterpoint cannot start on the library at all; the file is
 * never touched. A damaged, truncated, foreign or newer library file is not one of these: the app
 * starts and shows it on its own screen with the backups to restore (Library.damage).
 */
export function describeOpenFailure(error: unknown, dataDir: string): { title: string; message: string } {
  const file = path.join(dataDir, DATABASE_FILE);
  const title = 'Counterpoint cannot open your library';
  const text = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ERR_DLOPEN_FAILED' || /NODE_MODULE_VERSION|better_sqlite3\.node|Could not locate the bindings/.test(text)) {
    return {
      title: 'Counterpoint is missing its database engine for Electron',
      message:
        'better-sqlite3 is not built for this version of Electron. Run `npm run build:native:electron` ' +
        `(npm start does this for you) and start Counterpoint again.\n\nDetails: ${text}`,
    };
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_READONLY') {
    return { title, message: `Counterpoint is not allowed to write to ${dataDir}. Check the folder's permissions.\n\nDetails: ${text}` };
  }
  return { title, message: `Counterpoint could not open ${file}. It has not been changed.\n\nDetails: ${text}` };
}

export function openLibrary(dataDir: string, ownSettings: SettingsStore, options: Omit<OpenOptions, 'beforeMigration'> = {}): OpenedLibrary {
  try {
    return { ok: true, ...openKeptLibrary(dataDir, ownSettings, { ...options, report: (message) => console.error(`[counterpoint] ${message}`) }) };
  } catch (error) {
    return { ok: false, ...describeOpenFailure(error, dataDir) };
  }
}
