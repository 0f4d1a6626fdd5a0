import type { AppInfo, appMethods } from '../../shared/contract/app';
import { schemaVersion } from '../db/migrations';
import type { HandlersFor } from './context';
import type { ApiHost } from './ports';

/** app.info as it is now: read from the host each time, since the open library can change (a switch, a restore). */
export function appInfoOf(host: ApiHost): AppInfo {
  const damage = host.library?.damage ?? null;
  return { ...host.info(), schemaVersion: damage ? (damage.foundSchema ?? 0) : schemaVersion(host.db()), damage };
}

export const appHandlers: HandlersFor<typeof appMethods> = {
  'app.info': (_input, { host }) => appInfoOf(host),
  'settings.get': (_input, { settings }) => settings.get(),
  'settings.update': (patch, { settings }) => settings.update(patch),
  'settings.reset': (_input, { settings }) => settings.reset(),
  'settings.resets': (_input, { settings }) => settings.resets?.() ?? [],
};
