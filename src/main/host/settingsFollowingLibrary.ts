import { DEFAULT_SETTINGS } from '../../shared/settings';
import type { LibraryKind, SettingsStore } from '../api/ports';
import { settingsOver } from './settingsStore';

/**
 * The settings the API sees. While the sample library is open, changes go to a scratch copy that
 * starts from the default analysis rules (the sample is built to show every stance under them)
 * and is dropped on the way back, so trying out a rule on the sample never changes the user's own.
 */
export function settingsFollowingLibrary(own: SettingsStore, library: { readonly kind: LibraryKind }): SettingsStore {
  let scratch: SettingsStore | null = null;
  const current = (): SettingsStore => {
    if (library.kind !== 'sample') {
      scratch = null;
      return own;
    }
    scratch ??= settingsOver({
      store: structuredClone({ ...own.get(), analysis: DEFAULT_SETTINGS.analysis }) as unknown as Record<string, unknown>,
    });
    return scratch;
  };
  return {
    get: () => current().get(),
    update: (patch) => current().update(patch),
    reset: () => current().reset(),
    resets: () => current().resets?.() ?? [],
  };
}
