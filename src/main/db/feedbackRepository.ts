import type Database from 'better-sqlite3';
import type { Benefit, Direction, Weight } from '../../shared/entities/exchange';
import {
  formatAnchor,
  type Anchor,
  type Feedback,
  type FeedbackKind,
  type FeedbackStatus,
} from '../../shared/entities/feedback';
import type { Page } from '../../shared/entities/paging';
import { feedbackShare } from '../../shared/ledgerRules';
import { entryFieldsOf, entryWhere, findEntry, insertEntry, listEntries, recordOf, updateEntry } from './entryTable';
import type { EntryFilter, EntryRow, EntryTable } from './entryTable';
import { countedEntries } from './entryCounts';
import type { PageRequest } from './listQuery';

const RECORD_FIELDS = [
  'direction', 'collaboratorId', 'projectId', 'piece', 'anchor', 'kind', 'body', 'date', 'status',
  'statusDate', 'declineReason', 'benefitOverride', 'weightOverride',
] as const satisfies readonly (keyof Feedback)[];

/** Everything a feedback row holds that a caller decides; the repository adds ids and timestamps. */
export type FeedbackRecord = Pick<Feedback, (typeof RECORD_FIELDS)[number]>;

export interface FeedbackFilter extends EntryFilter {
  direction?: Direction | undefined;
  status?: FeedbackStatus | undefined;
  kind?: FeedbackKind | undefined;
}

interface FeedbackRow extends EntryRow {
  direction: Direction;
  piece: string;
  anchor_kind: Anchor['kind'];
  anchor_start_sec: number | null;
  anchor_end_sec: number | null;
  anchor_text: string;
  kind: FeedbackKind;
  body: string;
  status: FeedbackStatus;
  status_date: string | null;
  decline_reason: string;
  benefit_override: Benefit | null;
  weight_override: Weight | null;
}

const TABLE: EntryTable = {
  select: `
  SELECT f.id, f.direction, f.collaborator_id, c.name AS collaborator_name, f.project_id, p.title AS project_title,
         f.piece, f.anchor_kind, f.anchor_start_sec, f.anchor_end_sec, f.anchor_text, f.kind, f.body, f.date,
         f.status, f.status_date, f.decline_reason, f.benefit_override, f.weight_override,
         f.created_at, f.updated_at, f.deleted_at
  FROM feedback f
  JOIN collaborators c ON c.id = f.collaborator_id
  LEFT JOIN projects p ON p.id = f.project_id`,
  from: 'feedback f',
  alias: 'f',
  dateColumn: 'f.date',
};

/** The anchor columns of a feedback row, as this table and the timeline read them. */
export interface AnchorColumns {
  anchor_kind: Anchor['kind'] | null;
  anchor_start_sec: number | null;
  anchor_end_sec: number | null;
  anchor_text: string | null;
}

export function anchorOf(row: AnchorColumns): Anchor {
  if (row.anchor_kind === 'time' && row.anchor_start_sec !== null) {
    return { kind: 'time', startSec: row.anchor_start_sec, endSec: row.anchor_end_sec };
  }
  return row.anchor_kind === 'text' ? { kind: 'text', text: row.anchor_text ?? '' } : { kind: 'none' };
}

function toFeedback(row: FeedbackRow): Feedback {
  const anchor = anchorOf(row);
  const share = feedbackShare({
    direction: row.direction,
    kind: row.kind,
    benefitOverride: row.benefit_override,
    weightOverride: row.weight_override,
  });
  return {
    ...entryFieldsOf(row),
    direction: row.direction,
    piece: row.piece,
    anchor,
    anchorLabel: formatAnchor(anchor),
    kind: row.kind,
    body: row.body,
    date: row.date,
    status: row.status,
    statusDate: row.status_date,
    declineReason: row.decline_reason,
    benefitOverride: row.benefit_override,
    weightOverride: row.weight_override,
    benefit: share.benefit,
    weight: share.weight,
  };
}

/** The current row, deleted or not. */
export function findFeedback(db: Database.Database, id: string): Feedback | undefined {
  return findEntry(db, TABLE, id, toFeedback);
}

export function listFeedback(db: Database.Database, filter: FeedbackFilter, page: PageRequest): Page<Feedback> {
  const where = entryWhere(TABLE, filter)
    .when(filter.direction, 'f.direction = @direction', 'direction')
    .when(filter.status, 'f.status = @status', 'status')
    .when(filter.kind, 'f.kind = @kind', 'kind');
  const total = countedEntries(db, 'feedback_counts', filter, { direction: filter.direction, status: filter.status, kind: filter.kind });
  return listEntries(db, TABLE, where, page, (rows: FeedbackRow[]) => rows.map(toFeedback), total);
}

function columns(record: FeedbackRecord) {
  const { anchor } = record;
  return {
    direction: record.direction,
    collaboratorId: record.collaboratorId,
    projectId: record.projectId,
    piece: record.piece,
    anchorKind: anchor.kind,
    anchorStartSec: anchor.kind === 'time' ? anchor.startSec : null,
    anchorEndSec: anchor.kind === 'time' ? anchor.endSec : null,
    anchorText: anchor.kind === 'text' ? anchor.text : '',
    kind: record.kind,
    body: record.body,
    date: record.date,
    status: record.status,
    statusDate: record.statusDate,
    declineReason: record.declineReason,
    benefitOverride: record.benefitOverride,
    weightOverride: record.weightOverride,
  };
}

/** Logs a new entry and its exchange in the ledger, inside the caller's transaction. */
export function insertFeedback(db: Database.Database, record: FeedbackRecord, at: string): string {
  return insertEntry(
    db,
    'feedback',
    `INSERT INTO feedback (id, direction, collaborator_id, project_id, piece, anchor_kind, anchor_start_sec,
       anchor_end_sec, anchor_text, kind, body, date, status, status_date, decline_reason, benefit_override,
       weight_override, created_at, updated_at)
     VALUES (@id, @direction, @collaboratorId, @projectId, @piece, @anchorKind, @anchorStartSec, @anchorEndSec,
       @anchorText, @kind, @body, @date, @status, @statusDate, @declineReason, @benefitOverride, @weightOverride,
       @at, @at)`,
    columns(record),
    at,
  );
}

/** Writes every field of the record, and keeps its exchange in step: callers merge their patch into the current entry first. */
export function updateFeedback(db: Database.Database, id: string, record: FeedbackRecord, at: string): void {
  updateEntry(
    db,
    'feedback',
    `UPDATE feedback SET direction = @direction, collaborator_id = @collaboratorId, project_id = @projectId,
       piece = @piece, anchor_kind = @anchorKind, anchor_start_sec = @anchorStartSec, anchor_end_sec = @anchorEndSec,
       anchor_text = @anchorText, kind = @kind, body = @body, date = @date, status = @status,
       status_date = @statusDate, decline_reason = @declineReason, benefit_override = @benefitOverride,
       weight_override = @weightOverride, updated_at = @at
     WHERE id = @id`,
    id,
    columns(record),
    at,
  );
}

/** The entry as a record to merge a patch into. */
export const feedbackRecordOf = (feedback: Feedback): FeedbackRecord => recordOf(feedback, RECORD_FIELDS);
