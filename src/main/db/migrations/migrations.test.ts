import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE, openDatabase } from '../open';
import { assertOrdered, DatabaseTooNewError, LATEST_SCHEMA_VERSION, MIGRATIONS, migrate, schemaVersion } from './index';
import { dumpTables, insertData, openLibraryFile, updateToVersion } from './testing';

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'counterpoint-migrate-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const tableNames = (db: Database.Database) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map(
    (row) => row.name,
  );

describe('migrations', () => {
  it('are numbered 1, 2, 3… in order', () => {
    expect(() => assertOrdered(MIGRATIONS)).not.toThrow();
    expect(() => assertOrdered([MIGRATIONS[0]!, { ...MIGRATIONS[0]!, version: 3 }])).toThrow(/expected 2/);
  });

  it('create the whole schema in an empty file and record the version', () => {
    const dir = tempDir();
    const db = openDatabase(dir);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(tableNames(db)).toEqual(expect.arrayContaining(['projects', 'collaborators', 'collaborator_roles', 'project_members']));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    db.close();
  });

  it('re-open an existing library without re-running steps or losing rows', () => {
    const dir = tempDir();
    const first = openDatabase(dir);
    first
      .prepare(
        "INSERT INTO projects (id, title, medium, status, created_at, updated_at) VALUES ('p1', 'Kept', 'music', 'idea', 't', 't')",
      )
      .run();
    first.close();
    const again = openDatabase(dir);
    expect(schemaVersion(again)).toBe(LATEST_SCHEMA_VERSION);
    expect(again.prepare('SELECT title FROM projects').all()).toEqual([{ title: 'Kept' }]);
    again.close();
  });

  it('apply all pending steps in one transaction: a failing step leaves the file untouched', () => {
    const dir = tempDir();
    const db = new Database(path.join(dir, DATABASE_FILE));
    const broken = [
      ...MIGRATIONS,
      {
        version: MIGRATIONS.length + 1,
        name: 'fails half way',
        up(target: Database.Database) {
          target.exec('CREATE TABLE half_done (x INTEGER)');
          throw new Error('boom');
        },
      },
    ];
    expect(() => migrate(db, broken)).toThrow('boom');
    expect(schemaVersion(db)).toBe(0);
    expect(tableNames(db)).toEqual([]);
    db.close();
  });

  it('leave a schema-3 library as it was when the step to 4 fails after doing its work', () => {
    const dir = tempDir();
    const file = path.join(dir, DATABASE_FILE);
    const old = openLibraryFile(file);
    old.pragma('journal_mode = WAL');
    updateToVersion(old, 3);
    const at = '2026-01-01T00:00:00.000Z';
    const stamps = { created_at: at, updated_at: at };
    insertData(old, 'collaborators', [{ id: 'c', name: 'Sam', kind: 'person', ...stamps }]);
    insertData(old, 'sessions', [{ id: 's', collaborator_id: 'c', user_role: 'learner', date: '2026-01-05', duration_min: 30, topics: 'x', ...stamps }]);
    insertData(old, 'practice_items', [{ id: 'pi', session_id: 's', text: 'x', position: 0, ...stamps }]);
    insertData(old, 'needs', [{ id: 'n', asked_by: 'me', collaborator_id: 'c', what: 'x', date_asked: '2026-01-05', ...stamps }]);
    insertData(old, 'exchanges', [
      { id: 'x', source: 'session', source_id: 's', collaborator_id: 'c', direction: 'received', benefit: 'knowledge', weight: 1, initiated_by: 'me', date: '2026-01-05', ...stamps },
    ]);
    const schema = (db: Database.Database) => db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name').all();
    const rowsBefore = dumpTables(old);
    const schemaBefore = schema(old);
    old.close();
    const bytesBefore = fs.readFileSync(file);

    const db = openLibraryFile(file);
    const step4 = MIGRATIONS[3]!;
    expect(step4.version).toBe(4);
    const failing = [
      ...MIGRATIONS.slice(0, 3),
      {
        ...step4,
        up(target: Database.Database) {
          step4.up(target);
          expect(tableNames(target)).toContain('lessons');
          throw new Error('boom after 0004');
        },
      },
    ];
    expect(() => migrate(db, failing)).toThrow('boom after 0004');
    expect(schemaVersion(db)).toBe(3);
    expect(schema(db)).toEqual(schemaBefore);
    expect(dumpTables(db)).toEqual(rowsBefore);
    db.close();
    expect(fs.readFileSync(file).equals(bytesBefore)).toBe(true);

    // The file is still a good schema-3 library: the real open upgrades it.
    const upgraded = openDatabase(dir);
    expect(schemaVersion(upgraded)).toBe(LATEST_SCHEMA_VERSION);
    expect(upgraded.prepare('SELECT source FROM exchanges').pluck().all()).toEqual(['lesson']);
    upgraded.close();
  });

  it('refuse a library written by a newer version, with a clear message, and leave it untouched', () => {
    const dir = tempDir();
    const file = path.join(dir, DATABASE_FILE);
    const future = new Database(file);
    future.exec('CREATE TABLE from_the_future (x INTEGER); INSERT INTO from_the_future VALUES (42);');
    future.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    future.close();
    const before = fs.readFileSync(file);

    let caught: unknown;
    try {
      openDatabase(dir);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DatabaseTooNewError);
    expect((caught as Error).message).toMatch(/newer version of Counterpoint/);
    expect((caught as Error).message).toMatch(/has not been changed/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('open read-only without writing, and refuse a missing library', () => {
    const dir = tempDir();
    openDatabase(dir).close();
    const readonly = openDatabase(dir, { readonly: true });
    expect(readonly.readonly).toBe(true);
    expect(() => readonly.prepare("INSERT INTO collaborators (id, name, kind, created_at, updated_at) VALUES ('c', 'n', 'person', 't', 't')").run()).toThrow(/readonly/);
    readonly.close();
    expect(() => openDatabase(path.join(dir, 'nowhere'), { readonly: true })).toThrow(/No Counterpoint library/);
  });
});
