import type Database from 'better-sqlite3';
import { RECORDS, isEntryKind, type RecordKind } from '../../shared/kinds';
import { deriveExchanges } from './ledger';
import { statement } from './statements';

/**
 * The bin, for every kind of record (RECORD_KINDS): a deleted record keeps its row with deleted_at
 * set, so it can be restored, and every list and sum leaves it out. The ledger rows derived from a
 * feedback entry or a lesson follow it in the same write.
 */
function setDeleted(db: Database.Database, kind: RecordKind, id: string, deletedAt: string | null, at: string): void {
  const { table } = RECORDS[kind];
  // Help shares its table with the derived rows, which change only through their entry.
  const own = isEntryKind(kind) && RECORDS[kind].ledger === 'direct' ? ` AND source = '${kind}'` : '';
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
