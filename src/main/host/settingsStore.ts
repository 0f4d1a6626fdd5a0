import type { z } from 'zod';
import { DEFAULT_SETTINGS, Settings } from '../../shared/settings';
import type { SettingReset } from '../../shared/settingsReset';
import { issuesOf } from '../../shared/result';
import { SettingsValidationError, type SettingsStore } from '../api/ports';

/** What electron-store and conf have in common: the whole store as one object. */
export interface SettingsBacking {
  store: Record<string, unknown>;
  /** The file held no named settings at all (settingsFile.ts): one reset for the whole file. */
  unreadable?: () => SettingReset | null;
}

export const SETTINGS_FILE_NAME = 'settings';

/** What a settings file holds, read setting by setting: the valid values, and the defaults read in place of the others. */
export interface SettingsReading {
  settings: Settings;
  resets: SettingReset[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** JSON text of what the file held, short enough for a sentence. */
function shown(value: unknown): string {
  if (value === undefined) return 'none';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/**
 * Reads tolerate a damaged or outdated file one setting at a time: a value that fails its own rule
 * is read as its default and reported, every other value is kept. A rule across settings (the
 * balanced band's edges) resets the setting it names, then checks again; missing settings take their
 * defaults silently (an older file), unknown ones are not settings and are ignored.
 */
export function readSettings(raw: Record<string, unknown>): SettingsReading {
  const merged: Record<string, unknown> = {};
  const resets: SettingReset[] = [];
  for (const group of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    const defaults = DEFAULT_SETTINGS[group] as Record<string, unknown>;
    const schema = Settings.shape[group];
    const stored = raw[group];
    if (stored === undefined) {
      merged[group] = structuredClone(defaults);
      continue;
    }
    if (!isRecord(stored)) {
      resets.push({ path: group, found: shown(stored), default: shown(defaults), reason: 'These settings must be a group of named values' });
      merged[group] = structuredClone(defaults);
      continue;
    }
    const values: Record<string, unknown> = {};
    const reset = (key: string, reason: string) => {
      resets.push({ path: `${group}.${key}`, found: shown(stored[key]), default: shown(defaults[key]), reason });
      if (key in defaults) values[key] = defaults[key];
      else delete values[key];
    };
    for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      if (stored[key] === undefined) {
        if (key in defaults) values[key] = defaults[key];
        continue;
      }
      const parsed = field.safeParse(stored[key]);
      if (parsed.success) values[key] = parsed.data;
      else reset(key, parsed.error.issues[0]?.message ?? 'Not a valid value');
    }
    // Rules across settings: reset the one each failure names, at most once per setting.
    for (let round = 0; ; round++) {
      const parsed = schema.safeParse(values);
      if (parsed.success) {
        merged[group] = parsed.data;
        break;
      }
      const issue = parsed.error.issues[0];
      const key = issue?.path[0];
      if (round > Object.keys(schema.shape).length || typeof key !== 'string' || values[key] === defaults[key]) {
        for (const name of Object.keys(values)) if (values[name] !== defaults[name]) reset(name, issue?.message ?? 'Not a valid value');
        merged[group] = structuredClone(defaults);
        break;
      }
      reset(key, issue?.message ?? 'Not a valid value');
    }
  }
  const whole = Settings.safeParse(merged);
  return whole.success ? { settings: whole.data, resets } : { settings: structuredClone(DEFAULT_SETTINGS), resets };
}

const readValid = (raw: Record<string, unknown>): Settings => readSettings(raw).settings;

export function settingsOver(backing: SettingsBacking): SettingsStore {
  return {
    get: () => readValid(backing.store),
    resets: () => {
      const whole = backing.unreadable?.() ?? null;
      return whole ? [whole] : readSettings(backing.store).resets;
    },
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
