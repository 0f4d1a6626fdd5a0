import type { appMethods } from '../../shared/contract/app';
import { schemaVersion } from '../db/migrations';
import type { HandlersFor } from './context';

export const appHandlers: HandlersFor<typeof appMethods> = {
  'app.info': (_input, { db, host }) => ({ ...host.info(), schemaVersion: schemaVersion(db) }),
  'settings.get': (_input, { settings }) => settings.get(),
  'settings.update': (patch, { settings }) => settings.update(patch),
  'settings.reset': (_input, { settings }) => settings.reset(),
  'settings.resets': (_input, { settings }) => settings.resets?.() ?? [],
};
