import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { createNodeSettingsStore } from './settingsStore.node';

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'counterpoint-settings-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('settings in browser mode (conf)', () => {
  it('start from the defaults and persist changes across instances', () => {
    const dir = tempDir();
    expect(createNodeSettingsStore(dir).get()).toEqual(DEFAULT_SETTINGS);
    // Reading writes nothing, not even the defaults.
    expect(fs.readdirSync(dir)).toEqual([]);
    createNodeSettingsStore(dir).update({ window: { width: 900, height: 600, maximized: false } });
    expect(createNodeSettingsStore(dir).get().window.width).toBe(900);
    expect(fs.existsSync(path.join(dir, 'settings.json'))).toBe(true);
  });

  it('fall back to the defaults for a group that a damaged file gets wrong, keeping the rest', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ window: { width: 'wide' } }));
    expect(createNodeSettingsStore(dir).get().window).toEqual(DEFAULT_SETTINGS.window);
  });

  it('keep every valid value of a file with one bad value, report that one, and write its default at the next save', () => {
    const dir = tempDir();
    const file = path.join(dir, 'settings.json');
    const saved = { window: { width: 900, height: 600, maximized: true }, analysis: { ...DEFAULT_SETTINGS.analysis, windowDays: 90, balancedBandLow: 2 } };
    fs.writeFileSync(file, JSON.stringify(saved));
    const store = createNodeSettingsStore(dir);
    expect(store.get()).toEqual({ ...DEFAULT_SETTINGS, window: saved.window, analysis: { ...saved.analysis, balancedBandLow: 0.35 } });
    expect(store.resets?.()).toEqual([expect.objectContaining({ path: 'analysis.balancedBandLow', found: '2', default: '0.35' })]);
    // Reading changes nothing in the file.
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).analysis.balancedBandLow).toBe(2);
    store.update({ analysis: { minimumWeight: 7 } });
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).analysis).toMatchObject({ windowDays: 90, balancedBandLow: 0.35, minimumWeight: 7 });
    expect(createNodeSettingsStore(dir).resets?.()).toEqual([]);
  });

  it('refuse an invalid patch and keep what was saved', () => {
    const store = createNodeSettingsStore(tempDir());
    store.update({ window: { width: 1000, height: 700, maximized: false } });
    expect(() => store.update({ window: { width: 5, height: 700, maximized: false } })).toThrow();
    expect(store.get().window.width).toBe(1000);
  });
});

describe('an unreadable settings file', () => {
  it('is read as the defaults and left as it was; the first save keeps it aside under another name', () => {
    const dir = tempDir();
    const file = path.join(dir, 'settings.json');
    fs.writeFileSync(file, '{ this is not json');
    const store = createNodeSettingsStore(dir);
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    expect(store.resets?.()).toEqual([expect.objectContaining({ path: '', found: '18 bytes that are not JSON' })]);
    expect(fs.readdirSync(dir)).toEqual(['settings.json']);
    store.update({ backups: { keep: 3 } });
    const kept = fs.readdirSync(dir).filter((name) => name.startsWith('settings.json.unreadable-'));
    expect(kept).toHaveLength(1);
    expect(fs.readFileSync(path.join(dir, kept[0]!), 'utf8')).toBe('{ this is not json');
    expect(createNodeSettingsStore(dir).get().backups.keep).toBe(3);
  });
});
