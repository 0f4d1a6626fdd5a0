import { z } from 'zod';
import { Settings, SettingsPatch } from '../settings';
import { SettingReset } from '../settingsReset';
import { LibraryDamage } from './libraryDamage';
import { command, query } from './method';

export const AppInfo = z.object({
  version: z.string(),
  mode: z.enum(['electron', 'browser']),
  dataDir: z.string(),
  databasePath: z.string(),
  schemaVersion: z.number().int(),
  library: z.enum(['own', 'sample']),
  /** Set when the user's own library could not be opened: the app shows what happened and offers a backup instead of the library. */
  damage: LibraryDamage.nullable(),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const appMethods = {
  'app.info': query(z.strictObject({}), AppInfo),
  'settings.get': query(z.strictObject({}), Settings),
  'settings.update': command(SettingsPatch, Settings),
  'settings.reset': command(z.strictObject({}), Settings),
  /** Settings the file got wrong, read as their defaults; gone once settings are saved (settings.update with {} keeps the defaults). */
  'settings.resets': query(z.strictObject({}), z.array(SettingReset)),
};
