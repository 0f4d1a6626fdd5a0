import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryDamageKind } from '../../src/shared/contract/libraryDamage';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { damageWording } from '../../src/shared/libraryDamageWording';
import { DATABASE_FILE } from '../../src/main/db/open';
import { LATEST_SCHEMA_VERSION } from '../../src/main/db/migrations';
import { openBrowserHost, type BrowserHost } from '../../src/main/host/browserHost';

/**
 * Damaged files in the data folder, met the way browser mode starts on them (host/browserHost.ts,
 * the same composition as web.ts: leftovers swept, settings read, the library checked and opened with
 * its backups, the API over them): each is refused (the library) or read around (the settings) with
 * a clear message, and every file and folder in the data folder is byte-for-byte as it was once the
 * app has run on it and stopped: nothing rewritten, renamed, created or left beside it.
 */

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/**
 * Every entry under `dir`: a file by its SHA-256, a folder as such. A -shm only by its presence: it
 * is SQLite's wal-index, shared memory that holds no data, only an index of the -wal, and every
 * connection that reads a library with a -wal rebuilds it (a read-only one too); the -wal it indexes
 * and the library are compared byte for byte.
 */
function folderState(dir: string): Record<string, string> {
  const state: Record<string, string> = {};
  const walk = (relative: string) => {
    for (const entry of fs.readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const name = path.join(relative, entry.name);
      if (entry.isDirectory()) {
        state[`${name}/`] = 'folder';
        walk(name);
      } else if (name.endsWith('-shm')) {
        state[name] = 'wal-index';
      } else {
        state[name] = createHash('sha256').update(fs.readFileSync(path.join(dir, name))).digest('hex');
      }
    }
  };
  walk('');
  return state;
}

/** Bytes that are the same on every run (a 32-bit LCG from `seed`). */
function seededBytes(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed >>> 0;
  for (let index = 0; index < length; index++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    bytes[index] = state >>> 24;
  }
  return bytes;
}

interface Started {
  host: BrowserHost;
  reported: string[];
  call: (method: string, input?: unknown) => ReturnType<BrowserHost['invoke']>;
  stop: () => void;
}

function start(dataDir: string): Started {
  const reported: string[] = [];
  const host = openBrowserHost(dataDir, { version: 'test', report: (message) => reported.push(message) });
  return {
    host,
    reported,
    call: (method, input = {}) => host.invoke(method, input),
    stop: () => {
      host.stopDailyBackups();
      host.library.close();
    },
  };
}

/**
 * A data folder as a user has it: a library with a person and 300 help entries, a saved setting,
 * one backup in backups/. The app has run on it and stopped.
 */
async function writeUsedDataFolder(): Promise<string> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'counterpoint-damaged-template-'));
  const app = start(dataDir);
  const ok = async (method: string, input: unknown = {}) => {
    const result = await app.call(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
    return result.value as { id: string };
  };
  const ada = await ok('collaborators.create', { name: 'Ada' });
  for (let index = 0; index < 300; index++) {
    await ok('help.create', {
      collaboratorId: ada.id,
      direction: index % 2 ? 'given' : 'received',
      benefit: 'knowledge',
      weight: 2,
      initiatedBy: 'me',
      date: '2026-10-01',
      note: `A long note about session ${index}. `.repeat(8),
    });
  }
  await ok('settings.update', { analysis: { windowDays: 90 } });
  await ok('backups.create', {});
  app.stop();
  return dataDir;
}

let template: string;
beforeAll(async () => {
  template = await writeUsedDataFolder();
});
afterAll(() => fs.rmSync(template, { recursive: true, force: true }));

/** A fresh copy of the used data folder for one test. */
function usedDataFolder(): string {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'counterpoint-damaged-'));
  dirs.push(dataDir);
  fs.cpSync(template, dataDir, { recursive: true });
  return dataDir;
}

const libraryFile = (dataDir: string) => path.join(dataDir, DATABASE_FILE);
const pageSizeOf = (file: string) => {
  const raw = fs.readFileSync(file).readUInt16BE(16);
  return raw === 1 ? 65536 : raw;
};
function overwrite(file: string, at: number, bytes: Buffer): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.writeSync(fd, bytes, 0, bytes.length, at);
  } finally {
    fs.closeSync(fd);
  }
}

/** The root page of `table`'s b-tree, read before the damage is done. */
function rootPageOf(file: string, table: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT rootpage FROM sqlite_schema WHERE name = ?').pluck().get(table) as number;
  } finally {
    db.close();
  }
}

const LIBRARY_DAMAGE: { name: string; kind: LibraryDamageKind; damage: (file: string) => void }[] = [
  {
    name: 'a database from a newer version (user_version above LATEST_SCHEMA_VERSION)',
    kind: 'too-new',
    damage: (file) => {
      const db = new Database(file);
      db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
      db.close();
    },
  },
  { name: 'a database truncated to half its length', kind: 'truncated', damage: (file) => fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2)) },
  { name: 'a database truncated inside its header', kind: 'truncated', damage: (file) => fs.truncateSync(file, 60) },
  { name: 'a database truncated to nothing', kind: 'truncated', damage: (file) => fs.truncateSync(file, 0) },
  {
    name: 'a database with garbage over a b-tree page in the middle of the file',
    kind: 'damaged',
    damage: (file) => {
      const size = pageSizeOf(file);
      overwrite(file, Math.floor(fs.statSync(file).size / size / 2) * size, seededBytes(size, 13));
    },
  },
  {
    name: "a database with the page header of the exchanges table's root page overwritten",
    kind: 'damaged',
    damage: (file) => {
      const root = rootPageOf(file, 'exchanges');
      overwrite(file, (root - 1) * pageSizeOf(file), Buffer.alloc(12, 0xff));
    },
  },
  {
    name: 'a database whose schema page is damaged past its 100-byte file header',
    kind: 'damaged',
    damage: (file) => overwrite(file, 100, seededBytes(200, 7)),
  },
  { name: 'a text file named like the library', kind: 'not-sqlite', damage: (file) => fs.writeFileSync(file, 'Dear diary, today I wrote a song.\n'.repeat(200)) },
  { name: 'a binary file named like the library', kind: 'not-sqlite', damage: (file) => fs.writeFileSync(file, seededBytes(64 * 1024, 99)) },
];

describe('a damaged library file is refused, with every file in the data folder left as it was', () => {
  for (const { name, kind, damage } of LIBRARY_DAMAGE) {
    it(`${name}: refused as ${kind}`, async () => {
      const dataDir = usedDataFolder();
      const file = libraryFile(dataDir);
      damage(file);
      const before = folderState(dataDir);

      const app = start(dataDir);
      expect(app.host.library.damage).toMatchObject({ kind, file });
      const words = damageWording(app.host.library.damage!);
      expect(app.reported).toEqual([expect.stringContaining(`${words.title}. ${words.what}`)]);
      expect(app.reported[0]).toContain(file);
      expect(await app.call('app.info')).toMatchObject({ ok: true, value: { damage: { kind, file } } });
      // Reading and writing the log are refused with the damage; the backups can be seen to restore one.
      for (const [method, input] of [
        ['collaborators.list', {}],
        ['collaborators.create', { name: 'Bea' }],
        ['backups.create', {}],
        ['library.openSample', {}],
      ] as const) {
        expect(await app.call(method, input)).toMatchObject({ ok: false, error: { code: 'LIBRARY_DAMAGED' } });
      }
      expect(await app.call('backups.list')).toMatchObject({ ok: true, value: [expect.objectContaining({ reason: 'manual' })] });
      expect(await app.call('settings.get')).toMatchObject({ ok: true, value: { analysis: { windowDays: 90 } } });
      app.stop();

      expect(folderState(dataDir)).toEqual(before);
    });
  }

  it('a damaged page with the -wal and -shm of a run that stopped without closing: the library and its -wal are left as they were', async () => {
    const dataDir = usedDataFolder();
    const file = libraryFile(dataDir);
    // A run that stopped with writes still in its -wal: copy the three files while the connection is open.
    const crashed = fs.mkdtempSync(path.join(os.tmpdir(), 'counterpoint-crashed-'));
    dirs.push(crashed);
    const running = new Database(file);
    running.pragma('wal_autocheckpoint = 0');
    running.prepare("UPDATE collaborators SET name = 'Ada L.'").run();
    for (const suffix of ['', '-wal', '-shm']) fs.copyFileSync(`${file}${suffix}`, path.join(crashed, `${DATABASE_FILE}${suffix}`));
    running.close();
    for (const suffix of ['', '-wal', '-shm']) fs.copyFileSync(path.join(crashed, `${DATABASE_FILE}${suffix}`), `${file}${suffix}`);
    expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(0);
    const root = rootPageOf(path.join(crashed, DATABASE_FILE), 'exchanges');
    overwrite(file, (root - 1) * pageSizeOf(file), Buffer.alloc(12, 0xff));
    const before = folderState(dataDir);

    const app = start(dataDir);
    expect(app.host.library.damage).toMatchObject({ kind: 'damaged', file });
    app.stop();

    expect(folderState(dataDir)).toEqual(before);
  });
});

const SETTINGS_DAMAGE: { name: string; content: string | Buffer; found: RegExp }[] = [
  { name: 'bad JSON', content: '{ window: width = 900 }', found: /not JSON/ },
  { name: 'JSON cut off halfway', content: JSON.stringify(DEFAULT_SETTINGS).slice(0, 50), found: /not JSON/ },
  { name: 'an empty file', content: '', found: /empty/ },
  { name: 'binary bytes', content: seededBytes(4096, 5), found: /^4096 bytes that are not JSON$/ },
  { name: 'a JSON list instead of named settings', content: '[1, 2, 3]', found: /a list/ },
  { name: 'a JSON string instead of named settings', content: '"dark mode please"', found: /a string/ },
  { name: 'JSON null', content: 'null', found: /null/ },
];

describe('a damaged settings file is read as the defaults, said so, and left as it was until the user saves', () => {
  for (const { name, content, found } of SETTINGS_DAMAGE) {
    it(`${name}`, async () => {
      const dataDir = usedDataFolder();
      const settingsFile = path.join(dataDir, 'settings.json');
      fs.writeFileSync(settingsFile, content);
      const before = folderState(dataDir);

      const app = start(dataDir);
      expect(app.host.library.damage).toBeNull();
      expect(await app.call('settings.get')).toEqual({ ok: true, value: DEFAULT_SETTINGS });
      expect(await app.call('settings.resets')).toEqual({
        ok: true,
        value: [{ path: '', found: expect.stringMatching(found), default: 'the defaults', reason: expect.stringMatching(/settings file/) }],
      });
      // The library itself opens and works as usual.
      expect(await app.call('collaborators.list')).toMatchObject({ ok: true, value: [expect.objectContaining({ name: 'Ada' })] });
      app.stop();
      expect(folderState(dataDir)).toEqual(before);

      // The first save keeps the unreadable file aside, byte for byte, and writes the settings saved.
      const again = start(dataDir);
      expect(await again.call('settings.update', { analysis: { windowDays: 120 } })).toMatchObject({ ok: true });
      expect(await again.call('settings.resets')).toEqual({ ok: true, value: [] });
      again.stop();
      const kept = fs.readdirSync(dataDir).filter((entry) => entry.startsWith('settings.json.unreadable-'));
      expect(kept).toHaveLength(1);
      expect(fs.readFileSync(path.join(dataDir, kept[0]!))).toEqual(Buffer.from(content));
      expect(JSON.parse(fs.readFileSync(settingsFile, 'utf8'))).toEqual({ ...DEFAULT_SETTINGS, analysis: { ...DEFAULT_SETTINGS.analysis, windowDays: 120 } });
    });
  }

  it('wrong types for some settings: those read as their defaults and are named, the file is left as it was', async () => {
    const dataDir = usedDataFolder();
    const settingsFile = path.join(dataDir, 'settings.json');
    // No "backups" group (an older file) as well: that is not damage, and it must not be written in either.
    fs.writeFileSync(settingsFile, JSON.stringify({ window: 'big', analysis: { ...DEFAULT_SETTINGS.analysis, windowDays: 'ninety', minimumWeight: 8 } }));
    const before = folderState(dataDir);

    const app = start(dataDir);
    expect(await app.call('settings.get')).toEqual({
      ok: true,
      value: { ...DEFAULT_SETTINGS, analysis: { ...DEFAULT_SETTINGS.analysis, minimumWeight: 8 } },
    });
    expect(await app.call('settings.resets')).toEqual({
      ok: true,
      value: [
        expect.objectContaining({ path: 'window', found: '"big"' }),
        expect.objectContaining({ path: 'analysis.windowDays', found: '"ninety"' }),
      ],
    });
    app.stop();
    expect(folderState(dataDir)).toEqual(before);
  });
});
