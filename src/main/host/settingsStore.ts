import { DEFAULT_SETTINGS, Settings } from '../../shared/settings';
import { issuesOf } from '../../shared/result';
import { SettingsValidationError, type SettingsStore } from '../api/ports';

/** What electron-store and conf have in common: the whole store as one object. */
export interface SettingsBacking {
  store: Record<string, unknown>;
}

export const SETTINGS_FILE_NAME = 'settings';

/** Reads tolerate a damaged or outdated file: each group that fails the schema falls back to its defaults. */
function readValid(raw: Record<string, unknown>): Settings {
  const merged: Record<string, unknown> = {};
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    const defaults = DEFAULT_SETTINGS[key] as Record<string, unknown>;
    const stored = raw[key];
    const candidate = stored && typeof stored === 'object' ? { ...defaults, ...stored } : defaults;
    const group = Settings.shape[key].safeParse(candidate);
    merged[key] = group.success ? group.data : defaults;
  }
  const whole = Settings.safeParse(merged);
  return whole.success ? whole.data : structuredClone(DEFAULT_SETTINGS);
}

export function settingsOver(backing: SettingsBacking): SettingsStore {
  return {
    get: () => readValid(backing.store),
    update(patch) {
      const current = readValid(backing.store) as Record<string, Record<string, unknown>>;
      const next: Record<string, unknown> = { ...current };
      for (const [key, value] of Object.entries(patch)) {
        if (value !== undefined) next[key] = { ...current[key], ...(value as Record<string, unknown>) };
      }
      const parsed = Settings.safeParse(next);
      if (!parsed.success) {
        throw new SettingsValidationError(issuesOf(parsed.error));
      }
      backing.store = parsed.data as unknown as Record<string, unknown>;
      return parsed.data;
    },
    reset() {
      backing.store = structuredClone(DEFAULT_SETTINGS) as unknown as Record<string, unknown>;
      return readValid(backing.store);
    },
  };
}
