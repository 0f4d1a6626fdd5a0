import path from 'node:path';
import Conf from 'conf';
import type { SettingsStore } from '../api/ports';
import { settingsFileBacking } from './settingsFile';
import { SETTINGS_FILE_NAME, settingsOver } from './settingsStore';

/** Browser mode and the CLI: conf, the library electron-store is built on, writes the file in the data folder. */
export function createNodeSettingsStore(dataDir: string): SettingsStore {
  const file = path.join(dataDir, `${SETTINGS_FILE_NAME}.json`);
  return settingsOver(
    settingsFileBacking(file, () => new Conf<Record<string, unknown>>({ projectName: 'counterpoint', cwd: dataDir, configName: SETTINGS_FILE_NAME })),
  );
}
