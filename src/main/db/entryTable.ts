import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Page } from '../../shared/entities/paging';
import type { EntryKind } from '../../shared/kinds';
import { deriveExchanges } from './ledger';
import { readPage, Where, type KeysetRow, type PageRequest } from './listQuery';
import { statement } from './statements';

/**
 * What the log's repositories (feedback, lessons, help, requests) share in reading and writing
 * their tables. The SQL stays in the repository that owns the table; these run it, and every
 * write keeps the ledger rows derived from the entry in step (db/softDelete.ts does the bin).
 */
export interface EntryTable {
  /** SELECT … FROM table alias [JOIN …], without WHERE. */
  select: string;
  /** `table alias`, for counting without the joins. */
  from: string;
  alias: string;
  /** The column that holds the entry's day ('f.date', 'n.date_asked'). */
  dateColumn: string;
}

/** The columns every entry's SELECT reads besides its own: its person and project with their names, its times. */
export interface EntryRow extends KeysetRow {
  collaborator_id: string;
  collaborator_name: string;
  project_id: string | null;
  project_title: string | null;
  updated_at: string;
  deleted_at: string | null;
}

/** Those columns as the fields every entry has (its day keeps its kind's name, so the repository maps it). */
export function entryFieldsOf(row: EntryRow) {
  return {
    id: row.id,
    collaboratorId: row.collaborator_id,
    collaboratorName: row.collaborator_name,
    projectId: row.project_id,
    projectTitle: row.project_title,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

/** The filters every log list takes: a person, a project, a span of days, and whether the bin is included. */
export interface EntryFilter {
  collaboratorId?: string | undefined;
  projectId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  includeDeleted: boolean;
}

/** One entry, deleted or not. */
export function findEntry<Row, Entry>(
  db: Database.Database,
  table: EntryTable,
  id: string,
  toEntry: (row: Row) => Entry,
): Entry | undefined {
  const row = statement(db, `${table.select} WHERE ${table.alias}.id = ?`).get(id) as Row | undefined;
  return row && toEntry(row);
}

/** The common filters of a list; a repository adds its kind's own with `.when`. */
export function entryWhere(table: EntryTable, filter: EntryFilter): Where {
  const { alias, dateColumn } = table;
  return new Where()
    .addIf(!filter.includeDeleted, `${alias}.deleted_at IS NULL`)
    .when(filter.collaboratorId, `${alias}.collaborator_id = @collaboratorId`, 'collaboratorId')
    .when(filter.projectId, `${alias}.project_id = @projectId`, 'projectId')
    .when(filter.from, `${dateColumn} >= @from`, 'from')
    .when(filter.to, `${dateColumn} <= @to`, 'to');
}

/** One newest-first page of the entries under `where`, and how many match in all (`total` when the counters know it). */
export function listEntries<Row extends KeysetRow, Entry>(
  db: Database.Database,
  table: EntryTable,
  where: Where,
  page: PageRequest,
  toEntries: (rows: Row[]) => Entry[],
  total: number | null = null,
): Page<Entry> {
  const result = readPage<Row>(db, { ...table, where, page, total });
  return { ...result, items: toEntries(result.items) };
}

/**
 * Runs the repository's INSERT of a new entry of `kind`, which names @id and @at (its created_at and
 * updated_at), and derives its ledger rows in the same write. Returns the new id.
 */
export function insertEntry(db: Database.Database, kind: EntryKind, sql: string, values: object, at: string): string {
  const id = randomUUID();
  statement(db, sql).run({ ...values, id, at });
  deriveExchanges(db, kind, id, at);
  return id;
}

/**
 * Runs the repository's UPDATE of one entry (WHERE id = @id), which writes every column from the
 * values and updated_at = @at, and brings its ledger rows in step in the same write. Callers merge
 * their patch into the current entry first.
 */
export function updateEntry(db: Database.Database, kind: EntryKind, sql: string, id: string, values: object, at: string): void {
  statement(db, sql).run({ ...values, id, at });
  deriveExchanges(db, kind, id, at);
}

/** The fields of an entry a caller decides, as the record to merge a patch into. */
export function recordOf<Entry, Field extends keyof Entry>(entry: Entry, fields: readonly Field[]): Pick<Entry, Field> {
  return Object.fromEntries(fields.map((field) => [field, entry[field]])) as Pick<Entry, Field>;
}
