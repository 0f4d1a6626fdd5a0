/**
 * The give/take ledger: every feedback entry and every lesson IS an exchange. Their rows in
 * `exchanges` are derived here and only here, called by the source's repository inside the
 * same transaction as every write of it (insert, update, soft delete and restore), so the
 * ledger is never out of step and nothing is counted twice. Help is logged directly (source 'help') and is not touched here.
 *
 * Default mapping (src/shared/ledgerRules.ts; also docs/LEDGER.md). Directions are the user's.
 *
 *   feedback   benefit by kind: technical → knowledge, critique → perspective,
 *              perspective/idea → perspective, encouragement → growth
 *              weight 2 (medium)
 *              one row; direction = the feedback's; initiated by the giver
 *              (given → 'me', received → 'them')
 *   lesson     benefit knowledge
 *              weight by duration: under 45 min → 1, 45–90 min → 2, over 90 min → 3
 *              learner → one 'received' row, initiated by 'me' (the learner asks)
 *              teacher → one 'given' row, initiated by 'them'
 *              peers   → two rows, one 'given' and one 'received', initiated by 'me'
 *              only a held lesson: a planned or cancelled one has no rows (marking it held
 *              derives them; nothing turns a held lesson back)
 *
 * Each entry may override the benefit and the weight (benefit_override / weight_override on
 * the feedback or lesson row); an override applies to every row of that entry. Derived rows
 * copy the source's collaborator, project, date and deleted_at, so deleting the source takes
 * its exchanges out of every sum and restoring it brings them back. Rows for directions the
 * source no longer has (a lesson changed from learner to teacher) are removed.
 * Rows are keyed by UNIQUE(source, source_id, direction): the upsert below cannot double count.
 */
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Benefit, Direction, Weight } from '../../shared/entities/exchange';
import type { FeedbackKind } from '../../shared/entities/feedback';
import type { LessonRole, LessonStatus } from '../../shared/entities/lesson';
import { KINDS, type EntryKind, type Kinds } from '../../shared/kinds';
import { feedbackShare, lessonShares, type LedgerShare } from '../../shared/ledgerRules';
import { statement } from './statements';

interface SourceRow {
  collaborator_id: string;
  project_id: string | null;
  date: string;
  created_at: string;
  deleted_at: string | null;
}

interface FeedbackSourceRow extends SourceRow {
  direction: Direction;
  kind: FeedbackKind;
  benefit_override: Benefit | null;
  weight_override: Weight | null;
}

interface LessonSourceRow extends SourceRow {
  user_role: LessonRole;
  status: LessonStatus;
  duration_min: number;
  benefit_override: Benefit | null;
  weight_override: Weight | null;
}

/** The kinds whose ledger rows are derived from the entry, never logged directly: feedback and lessons. */
export type DerivedKind = { [K in EntryKind]: Kinds[K]['ledger'] extends 'derived' ? K : never }[EntryKind];

const isDerivedKind = (kind: EntryKind): kind is DerivedKind => KINDS[kind].ledger === 'derived';

interface Derivation {
  row: SourceRow | undefined;
  shares: readonly LedgerShare[];
}

function feedbackDerivation(db: Database.Database, feedbackId: string): Derivation {
  const row = statement(
    db,
    `SELECT collaborator_id, project_id, date, created_at, deleted_at, direction, kind, benefit_override, weight_override
     FROM feedback WHERE id = ?`,
  ).get(feedbackId) as FeedbackSourceRow | undefined;
  const shares = row
    ? [
        feedbackShare({
          direction: row.direction,
          kind: row.kind,
          benefitOverride: row.benefit_override,
          weightOverride: row.weight_override,
        }),
      ]
    : [];
  return { row, shares };
}

function lessonDerivation(db: Database.Database, lessonId: string): Derivation {
  const row = statement(
    db,
    `SELECT collaborator_id, project_id, date, created_at, deleted_at, user_role, status, duration_min,
            benefit_override, weight_override
     FROM lessons WHERE id = ?`,
  ).get(lessonId) as LessonSourceRow | undefined;
  // A planned or cancelled lesson has not happened: it is no exchange, and has no rows.
  const shares = row?.status === 'held'
    ? lessonShares({
        userRole: row.user_role,
        durationMin: row.duration_min,
        benefitOverride: row.benefit_override,
        weightOverride: row.weight_override,
      })
    : [];
  return { row, shares };
}

const DERIVATIONS: Record<DerivedKind, (db: Database.Database, sourceId: string) => Derivation> = {
  feedback: feedbackDerivation,
  lesson: lessonDerivation,
};

/**
 * Brings the exchanges of one feedback entry or lesson in line with it (or removes them if the
 * entry is gone), inside the write of the entry. Help is logged into the ledger itself and
 * requests are not exchanges: for them there is nothing to derive.
 */
export function deriveExchanges(db: Database.Database, kind: EntryKind, entryId: string, at: string): void {
  if (!isDerivedKind(kind)) return;
  const { row, shares } = DERIVATIONS[kind](db, entryId);
  writeDerived(db, kind, entryId, row, shares, at);
}

/** What a derived ledger row copies from its source entry. */
export interface LedgerSource {
  collaboratorId: string;
  projectId: string | null;
  date: string;
  createdAt: string;
  deletedAt: string | null;
}

const INSERT_EXCHANGE = `INSERT INTO exchanges (id, source, source_id, collaborator_id, project_id, direction, benefit, weight,
       initiated_by, date, note, created_at, updated_at, deleted_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?)`;

// Only a real change touches updated_at, so re-syncing an unchanged entry is a no-op.
const UPSERT_EXCHANGE = `${INSERT_EXCHANGE}
     ON CONFLICT (source, source_id, direction) DO UPDATE SET
       collaborator_id = excluded.collaborator_id, project_id = excluded.project_id,
       benefit = excluded.benefit, weight = excluded.weight, initiated_by = excluded.initiated_by,
       date = excluded.date, deleted_at = excluded.deleted_at, updated_at = excluded.updated_at
     WHERE collaborator_id IS NOT excluded.collaborator_id OR project_id IS NOT excluded.project_id
       OR benefit IS NOT excluded.benefit OR weight IS NOT excluded.weight
       OR initiated_by IS NOT excluded.initiated_by OR date IS NOT excluded.date
       OR deleted_at IS NOT excluded.deleted_at`;

function runForShares(
  write: Database.Statement,
  source: DerivedKind,
  sourceId: string,
  entry: LedgerSource,
  shares: readonly LedgerShare[],
  at: string,
): void {
  for (const share of shares) {
    // Positional, in INSERT_EXCHANGE's column order (a bulk load binds hundreds of thousands).
    write.run(
      randomUUID(),
      source,
      sourceId,
      entry.collaboratorId,
      entry.projectId,
      share.direction,
      share.benefit,
      share.weight,
      share.initiatedBy,
      entry.date,
      // The source's creation time keeps derived rows in the same order as their entries.
      entry.createdAt,
      at,
      entry.deletedAt,
    );
  }
}

/**
 * The ledger rows of an entry that has none yet, derived from the entry as given (no read back):
 * the fresh-load import (transfer/freshLoad.ts), where the library was empty when the import
 * began. The rows are the ones deriveExchanges would write.
 */
export function insertDerivedExchanges(
  db: Database.Database,
  source: DerivedKind,
  sourceId: string,
  entry: LedgerSource,
  shares: readonly LedgerShare[],
  at: string,
): void {
  runForShares(statement(db, INSERT_EXCHANGE), source, sourceId, entry, shares, at);
}

function writeDerived(
  db: Database.Database,
  source: DerivedKind,
  sourceId: string,
  row: SourceRow | undefined,
  shares: readonly LedgerShare[],
  at: string,
): void {
  statement(
    db,
    `DELETE FROM exchanges WHERE source = ? AND source_id = ?
       AND direction NOT IN (SELECT value FROM json_each(?))`,
  ).run(source, sourceId, JSON.stringify(shares.map((share) => share.direction)));
  if (!row) return;
  const entry: LedgerSource = {
    collaboratorId: row.collaborator_id,
    projectId: row.project_id,
    date: row.date,
    createdAt: row.created_at,
    deletedAt: row.deleted_at,
  };
  runForShares(statement(db, UPSERT_EXCHANGE), source, sourceId, entry, shares, at);
}
