import fs from 'node:fs';
import type { SettingReset } from '../../shared/settingsReset';
import type { SettingsBacking } from './settingsStore';

/** What the settings file holds as named settings, or why it holds none (read as the defaults). */
export interface SettingsFileReading {
  store: Record<string, unknown>;
  unreadable: SettingReset | null;
}

const unreadable = (found: string): SettingReset => ({
  path: '',
  found,
  default: 'the defaults',
  reason: 'The settings file must hold named settings as JSON',
});

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}

/**
 * Reads the settings file without changing it. A missing file is no settings yet; a file that is
 * empty, not JSON (cut off, binary) or JSON but not an object is read as no settings and said so.
 */
export function settingsInFile(file: string): SettingsFileReading {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { store: {}, unreadable: null };
    throw error;
  }
  const text = bytes.toString('utf8');
  if (text.trim() === '') return { store: {}, unreadable: unreadable('an empty file') };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { store: {}, unreadable: unreadable(`${bytes.length} bytes that are not JSON`) };
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return { store: {}, unreadable: unreadable(`${kindOf(parsed)}, not named settings`) };
  }
  return { store: parsed as Record<string, unknown>, unreadable: null };
}

/** settings.json → settings.json.unreadable-2026-12-02T01-04-00-000Z */
const asideName = (file: string, at: Date) => `${file}.unreadable-${at.toISOString().replace(/[:.]/g, '-')}`;

/**
 * The settings file as settingsOver reads and writes it. Reading never writes (not even the defaults
 * into a new file), so starting on a damaged file leaves it as it was. The first save writes through
 * `writer` (conf or electron-store, made only then: both write their defaults when made); a file that
 * could not be read is first renamed aside, byte for byte, so nothing in it is lost.
 */
export function settingsFileBacking(file: string, writer: () => SettingsBacking): SettingsBacking & { unreadable(): SettingReset | null } {
  let written: SettingsBacking | null = null;
  return {
    get store() {
      return settingsInFile(file).store;
    },
    set store(value: Record<string, unknown>) {
      if (settingsInFile(file).unreadable) {
        const aside = asideName(file, new Date());
        fs.renameSync(file, aside);
        console.warn(`[counterpoint] the settings file could not be read; kept it as ${aside}`);
      }
      written ??= writer();
      written.store = value;
    },
    unreadable: () => settingsInFile(file).unreadable,
  };
}
