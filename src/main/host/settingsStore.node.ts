import fs from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import type { SettingsStore } from '../api/ports';
import { SETTINGS_FILE_NAME, settingsOver } from './settingsStore';

/**
 * Opens a store; if its file is not even JSON, keeps that file aside (renamed, never deleted)
 * and starts from the defaults rather than refusing to start.
 */
export function withUnreadableFileSetAside<T>(file: string, open: () => T): T {
  try {
    return open();
  } catch (error) {
    if (!(error instanceof SyntaxError) || !fs.existsSync(file)) throw error;
    const aside = `${file}.unreadable-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    fs.renameSync(file, aside);
    console.warn(`[counterpoint] settings file could not be read; kept it as ${aside} and started from defaults`);
    return open();
  }
}

/** Browser mode and the CLI: conf, the library electron-store is built on, in the data folder. */
export function createNodeSettingsStore(dataDir: string): SettingsStore {
  const file = path.join(dataDir, `${SETTINGS_FILE_NAME}.json`);
  const conf = withUnreadableFileSetAside(
    file,
    () =>
      new Conf<Record<string, unknown>>({
        projectName: 'counterpoint',
        cwd: dataDir,
        configName: SETTINGS_FILE_NAME,
        defaults: structuredClone(DEFAULT_SETTINGS) as unknown as Record<string, unknown>,
      }),
  );
  return settingsOver(conf);
}
