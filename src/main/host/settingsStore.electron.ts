import Store from 'electron-store';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import type { SettingsStore } from '../api/ports';
import { SETTINGS_FILE_NAME, settingsOver } from './settingsStore';

/** The desktop app: electron-store in the user-data folder, same schema and defaults as browser mode. */
export function createElectronSettingsStore(dataDir: string): SettingsStore {
  const store = new Store<Record<string, unknown>>({
    cwd: dataDir,
    name: SETTINGS_FILE_NAME,
    defaults: structuredClone(DEFAULT_SETTINGS) as unknown as Record<string, unknown>,
  });
  return settingsOver(store);
}
