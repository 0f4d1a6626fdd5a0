import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../db/open';
import { settingsOver } from '../host/settingsStore';
import { describeOpenFailure, openLibrary } from './openLibrary';

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'counterpoint-open-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
const settings = () => settingsOver({ store: {} });

describe('opening the library at start-up', () => {
  it('opens (and creates) the library in the data folder', () => {
    const dir = tempDir();
    const opened = openLibrary(dir, settings());
    expect(opened.ok).toBe(true);
    if (opened.ok) {
      expect(opened.library.damage).toBeNull();
      opened.stopDailyBackups();
      opened.library.close();
    }
    expect(fs.existsSync(path.join(dir, DATABASE_FILE))).toBe(true);
  });

  it('starts on a library from a newer version in the damaged state, leaving the file byte-for-byte untouched', () => {
    const dir = tempDir();
    const file = path.join(dir, DATABASE_FILE);
    const db = new Database(file);
    db.pragma('user_version = 999');
    db.close();
    const before = fs.readFileSync(file);

    const opened = openLibrary(dir, settings());
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    opened.stopDailyBackups();
    expect(opened.library.damage).toMatchObject({ kind: 'too-new', file, foundSchema: 999 });
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual([DATABASE_FILE]);
  });

  it('starts on a file that is not a library in the damaged state', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, DATABASE_FILE), 'this is a shopping list, not a database'.repeat(50));
    const opened = openLibrary(dir, settings());
    expect(opened.ok).toBe(true);
    if (opened.ok) {
      opened.stopDailyBackups();
      expect(opened.library.damage?.kind).toBe('not-sqlite');
    }
  });

  it('tells a developer how to build the Electron copy of better-sqlite3 when it was built for Node', () => {
    const error = Object.assign(new Error('was compiled against a different Node.js version using NODE_MODULE_VERSION 115'), {
      code: 'ERR_DLOPEN_FAILED',
    });
    expect(describeOpenFailure(error, '/data').message).toMatch(/npm run build:native:electron/);
  });
});
