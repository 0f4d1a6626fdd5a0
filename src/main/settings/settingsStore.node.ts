import Conf from 'conf';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { SETTINGS_FILE_NAME, settingsOver, type SettingsStore } from './settingsStore';

/** Browser mode and the CLI: conf, the library electron-store is built on, in the data folder. */
export function createNodeSettingsStore(dataDir: string): SettingsStore {
  const conf = new Conf<Record<string, unknown>>({
    projectName: 'counterpoint',
    cwd: dataDir,
    configName: SETTINGS_FILE_NAME,
    defaults: structuredClone(DEFAULT_SETTINGS) as unknown as Record<string, unknown>,
  });
  return settingsOver(conf);
}
