import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Library } from '../host/library';
import { DATABASE_FILE, readLibrary } from './open';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A library written and closed the way the app does it (WAL mode, checkpointed on close). */
function closedLibrary(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'counterpoint-read-'));
  dirs.push(dir);
  const library = new Library(dir);
  library.db.prepare("INSERT INTO collaborators (id, name, kind, created_at, updated_at) VALUES ('c1', 'Ada', 'person', '2026-01-01', '2026-01-01')").run();
  library.close();
  return dir;
}

/** Every file's name, bytes and modification time. */
function snapshot(dir: string) {
  return fs
    .readdirSync(dir)
    .sort()
    .map((name) => {
      const file = path.join(dir, name);
      return { name, sha: createHash('sha256').update(fs.readFileSync(file)).digest('hex'), mtime: fs.statSync(file).mtimeMs };
    });
}

describe('readLibrary', () => {
  it('reads a library the app closed and leaves the folder exactly as it was: no -wal, no -shm, same bytes', () => {
    const dir = closedLibrary();
    const before = snapshot(dir);
    expect(before.map((file) => file.name)).toEqual([DATABASE_FILE]);
    const names = readLibrary(dir, (db) => db.prepare('SELECT name FROM collaborators').pluck().all());
    expect(names).toEqual(['Ada']);
    expect(snapshot(dir)).toEqual(before);
  });

  it('cannot write, and still leaves nothing behind when the reading fails', () => {
    const dir = closedLibrary();
    const before = snapshot(dir);
    expect(() => readLibrary(dir, (db) => db.prepare("UPDATE collaborators SET name = 'Bob'").run())).toThrow(/readonly/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('leaves a running app’s -wal and -shm alone, and the app keeps writing', () => {
    const dir = closedLibrary();
    const app = new Library(dir);
    try {
      app.db.prepare("UPDATE collaborators SET name = 'Ada L.'").run();
      expect(readLibrary(dir, (db) => db.prepare('SELECT name FROM collaborators').pluck().get())).toBe('Ada L.');
      expect(fs.readdirSync(dir).sort()).toEqual([DATABASE_FILE, `${DATABASE_FILE}-shm`, `${DATABASE_FILE}-wal`]);
      app.db.prepare("UPDATE collaborators SET name = 'Ada Lovelace'").run();
    } finally {
      app.close();
    }
    expect(fs.readdirSync(dir)).toEqual([DATABASE_FILE]);
    expect(readLibrary(dir, (db) => db.prepare('SELECT name FROM collaborators').pluck().get())).toBe('Ada Lovelace');
  });
});
