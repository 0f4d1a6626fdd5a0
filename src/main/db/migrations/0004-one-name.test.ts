import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDatabase, DATABASE_FILE, openDatabase } from '../open';
import { LATEST_SCHEMA_VERSION, schemaVersion } from './index';
import { dumpTables, exchangeMonths, exchangeMonthsFromLedger, feedbackExchange, insertData, LEDGER_UPSERT, openLibraryFile, sessionExchanges, tableNames, updateToVersion, type Row } from './testing';
import { schema2Library, seedLibrary } from './schema2Library.testing';

let dataDir: string;
let files = 0;
beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'counterpoint-0004-'));
});
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));
const newLibrary = () => openLibraryFile(path.join(dataDir, `library-${files++}.sqlite3`));

// The renames 0004 makes, written out here as the oracle (not taken from the migration).
const TABLES: Record<string, string> = { sessions: 'lessons', needs: 'requests' };
const renamedTable = (name: string) => TABLES[name] ?? name;
const renamedColumn = (table: string, column: string) => (table === 'practice_items' && column === 'session_id' ? 'lesson_id' : column);
const renamedIndex = (name: string) =>
  name
    .replace(/^sqlite_autoindex_sessions_/, 'sqlite_autoindex_lessons_')
    .replace(/^sqlite_autoindex_needs_/, 'sqlite_autoindex_requests_')
    .replace(/^sessions_/, 'lessons_')
    .replace(/^needs_/, 'requests_')
    .replace(/_by_session$/, '_by_lesson');

/**
 * A schema-3 dump as it must read at schema 4: same rows and values, only the names changed. The
 * real-library test below upgrades to the latest schema, so a later step's renames join this one.
 */
function asSchema4(dump: Record<string, Row[]>): Record<string, Row[]> {
  return Object.fromEntries(
    Object.entries(dump).map(([table, rows]) => [
      renamedTable(table),
      rows.map((row) => {
        const renamed = Object.fromEntries(Object.entries(row).map(([column, value]) => [renamedColumn(table, column), value]));
        if (table === 'exchanges' && renamed.source === 'session') renamed.source = 'lesson';
        return renamed;
      }),
    ]),
  );
}

const OLD_NAMES = /^(sessions|needs)$|^(sqlite_autoindex_)?(sessions|needs)_|_by_session$/;
const schemaNames = (db: Database.Database, type: string) =>
  db.prepare('SELECT name FROM sqlite_schema WHERE type = ? ORDER BY name').pluck().all(type) as string[];

/**
 * What each table and index is made of, from SQLite's own pragmas: columns with types, defaults
 * and keys, foreign keys, STRICT and WITHOUT ROWID, the CHECKs as written, and each index's table,
 * columns, order, uniqueness and WHERE clause. Mapped through the renames when `rename` is set
 * (the ledger's source 'session' becoming 'lesson' included).
 */
function schemaShape(db: Database.Database, rename: boolean) {
  const t = (name: string) => (rename ? renamedTable(name) : name);
  const c = (table: string, column: string | null) => (rename && column !== null ? renamedColumn(table, column) : column);
  const tables = Object.fromEntries(
    tableNames(db).map((table) => {
      const [info] = db.prepare('SELECT strict, wr FROM pragma_table_list(?)').all(table) as Row[];
      const columns = (db.prepare('SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_xinfo(?)').all(table) as Row[]).map(
        (column) => ({ ...column, name: c(table, column.name as string) }),
      );
      const foreignKeys = (
        db.prepare('SELECT "table", "from", "to", on_update, on_delete FROM pragma_foreign_key_list(?)').all(table) as Row[]
      ).map((key) => ({ ...key, table: t(key.table as string), from: c(table, key.from as string) }));
      // The CREATE statement, for the CHECKs no pragma reports: whitespace and identifier quotes aside.
      let sql = (db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?").pluck().get(table) as string)
        .replace(/\s+/g, ' ')
        .replaceAll('"', '');
      if (rename) {
        sql = sql
          .replace(/\bsessions\b/g, 'lessons')
          .replace(/\bneeds\b/g, 'requests')
          .replace(/\bsession_id\b/g, 'lesson_id')
          .replaceAll("'session'", "'lesson'");
      }
      return [t(table), { ...info, columns, foreignKeys, sql }];
    }),
  );
  const indexes = Object.fromEntries(
    (db.prepare("SELECT name, tbl_name, sql FROM sqlite_schema WHERE type = 'index'").all() as Row[]).map((index) => {
      const table = index.tbl_name as string;
      const name = index.name as string;
      const [listed] = db
        .prepare('SELECT "unique", origin, partial FROM pragma_index_list(?) WHERE name = ?')
        .all(table, name) as Row[];
      const columns = (db.prepare('SELECT name, "desc", coll FROM pragma_index_xinfo(?) WHERE key = 1').all(name) as Row[]).map(
        (column) => ({ ...column, name: c(table, column.name as string | null) }),
      );
      const where = typeof index.sql === 'string' ? (/\bWHERE\b([\s\S]*)$/.exec(index.sql)?.[1]?.trim() ?? null) : null;
      return [rename ? renamedIndex(name) : name, { table: t(table), ...listed, columns, where }];
    }),
  );
  const triggers = db.prepare("SELECT name, tbl_name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name").all();
  return { tables, indexes, triggers };
}

const AT = '2026-01-15T09:00:00.000Z';
const LATER = '2026-02-20T18:30:00.000Z';
const stamps = { created_at: AT, updated_at: AT };
const help = (id: string, row: Row): Row => ({ id, source: 'help', source_id: id, initiated_by: 'me', ...stamps, ...row });

/** A schema-3 library as that release wrote it, with every kind of row 0004 renames or rebuilds. */
function schema3Library(db: Database.Database): void {
  updateToVersion(db, 3);
  insertData(db, 'collaborators', [
    { id: 'c-sam', name: 'Sam', kind: 'person', notes: 'Guitar teacher', ...stamps, archived_at: null },
    { id: 'c-lee', name: 'Lee', kind: 'person', notes: '', ...stamps, archived_at: null },
    { id: 'c-band', name: 'The Band', kind: 'group', notes: '', ...stamps, archived_at: LATER },
  ]);
  insertData(db, 'collaborator_roles', [
    { collaborator_id: 'c-sam', role: 'mentor' },
    { collaborator_id: 'c-sam', role: 'critic' },
    { collaborator_id: 'c-lee', role: 'peer' },
    { collaborator_id: 'c-band', role: 'co-creator' },
  ]);
  insertData(db, 'projects', [
    { id: 'p-album', title: 'Night Album', medium: 'music', status: 'active', start_date: '2025-09-01', description: 'LP', ...stamps },
    { id: 'p-zine', title: 'Zine', medium: 'writing', status: 'finished', start_date: '2025-01-01', end_date: '2025-06-01', ...stamps, archived_at: LATER },
  ]);
  insertData(db, 'project_members', [
    { project_id: 'p-album', collaborator_id: 'c-sam', role: 'producer', added_at: AT },
    { project_id: 'p-album', collaborator_id: 'c-band', role: '', added_at: AT },
    { project_id: 'p-zine', collaborator_id: 'c-lee', role: 'editor', added_at: AT },
  ]);
  const feedback: Row[] = [
    { id: 'f-intro', direction: 'received', collaborator_id: 'c-sam', project_id: 'p-album', anchor_kind: 'time', anchor_start_sec: 83, anchor_end_sec: 100, kind: 'critique', body: 'Tighten the intro', date: '2026-01-10', ...stamps },
    { id: 'f-page', direction: 'given', collaborator_id: 'c-lee', project_id: 'p-zine', anchor_kind: 'text', anchor_text: 'p. 4', kind: 'technical', body: 'Kerning', date: '2025-12-31', status: 'applied', status_date: '2026-01-02', ...stamps },
    { id: 'f-declined', direction: 'received', collaborator_id: 'c-band', kind: 'encouragement', body: 'More reverb', date: '2026-01-20', status: 'declined', status_date: '2026-01-21', decline_reason: 'Not this record', benefit_override: 'knowledge', weight_override: 3, ...stamps },
    { id: 'f-deleted', direction: 'received', collaborator_id: 'c-sam', kind: 'perspective', body: 'Gone', date: '2026-01-11', ...stamps, deleted_at: LATER },
  ];
  const sessions: Row[] = [
    { id: 's-learner', collaborator_id: 'c-sam', project_id: 'p-album', user_role: 'learner', date: '2026-01-05', duration_min: 40, topics: 'Rhythm', takeaways: 'Slow first', confidence: 2, ...stamps },
    { id: 's-peers', collaborator_id: 'c-lee', user_role: 'peers', date: '2026-02-03', duration_min: 100, topics: 'Voicings', benefit_override: 'perspective', weight_override: 1, ...stamps },
    { id: 's-teacher', collaborator_id: 'c-lee', user_role: 'teacher', date: '2026-01-25', duration_min: 60, topics: 'Layout', ...stamps, deleted_at: LATER },
  ];
  insertData(db, 'feedback', feedback);
  insertData(db, 'sessions', sessions);
  insertData(db, 'practice_items', [
    { id: 'pi-1', session_id: 's-learner', text: 'Metronome at 60', due_date: '2026-01-12', done_date: '2026-01-10', position: 0, ...stamps },
    { id: 'pi-2', session_id: 's-learner', text: 'Metronome at 80', due_date: '2026-01-19', position: 1, ...stamps },
    { id: 'pi-3', session_id: 's-teacher', text: 'Grid sketch', position: 0, ...stamps },
  ]);
  insertData(db, 'needs', [
    { id: 'n-mix', asked_by: 'me', collaborator_id: 'c-band', project_id: 'p-album', what: 'A rough mix', date_asked: '2026-01-04', outcome: 'met', date_resolved: '2026-01-09', ...stamps },
    { id: 'n-read', asked_by: 'them', collaborator_id: 'c-lee', what: 'Read my draft', date_asked: '2026-01-06', ...stamps },
    { id: 'n-gone', asked_by: 'me', collaborator_id: 'c-sam', what: 'Lend an amp', date_asked: '2026-01-07', outcome: 'declined', date_resolved: '2026-01-07', note: 'Sold it', ...stamps, deleted_at: LATER },
  ]);
  insertData(db, 'exchanges', [
    ...feedback.map(feedbackExchange),
    ...sessions.flatMap(sessionExchanges),
    help('h-intro', { collaborator_id: 'c-band', project_id: 'p-album', direction: 'given', benefit: 'growth', weight: 3, date: '2026-01-30', note: 'Introduced to a label' }),
    help('h-taught', { collaborator_id: 'c-lee', direction: 'given', benefit: 'knowledge', weight: 1, date: '2026-01-28' }),
    help('h-deleted', { collaborator_id: 'c-sam', direction: 'received', benefit: 'knowledge', weight: 1, date: '2026-01-31', deleted_at: LATER }),
  ]);
  // A live row whose entry was edited after it was derived, so updated_at differs from created_at.
  db.prepare("UPDATE exchanges SET weight = 2, updated_at = ? WHERE source = 'help' AND id = 'h-intro'").run(LATER);
}

describe('migration 0004 (one name per kind)', () => {
  describe('on a schema-3 library seeded as raw SQL', () => {
    let db: Database.Database;
    let before: Record<string, Row[]>;
    let shapeBefore: ReturnType<typeof schemaShape>;
    beforeEach(() => {
      db = newLibrary();
      schema3Library(db);
      before = dumpTables(db);
      shapeBefore = schemaShape(db, true);
      updateToVersion(db, 4);
    });
    afterEach(() => db.close());

    it('keeps every row with the same values under the new names', () => {
      expect(schemaVersion(db)).toBe(4);
      // The seed has what the renames touch: lessons of every role, practice items, requests, deleted rows, overrides.
      expect(before.exchanges!.filter((row) => row.source === 'session')).toHaveLength(4);
      expect(before.exchanges!.filter((row) => row.deleted_at !== null)).toHaveLength(3);
      expect(before.exchange_months!.length).toBeGreaterThan(0);
      expect(dumpTables(db)).toEqual(asSchema4(before));
      expect(db.prepare("SELECT count(*) FROM exchanges WHERE source = 'lesson'").pluck().get()).toBe(4);
      expect(exchangeMonths(db)).toEqual(before.exchange_months);
      expect(exchangeMonths(db)).toEqual(exchangeMonthsFromLedger(db));
      expect(db.pragma('foreign_key_check')).toEqual([]);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    });

    it('renames the tables and indexes, leaves nothing under the old names, and puts back every index and trigger', () => {
      expect(tableNames(db)).toEqual(expect.arrayContaining(['lessons', 'requests', 'practice_items', 'exchanges']));
      expect(schemaNames(db, 'index')).toEqual(
        expect.arrayContaining([
          'lessons_by_date',
          'lessons_by_collaborator',
          'lessons_by_project',
          'lessons_learner_by_collaborator',
          'requests_by_date',
          'requests_by_collaborator',
          'requests_by_project',
          'requests_outcomes_by_collaborator',
          'practice_items_by_lesson',
          'practice_items_done_by_lesson',
        ]),
      );
      const everyName = ['table', 'index', 'trigger'].flatMap((type) => schemaNames(db, type));
      expect(everyName.filter((name) => OLD_NAMES.test(name))).toEqual([]);
      expect(db.prepare("SELECT name FROM sqlite_schema WHERE name LIKE '%exchanges_next%'").all()).toEqual([]);
      // Same columns, keys, STRICT tables, indexes (columns, order, WHERE) and triggers as before, renamed.
      expect(schemaShape(db, false)).toEqual(shapeBefore);
      expect(schemaNames(db, 'trigger')).toEqual([
        'exchange_months_after_delete',
        'exchange_months_after_insert',
        'exchange_months_after_update',
      ]);
    });

    it('keeps the rollup in step through inserts, upserts, edits, soft deletes, restores and deletes', () => {
      const upsert = db.prepare(LEDGER_UPSERT);
      const lessonRow = (row: Row) => ({
        id: `x-${files++}`,
        source: 'lesson',
        source_id: 's-learner',
        collaborator_id: 'c-sam',
        project_id: 'p-album',
        direction: 'received',
        benefit: 'knowledge',
        weight: 1,
        initiated_by: 'me',
        date: '2026-01-05',
        ...stamps,
        deleted_at: null,
        ...row,
      });
      const helpToLee = { collaborator_id: 'c-lee', direction: 'given', benefit: 'growth', initiated_by: 'them' };
      const restoreTeacher = { source_id: 's-teacher', collaborator_id: 'c-lee', direction: 'given', initiated_by: 'them', date: '2026-01-25' };
      const writes: [string, () => void][] = [
        ['a help row in a new cell', () => insertData(db, 'exchanges', [help('h-new', { ...helpToLee, weight: 2, date: '2026-03-02' })])],
        ['a help row into an existing cell', () => insertData(db, 'exchanges', [help('h-more', { ...helpToLee, weight: 3, date: '2026-03-20' })])],
        ['an edit of weight', () => db.prepare("UPDATE exchanges SET weight = 1 WHERE id = 'h-new'").run()],
        ['an edit of month and person', () => db.prepare("UPDATE exchanges SET date = '2026-04-01', collaborator_id = 'c-sam' WHERE id = 'h-more'").run()],
        ['a lesson edited through the ledger upsert', () => upsert.run(lessonRow({ weight: 3 }))],
        ['a lesson soft-deleted through the ledger upsert', () => upsert.run(lessonRow({ weight: 3, deleted_at: LATER }))],
        ['a soft delete', () => db.prepare("UPDATE exchanges SET deleted_at = ? WHERE id = 'h-new'").run(LATER)],
        ['a deleted lesson restored into an existing cell', () => upsert.run(lessonRow({ ...restoreTeacher, weight: 2 }))],
        ['a hard delete', () => db.prepare("DELETE FROM exchanges WHERE id = 'h-more'").run()],
      ];
      for (const [name, write] of writes) {
        const ledgerBefore = exchangeMonthsFromLedger(db);
        write();
        // Each write changes the live sums, so a rollup left behind cannot pass.
        expect(exchangeMonthsFromLedger(db), name).not.toEqual(ledgerBefore);
        expect(exchangeMonths(db), name).toEqual(exchangeMonthsFromLedger(db));
      }
      expect(exchangeMonths(db)).toContainEqual({
        collaborator_id: 'c-lee',
        month: '2026-01',
        direction: 'given',
        benefit: 'knowledge',
        weight_sum: 3,
        entry_count: 2,
      });
    });

    it("refuses source 'session' and takes 'lesson', with the ledger's other constraints kept", () => {
      const insert = (id: string, source: string, sourceId: string, collaborator = 'c-sam') =>
        insertData(db, 'exchanges', [
          { id, source, source_id: sourceId, collaborator_id: collaborator, direction: 'given', benefit: 'growth', weight: 2, initiated_by: 'me', date: '2026-02-01', ...stamps },
        ]);
      expect(() => insert('x-old', 'session', 's-new')).toThrow(/CHECK constraint failed/);
      insert('x-lesson', 'lesson', 's-new');
      expect(() => insert('x-twice', 'lesson', 's-new')).toThrow(/UNIQUE/);
      expect(() => insert('x-help', 'help', 'someone-else')).toThrow(/CHECK constraint failed/);
      expect(() => insert('x-nobody', 'lesson', 's-other', 'c-nobody')).toThrow(/FOREIGN KEY/);
      expect(db.prepare("SELECT source FROM exchanges WHERE id = 'x-lesson'").pluck().get()).toBe('lesson');
    });

    it('keeps practice items tied to their lesson', () => {
      expect(() => insertData(db, 'practice_items', [{ id: 'pi-x', lesson_id: 's-nowhere', text: 'x', position: 0, ...stamps }])).toThrow(
        /FOREIGN KEY/,
      );
      db.prepare("DELETE FROM lessons WHERE id = 's-learner'").run();
      expect(db.prepare('SELECT id FROM practice_items ORDER BY id').pluck().all()).toEqual(['pi-3']);
    });
  });

  it('keeps every row of any schema-3 library, and the rollup equal to a GROUP BY', () => {
    fc.assert(
      fc.property(schema2Library, (library) => {
        const db = newLibrary();
        db.pragma('synchronous = OFF');
        try {
          updateToVersion(db, 3);
          seedLibrary(db, library);
          const before = dumpTables(db);
          updateToVersion(db, 4);
          expect(dumpTables(db)).toEqual(asSchema4(before));
          expect(exchangeMonths(db)).toEqual(exchangeMonthsFromLedger(db));
          expect(db.pragma('foreign_key_check')).toEqual([]);
          expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        } finally {
          db.close();
        }
      }),
      { numRuns: 30 },
    );
  });

  describe('on a real library written by the schema-3 release', () => {
    const FIXTURE = fileURLToPath(new URL('../../../../tests/fixtures/library-schema-3/', import.meta.url));
    const fixtureHashes = () =>
      Object.fromEntries(
        fs
          .readdirSync(FIXTURE)
          .sort()
          .map((name) => [name, createHash('sha256').update(fs.readFileSync(path.join(FIXTURE, name))).digest('hex')]),
      );

    it('opens through openDatabase, migrates to the latest schema and keeps every row of every table', () => {
      const hashesBefore = fixtureHashes();
      expect(Object.keys(hashesBefore)).toContain(DATABASE_FILE);
      // A copy, never the fixture itself; its WAL (if any) comes along, the shared-memory index is rebuilt.
      for (const name of [DATABASE_FILE, `${DATABASE_FILE}-wal`]) {
        if (fs.existsSync(path.join(FIXTURE, name))) fs.copyFileSync(path.join(FIXTURE, name), path.join(dataDir, name));
      }

      const raw = new Database(path.join(dataDir, DATABASE_FILE), { readonly: true, fileMustExist: true });
      const before = dumpTables(raw);
      const versionBefore = schemaVersion(raw);
      raw.close();
      expect(versionBefore).toBe(3);
      // The fixture holds what the renames must carry: lessons with practice, requests, deleted and overridden rows.
      expect(before.exchanges!.some((row) => row.source === 'session' && row.deleted_at !== null)).toBe(true);
      expect(before.exchanges!.some((row) => row.source === 'session' && row.deleted_at === null)).toBe(true);
      expect(before.practice_items!.length).toBeGreaterThan(0);
      expect(before.needs!.some((row) => row.deleted_at !== null)).toBe(true);
      expect(before.sessions!.some((row) => row.deleted_at !== null)).toBe(true);
      expect(before.feedback!.some((row) => row.weight_override !== null && row.benefit_override !== null)).toBe(true);

      const db = openDatabase(dataDir);
      try {
        expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
        const after = dumpTables(db);
        // Tables later schemas add start empty (schema 6: self_assessments); columns they add take
        // the value they give existing rows (schema 7: check-ins, none set; schema 8: every lesson held).
        const laterColumns: Record<string, Row> = {
          collaborators: { check_in_every: null, check_in_unit: null, check_in_snoozed_until: null },
          lessons: { status: 'held' },
        };
        const schema4 = asSchema4(before);
        const expected = {
          ...Object.fromEntries(Object.entries(schema4).map(([table, rows]) => [table, rows.map((row) => ({ ...row, ...laterColumns[table] }))])),
          self_assessments: [],
        };
        expect(Object.fromEntries(Object.entries(after).map(([table, rows]) => [table, rows.length]))).toEqual(
          Object.fromEntries(Object.entries(expected).map(([table, rows]) => [table, rows.length])),
        );
        expect(after).toEqual(expected);
        expect(exchangeMonths(db)).toEqual(exchangeMonthsFromLedger(db));
        expect(db.pragma('foreign_key_check')).toEqual([]);
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');

        // An upgraded library has exactly the schema of one created new.
        const fresh = openDatabase(path.join(dataDir, 'fresh'));
        const schema = (target: Database.Database) =>
          target.prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name').all();
        expect(schema(db)).toEqual(schema(fresh));
        closeDatabase(fresh);
      } finally {
        closeDatabase(db);
      }
      expect(fixtureHashes()).toEqual(hashesBefore);
    });
  });
});
