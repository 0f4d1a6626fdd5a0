import type Database from 'better-sqlite3';
import type { Migration } from './types';

/** The ledger as 0002 made it, with a lesson's rows named 'lesson' instead of 'session'. */
const EXCHANGES_TABLE = `
  CREATE TABLE exchanges_next (
    id TEXT PRIMARY KEY NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('feedback', 'lesson', 'help')),
    source_id TEXT NOT NULL,
    collaborator_id TEXT NOT NULL REFERENCES collaborators (id),
    project_id TEXT REFERENCES projects (id),
    direction TEXT NOT NULL CHECK (direction IN ('given', 'received')),
    benefit TEXT NOT NULL CHECK (benefit IN ('knowledge', 'perspective', 'growth')),
    weight INTEGER NOT NULL CHECK (weight BETWEEN 1 AND 3),
    initiated_by TEXT NOT NULL CHECK (initiated_by IN ('me', 'them')),
    date TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    UNIQUE (source, source_id, direction),
    CHECK (source <> 'help' OR source_id = id)
  ) STRICT`;

const EXCHANGE_COLUMNS =
  'id, source, source_id, collaborator_id, project_id, direction, benefit, weight, initiated_by, date, note, created_at, updated_at, deleted_at';

interface SchemaRow {
  type: 'index' | 'trigger';
  name: string;
  sql: string;
}

/** The indexes and triggers SQLite keeps for one table, as written (automatic indexes have no SQL). */
const schemaOf = (db: Database.Database, table: string): SchemaRow[] =>
  db
    .prepare(`SELECT type, name, sql FROM sqlite_schema WHERE tbl_name = ? AND type IN ('index', 'trigger') AND sql IS NOT NULL`)
    .all(table) as SchemaRow[];

const renamedIndex = (name: string) =>
  name.replace(/^sessions_/, 'lessons_').replace(/^needs_/, 'requests_').replace(/_by_session$/, '_by_lesson');

/**
 * One name per kind of entry: the tables take the names the rest of the app uses — lessons (was
 * sessions, with practice_items.lesson_id), requests (was needs) — and a lesson's ledger rows say
 * source 'lesson'. Every row keeps its id, values and timestamps; only names change.
 *
 * ALTER TABLE … RENAME rewrites the foreign keys, indexes and triggers that name a table. The
 * ledger's CHECK on source cannot be altered, so exchanges is rebuilt (SQLite's documented way:
 * new table, copy, drop, rename) and its indexes and rollup triggers are put back as they were.
 * Dropping the old ledger drops its triggers first, so the monthly rollup is not touched.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'one name per kind: lessons, requests, ledger source lesson',
  up(db) {
    db.exec(`
      ALTER TABLE sessions RENAME TO lessons;
      ALTER TABLE needs RENAME TO requests;
      ALTER TABLE practice_items RENAME COLUMN session_id TO lesson_id;
    `);
    for (const table of ['lessons', 'requests', 'practice_items']) {
      for (const index of schemaOf(db, table).filter((row) => row.type === 'index')) {
        const name = renamedIndex(index.name);
        if (name === index.name) continue;
        db.exec(`DROP INDEX ${index.name}`);
        db.exec(index.sql.replace(index.name, name));
      }
    }

    const ledgerSchema = schemaOf(db, 'exchanges');
    db.exec(EXCHANGES_TABLE);
    db.exec(`
      INSERT INTO exchanges_next (${EXCHANGE_COLUMNS})
        SELECT id, CASE source WHEN 'session' THEN 'lesson' ELSE source END, source_id, collaborator_id, project_id,
               direction, benefit, weight, initiated_by, date, note, created_at, updated_at, deleted_at
        FROM exchanges;
      DROP TABLE exchanges;
      ALTER TABLE exchanges_next RENAME TO exchanges;
    `);
    for (const row of ledgerSchema) db.exec(row.sql);
  },
};
