import type { SettingsStore } from '../api/ports';
import type { OpenOptions } from '../db/open';
import { backupBeforeMigration, FolderBackups, startDailyBackups } from './backups';
import { Library } from './library';

export interface KeptLibrary {
  library: Library;
  backups: FolderBackups;
  /** Stops the daily backups (on quit, before the library closes). */
  stopDailyBackups: () => void;
}

/**
 * The user's library with its backups, as both the desktop app and browser mode run it: backed up
 * before a migration, once a day while open, and kept to the number in the user's own settings.
 */
export function openKeptLibrary(
  dataDir: string,
  ownSettings: SettingsStore,
  options: Omit<OpenOptions, 'beforeMigration'> & { report?: (message: string) => void } = {},
): KeptLibrary {
  const { report, ...openOptions } = options;
  // The copies are checked with better-sqlite3 built for the same runtime as the library's own connection.
  const backupOptions = { keep: () => ownSettings.get().backups.keep, ...(openOptions.nativeBinding ? { nativeBinding: openOptions.nativeBinding } : {}) };
  const library = new Library(dataDir, { ...openOptions, beforeMigration: backupBeforeMigration(dataDir, backupOptions) });
  const backups = new FolderBackups(library, backupOptions);
  const stopDailyBackups = startDailyBackups(backups, library, report ? { report } : {});
  return { library, backups, stopDailyBackups };
}
