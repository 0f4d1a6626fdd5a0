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
    createNodeSettingsStore(dir).update({ window: { width: 900, height: 600, maximized: false } });
    expect(createNodeSettingsStore(dir).get().window.width).toBe(900);
    expect(fs.existsSync(path.join(dir, 'settings.json'))).toBe(true);
  });

  it('fall back to the defaults for a group that a damaged file gets wrong, keeping the rest', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ window: { width: 'wide' } }));
    expect(createNodeSettingsStore(dir).get().window).toEqual(DEFAULT_SETTINGS.window);
  });

  it('refuse an invalid patch and keep what was saved', () => {
    const store = createNodeSettingsStore(tempDir());
    store.update({ window: { width: 1000, height: 700, maximized: false } });
    expect(() => store.update({ window: { width: 5, height: 700, maximized: false } })).toThrow();
    expect(store.get().window.width).toBe(1000);
  });
});

describe('an unreadable settings file', () => {
  it('is kept aside under another name, and the app starts from the defaults', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'settings.json'), '{ this is not json');
    expect(createNodeSettingsStore(dir).get()).toEqual(DEFAULT_SETTINGS);
    const kept = fs.readdirSync(dir).filter((name) => name.startsWith('settings.json.unreadable-'));
    expect(kept).toHaveLength(1);
    expect(fs.readFileSync(path.join(dir, kept[0]!), 'utf8')).toBe('{ this is not json');
  });
});
