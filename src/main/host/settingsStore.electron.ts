import path from 'node:path';
import Store from 'electron-store';
import type { SettingsStore } from '../api/ports';
import { settingsFileBacking } from './settingsFile';
import { SETTINGS_FILE_NAME, settingsOver } from './settingsStore';

/** The desktop app: electron-store writes the same file in the user-data folder, read the same way as browser mode's. */
export function createElectronSettingsStore(dataDir: string): SettingsStore {
  const file = path.join(dataDir, `${SETTINGS_FILE_NAME}.json`);
  return settingsOver(settingsFileBacking(file, () => new Store<Record<string, unknown>>({ cwd: dataDir, name: SETTINGS_FILE_NAME })));
}
