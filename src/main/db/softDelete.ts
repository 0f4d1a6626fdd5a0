import type Database from 'better-sqlite3';
import { KINDS, RECORDS, isEntryKind, type RecordKind } from '../../shared/kinds';
import { deriveExchanges } from './ledger';
import { statement } from './statements';

/** Help shares its table with the derived rows, which change only through their entry. */
const ownRows = (kind: RecordKind): string =>
  isEntryKind(kind) && KINDS[kind].ledger === 'direct' ? ` AND source = '${kind}'` : '';

/**
 * The bin, for every kind of record (RECORD_KINDS): a deleted record keeps its row with deleted_at
 * set, so it can be restored, and every list and sum leaves it out. The ledger rows derived from a
 * feedback entry or a lesson follow it in the same write. People and projects have no bin: they are
 * archived (archived_at), never deleted, since entries refer to them, so they are never deleted for
 * ever.
 */
function setDeleted(db: Database.Database, kind: RecordKind, id: string, deletedAt: string | null, at: string): void {
  const { table } = RECORDS[kind];
  const own = ownRows(kind);
  // Only a change of state writes: deleting twice keeps the first deletion's time.
  const { changes } = statement(
    db,
    `UPDATE ${table} SET deleted_at = @deletedAt, updated_at = @at
     WHERE id = @id${own} AND (deleted_at IS NULL) <> (@deletedAt IS NULL)`,
  ).run({ id, deletedAt, at });
  if (changes > 0 && isEntryKind(kind)) deriveExchanges(db, kind, id, at);
}

export function deleteEntry(db: Database.Database, kind: RecordKind, id: string, at: string): void {
  setDeleted(db, kind, id, at, at);
}

export function restoreEntry(db: Database.Database, kind: RecordKind, id: string, at: string): void {
  setDeleted(db, kind, id, null, at);
}

/**
 * The rows of each kind that belong to one entry and go with it for good, besides its ledger rows
 * (deriveExchanges removes those) and its search document (the tables' triggers drop it). A new
 * kind says here what it owns, even if nothing.
 */
const OWNED_ROWS: { readonly [K in RecordKind]: readonly string[] } = {
  feedback: [],
  lesson: ['DELETE FROM practice_items WHERE lesson_id = ?'],
  help: [],
  request: [],
  selfAssessment: [],
};

/**
 * Deleting for ever: an entry that is already in the bin is removed with everything derived from
 * it, in the caller's transaction: its own rows (a lesson's practice items), its ledger rows, and
 * through the triggers its share of the monthly rollup and its search document. A live entry is
 * left alone (false); only what the user deleted and can see in "Recently deleted" goes.
 */
export function deleteEntryForever(db: Database.Database, kind: RecordKind, id: string, at: string): boolean {
  const { table } = RECORDS[kind];
  const inBin = statement(db, `SELECT 1 FROM ${table} WHERE id = ?${ownRows(kind)} AND deleted_at IS NOT NULL`).get(id);
  if (!inBin) return false;
  for (const sql of OWNED_ROWS[kind]) statement(db, sql).run(id);
  statement(db, `DELETE FROM ${table} WHERE id = ?${ownRows(kind)} AND deleted_at IS NOT NULL`).run(id);
  if (isEntryKind(kind)) deriveExchanges(db, kind, id, at);
  return true;
}
