import { createApi, type Invoke } from '../api/dispatch';
import type { FolderBackups } from './backups';
import { openKeptLibrary } from './keptLibrary';
import { sweepLeftovers } from './leftovers';
import type { Library } from './library';
import { settingsFollowingLibrary } from './settingsFollowingLibrary';
import { createNodeSettingsStore } from './settingsStore.node';

export interface BrowserHost {
  invoke: Invoke;
  library: Library;
  backups: FolderBackups;
  /** Stops the daily backups (on quit, before the library closes). */
  stopDailyBackups: () => void;
}

/**
 * Browser mode's library and API, put together as it starts: the leftovers of an interrupted run
 * swept, the settings file, the library with its backups, and the dispatcher over them. web.ts
 * serves it; the crash test (tests/unit/crash) runs it in a process it kills.
 */
export function openBrowserHost(dataDir: string, options: { version: string; report?: (message: string) => void }): BrowserHost {
  sweepLeftovers(dataDir);
  const ownSettings = createNodeSettingsStore(dataDir);
  const { library, backups, stopDailyBackups } = openKeptLibrary(dataDir, ownSettings, options.report ? { report: options.report } : {});
  const invoke = createApi({
    db: () => library.db,
    settings: settingsFollowingLibrary(ownSettings, library),
    library,
    backups,
    info: () => ({
      version: options.version,
      mode: 'browser',
      dataDir,
      databasePath: library.databasePath,
      library: library.kind,
    }),
  });
  return { invoke, library, backups, stopDailyBackups };
}
