/**
 * Helpers for the migration tests, modelled on Signal Desktop's (`updateToVersion`, `insertData`,
 * `getTableData`): a test brings a file to the version before the step under test, seeds it as raw
 * SQL with the names and columns that version had, and migrates to exactly the version under
 * test. Nothing here imports the repositories, the ledger or the app's fixtures, so a later
 * column or rename never breaks an old step's test. Imported by tests only.
 */
import Database from 'better-sqlite3';
import { MIGRATIONS, migrate, schemaVersion } from './index';
import { COUNTED } from './0009-entry-counts';
import { PATTERN_ROLLUP_TABLES } from './0010-pattern-rollups';

export type Row = Record<string, unknown>;

/** A library file with foreign keys enforced, as the app opens it, at whatever version it holds. */
export function openLibraryFile(file: string): Database.Database {
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  return db;
}

/** Runs the schema steps up to and including `version`, the way the app would have at that release. */
export function updateToVersion(db: Database.Database, version: number): void {
  if (!Number.isInteger(version) || version < 1 || version > MIGRATIONS.length) {
    throw new RangeError(`No schema version ${version}`);
  }
  migrate(db, MIGRATIONS.slice(0, version));
  const reached = schemaVersion(db);
  if (reached !== version) throw new Error(`Expected schema ${version}, the file is at ${reached}`);
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Plain INSERTs of plain objects whose keys are the table's column names (snake_case). */
export function insertData(db: Database.Database, table: string, rows: readonly Row[]): void {
  for (const row of rows) {
    const columns = Object.keys(row);
    db.prepare(
      `INSERT INTO ${quote(table)} (${columns.map(quote).join(', ')}) VALUES (${columns.map((_, i) => `@v${i}`).join(', ')})`,
    ).run(Object.fromEntries(columns.map((column, i) => [`v${i}`, row[column]])));
  }
}

/**
 * The tables of the file (not SQLite's own), by name. The full-text index (schema 5 on: the FTS5
 * table, its shadow tables and search_docs) is derived from the rows and has tests of its own, as
 * have the counters of lists and timelines (schema 9) and the pattern engine's rollups (schema 10).
 */
const LATER_DERIVED_TABLES = [...COUNTED.map((counted) => counted.counts), ...PATTERN_ROLLUP_TABLES, 'exchange_days'];

export function tableNames(db: Database.Database): string[] {
  return db
    .prepare(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search\\_%' ESCAPE '\\'" +
        ' AND name NOT IN (SELECT value FROM json_each(?)) ORDER BY name',
    )
    .pluck()
    .all(JSON.stringify(LATER_DERIVED_TABLES)) as string[];
}

/** Every row of one table, ordered by its primary key: a table rebuild need not keep rowids. */
export function getTableData(db: Database.Database, table: string): Row[] {
  const key = (db.prepare(`SELECT name, pk FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk`).all(table) as { name: string }[]).map(
    (column) => quote(column.name),
  );
  if (key.length === 0) throw new Error(`Table ${table} has no primary key to order by`);
  return db.prepare(`SELECT * FROM ${quote(table)} ORDER BY ${key.join(', ')}`).all() as Row[];
}

/** Every row of every table, by table name. */
export function dumpTables(db: Database.Database): Record<string, Row[]> {
  return Object.fromEntries(tableNames(db).map((table) => [table, getTableData(db, table)]));
}

/** The monthly rollup as stored (schema 3 on). */
export const exchangeMonths = (db: Database.Database): Row[] =>
  db
    .prepare('SELECT collaborator_id, month, direction, benefit, weight_sum, entry_count FROM exchange_months ORDER BY 1, 2, 3, 4')
    .all() as Row[];

/** What a from-scratch GROUP BY of the live ledger says the rollup should be. */
export const exchangeMonthsFromLedger = (db: Database.Database): Row[] =>
  db
    .prepare(
      `SELECT collaborator_id, substr(date, 1, 7) AS month, direction, benefit, sum(weight) AS weight_sum, count(*) AS entry_count
       FROM exchanges WHERE deleted_at IS NULL GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
    )
    .all() as Row[];

/**
 * The ledger's write of a derived row as it has shipped since schema 2 (src/main/db/ledger.ts,
 * frozen here): an upsert keyed by (source, source_id, direction) that touches the row only on a
 * real change. The rollup's triggers must take it, restores included.
 */
export const LEDGER_UPSERT = `
  INSERT INTO exchanges (id, source, source_id, collaborator_id, project_id, direction, benefit, weight,
    initiated_by, date, note, created_at, updated_at, deleted_at)
  VALUES (@id, @source, @source_id, @collaborator_id, @project_id, @direction, @benefit, @weight,
    @initiated_by, @date, '', @created_at, @updated_at, @deleted_at)
  ON CONFLICT (source, source_id, direction) DO UPDATE SET
    collaborator_id = excluded.collaborator_id, project_id = excluded.project_id,
    benefit = excluded.benefit, weight = excluded.weight, initiated_by = excluded.initiated_by,
    date = excluded.date, deleted_at = excluded.deleted_at, updated_at = excluded.updated_at
  WHERE collaborator_id IS NOT excluded.collaborator_id OR project_id IS NOT excluded.project_id
    OR benefit IS NOT excluded.benefit OR weight IS NOT excluded.weight
    OR initiated_by IS NOT excluded.initiated_by OR date IS NOT excluded.date
    OR deleted_at IS NOT excluded.deleted_at`;

// The ledger's default rules as schemas 2 and 3 stored them (docs/LEDGER.md at that release).
const FEEDBACK_BENEFIT: Record<string, string> = {
  technical: 'knowledge',
  critique: 'perspective',
  perspective: 'perspective',
  encouragement: 'growth',
};
const sessionWeight = (durationMin: number) => (durationMin < 45 ? 1 : durationMin <= 90 ? 2 : 3);

/** The exchanges row the schema-2/3 ledger kept for one feedback row. */
export function feedbackExchange(feedback: Row): Row {
  const direction = feedback.direction as string;
  return {
    id: `x-${String(feedback.id)}-${direction}`,
    source: 'feedback',
    source_id: feedback.id,
    collaborator_id: feedback.collaborator_id,
    project_id: feedback.project_id ?? null,
    direction,
    benefit: feedback.benefit_override ?? FEEDBACK_BENEFIT[feedback.kind as string],
    weight: feedback.weight_override ?? 2,
    initiated_by: direction === 'given' ? 'me' : 'them',
    date: feedback.date,
    note: '',
    created_at: feedback.created_at,
    updated_at: feedback.updated_at,
    deleted_at: feedback.deleted_at ?? null,
  };
}

/** The exchanges rows the schema-2/3 ledger kept for one sessions row (source 'session'). */
export function sessionExchanges(session: Row): Row[] {
  const shares: [string, string][] =
    session.user_role === 'learner'
      ? [['received', 'me']]
      : session.user_role === 'teacher'
        ? [['given', 'them']]
        : [
            ['given', 'me'],
            ['received', 'me'],
          ];
  return shares.map(([direction, initiatedBy]) => ({
    id: `x-${String(session.id)}-${direction}`,
    source: 'session',
    source_id: session.id,
    collaborator_id: session.collaborator_id,
    project_id: session.project_id ?? null,
    direction,
    benefit: session.benefit_override ?? 'knowledge',
    weight: session.weight_override ?? sessionWeight(session.duration_min as number),
    initiated_by: initiatedBy,
    date: session.date,
    note: '',
    created_at: session.created_at,
    updated_at: session.updated_at,
    deleted_at: session.deleted_at ?? null,
  }));
}
