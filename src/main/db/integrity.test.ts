import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { damageWording } from '../../shared/libraryDamageWording';
import { createApi } from '../api/dispatch';
import { Library } from '../host/library';
import { settingsOver } from '../host/settingsStore';
import { tempLibrary } from '../testing/tempLibrary';
import { closeDatabase, DATABASE_FILE, openDatabase } from './open';
import { checkLibraryFile } from './integrity';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A real library with some log in it, closed, in its own folder. */
async function realLibraryFile(): Promise<string> {
  const lib = tempLibrary();
  const ada = await lib.call('collaborators.create', { name: 'Ada' });
  for (let index = 0; index < 400; index++) {
    await lib.call('help.create', {
      collaboratorId: ada.id,
      direction: index % 2 ? 'given' : 'received',
      benefit: 'growth',
      weight: 1,
      initiatedBy: 'me',
      date: '2026-11-01',
      note: `note ${index} `.repeat(20),
    });
  }
  lib.library.close();
  dirs.push(lib.dataDir);
  return path.join(lib.dataDir, DATABASE_FILE);
}

const hashOf = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** Why the library in `dir` is refused, as the app sees it (Library.damage). */
function damageOf(dir: string) {
  const library = new Library(dir);
  const { damage } = library;
  library.close();
  if (!damage) throw new Error('opened without complaint');
  return damage;
}

describe('integrity at open', () => {
  it('detects a damaged page, refuses every write and leaves the file byte-for-byte as it was, with no -wal or -shm', async () => {
    const file = await realLibraryFile();
    const dir = path.dirname(file);
    // The page size from the header (bytes 16–17), without opening the file in SQLite.
    const pageSize = fs.readFileSync(file).readUInt16BE(16);
    // Garbage over a page in the middle of the exchanges table.
    const pages = fs.statSync(file).size / pageSize;
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(pageSize, 0xa7), 0, pageSize, Math.floor(pages / 2) * pageSize);
    fs.closeSync(fd);
    const before = hashOf(file);
    const listing = fs.readdirSync(dir).sort();

    expect(damageOf(dir)).toMatchObject({ kind: 'damaged', file });

    const library = new Library(dir);
    expect(library.damage?.kind).toBe('damaged');
    const invoke = createApi({
      db: () => library.db,
      settings: settingsOver({ store: {} }),
      library,
      info: () => ({ version: 'test', mode: 'browser', dataDir: dir, databasePath: library.databasePath, library: library.kind }),
    });
    expect(await invoke('collaborators.create', { name: 'Bea' })).toMatchObject({ ok: false, error: { code: 'LIBRARY_DAMAGED' } });
    expect(await invoke('collaborators.list', {})).toMatchObject({ ok: false, error: { code: 'LIBRARY_DAMAGED' } });
    expect(await invoke('app.info', {})).toMatchObject({ ok: true, value: { damage: { kind: 'damaged', file } } });
    library.close();

    expect(hashOf(file)).toBe(before);
    expect(fs.readdirSync(dir).sort()).toEqual(listing);
    expect(listing.filter((name) => name.endsWith('-wal') || name.endsWith('-shm'))).toEqual([]);
  });

  it('names a truncated file and says what to do', async () => {
    const file = await realLibraryFile();
    fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2));
    const damage = damageOf(path.dirname(file));
    expect(damage.kind).toBe('truncated');
    const words = damageWording(damage);
    expect(words.what).toContain(file);
    expect(words.what).toMatch(/shorter than it should be/);
    expect(words.todo).toMatch(/Restore the newest good backup/);
  });

  it('names a file that is not SQLite', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'counterpoint-integrity-'));
    dirs.push(dir);
    const file = path.join(dir, DATABASE_FILE);
    fs.writeFileSync(file, 'Dear diary, today I wrote a song. '.repeat(100));
    const damage = damageOf(dir);
    expect(damage).toMatchObject({ kind: 'not-sqlite', file });
    expect(damageWording(damage).what).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is not a library file`));
    expect(fs.readFileSync(file, 'utf8')).toMatch(/^Dear diary/);
  });

  it('names a library from a newer version with both schema numbers', async () => {
    const file = await realLibraryFile();
    const db = new Database(file);
    db.pragma('user_version = 99');
    db.close();
    const before = hashOf(file);
    const damage = damageOf(path.dirname(file));
    expect(damage).toMatchObject({ kind: 'too-new', foundSchema: 99 });
    expect(damageWording(damage).what).toMatch(/newer version of Counterpoint \(schema 99; this version understands up to \d+\)/);
    expect(damageWording(damage).todo).toMatch(/Update Counterpoint/);
    expect(hashOf(file)).toBe(before);
  });

  it('opens a healthy library as before, checked in place: no copy is made and nothing is left beside it', async () => {
    const file = await realLibraryFile();
    const before = fs.readdirSync(path.dirname(file)).sort();
    expect(checkLibraryFile(file, { check: 'quick' }).result).toBe('ok');
    expect(fs.readdirSync(path.dirname(file)).sort()).toEqual(before);
    const db = openDatabase(path.dirname(file));
    expect((db.prepare('SELECT count(*) AS n FROM exchanges').get() as { n: number }).n).toBe(400);
    closeDatabase(db);
  });
});
