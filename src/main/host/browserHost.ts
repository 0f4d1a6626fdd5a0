import { createApi, type Invoke } from '../api/dispatch';
import { damageWording } from '../../shared/libraryDamageWording';
import { openKeptLibrary, type KeptLibrary } from './keptLibrary';
import { sweepLeftovers } from './leftovers';
import { settingsFollowingLibrary } from './settingsFollowingLibrary';
import { createNodeSettingsStore } from './settingsStore.node';

export interface BrowserHost extends KeptLibrary {
  invoke: Invoke;
}

/**
 * What browser mode runs on a data folder, put together the way it starts (web.ts): leftovers of an
 * interrupted run swept, the settings file, the library with its backups, and the API over them. A
 * library that cannot be opened is said on stderr (`report`) and the app starts on its damage screen.
 */
export function openBrowserHost(dataDir: string, options: { version: string; report?: (message: string) => void; now?: () => Date }): BrowserHost {
  const report = options.report ?? ((message: string) => console.error(message));
  sweepLeftovers(dataDir);
  const ownSettings = createNodeSettingsStore(dataDir);
  const kept = openKeptLibrary(dataDir, ownSettings, { report });
  const { library, backups } = kept;
  if (library.damage) {
    const words = damageWording(library.damage);
    report(`${words.title}. ${words.what} ${words.todo} The app shows the backups to restore.`);
  }
  const invoke = createApi({
    db: () => library.db,
    settings: settingsFollowingLibrary(ownSettings, library),
    library,
    backups,
    ...(options.now ? { now: options.now } : {}),
    info: () => ({
      version: options.version,
      mode: 'browser',
      dataDir,
      databasePath: library.databasePath,
      library: library.kind,
    }),
  });
  return { ...kept, invoke };
}
