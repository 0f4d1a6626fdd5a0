import { randomUUID } from 'node:crypto';
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
import { readPage, Where, type PageRequest } from './listQuery';
import { statement } from './statements';

/** Everything a feedback row holds that a caller decides; the repository adds ids and timestamps. */
export interface FeedbackRecord {
  direction: Direction;
  collaboratorId: string;
  projectId: string | null;
  piece: string;
  anchor: Anchor;
  kind: FeedbackKind;
  body: string;
  date: string;
  status: FeedbackStatus;
  statusDate: string | null;
  declineReason: string;
  benefitOverride: Benefit | null;
  weightOverride: Weight | null;
}

export interface FeedbackFilter {
  direction?: Direction | undefined;
  status?: FeedbackStatus | undefined;
  kind?: FeedbackKind | undefined;
  collaboratorId?: string | undefined;
  projectId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  includeDeleted: boolean;
}

interface FeedbackRow {
  id: string;
  direction: Direction;
  collaborator_id: string;
  collaborator_name: string;
  project_id: string | null;
  project_title: string | null;
  piece: string;
  anchor_kind: Anchor['kind'];
  anchor_start_sec: number | null;
  anchor_end_sec: number | null;
  anchor_text: string;
  kind: FeedbackKind;
  body: string;
  date: string;
  status: FeedbackStatus;
  status_date: string | null;
  decline_reason: string;
  benefit_override: Benefit | null;
  weight_override: Weight | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

const SELECT = `
  SELECT f.id, f.direction, f.collaborator_id, c.name AS collaborator_name, f.project_id, p.title AS project_title,
         f.piece, f.anchor_kind, f.anchor_start_sec, f.anchor_end_sec, f.anchor_text, f.kind, f.body, f.date,
         f.status, f.status_date, f.decline_reason, f.benefit_override, f.weight_override,
         f.created_at, f.updated_at, f.deleted_at
  FROM feedback f
  JOIN collaborators c ON c.id = f.collaborator_id
  LEFT JOIN projects p ON p.id = f.project_id`;

function anchorOf(row: FeedbackRow): Anchor {
  if (row.anchor_kind === 'time' && row.anchor_start_sec !== null) {
    return { kind: 'time', startSec: row.anchor_start_sec, endSec: row.anchor_end_sec };
  }
  return row.anchor_kind === 'text' ? { kind: 'text', text: row.anchor_text } : { kind: 'none' };
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
    id: row.id,
    direction: row.direction,
    collaboratorId: row.collaborator_id,
    collaboratorName: row.collaborator_name,
    projectId: row.project_id,
    projectTitle: row.project_title,
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
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

/** The current row, deleted or not. */
export function findFeedback(db: Database.Database, id: string): Feedback | undefined {
  const row = statement(db, `${SELECT} WHERE f.id = ?`).get(id) as FeedbackRow | undefined;
  return row && toFeedback(row);
}

export function listFeedback(db: Database.Database, filter: FeedbackFilter, page: PageRequest): Page<Feedback> {
  const where = new Where()
    .addIf(!filter.includeDeleted, 'f.deleted_at IS NULL')
    .when(filter.direction, 'f.direction = @direction', 'direction')
    .when(filter.status, 'f.status = @status', 'status')
    .when(filter.kind, 'f.kind = @kind', 'kind')
    .when(filter.collaboratorId, 'f.collaborator_id = @collaboratorId', 'collaboratorId')
    .when(filter.projectId, 'f.project_id = @projectId', 'projectId')
    .when(filter.from, 'f.date >= @from', 'from')
    .when(filter.to, 'f.date <= @to', 'to');
  const result = readPage<FeedbackRow>(db, {
    select: SELECT,
    from: 'feedback f',
    alias: 'f',
    dateColumn: 'f.date',
    where,
    page,
  });
  return { ...result, items: result.items.map(toFeedback) };
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

export function insertFeedback(db: Database.Database, record: FeedbackRecord, at: string, id = randomUUID()): string {
  statement(
    db,
    `INSERT INTO feedback (id, direction, collaborator_id, project_id, piece, anchor_kind, anchor_start_sec,
       anchor_end_sec, anchor_text, kind, body, date, status, status_date, decline_reason, benefit_override,
       weight_override, created_at, updated_at)
     VALUES (@id, @direction, @collaboratorId, @projectId, @piece, @anchorKind, @anchorStartSec, @anchorEndSec,
       @anchorText, @kind, @body, @date, @status, @statusDate, @declineReason, @benefitOverride, @weightOverride,
       @at, @at)`,
  ).run({ id, ...columns(record), at });
  return id;
}

/** Writes every field of the record: callers merge their patch into the current entry first. */
export function updateFeedback(db: Database.Database, id: string, record: FeedbackRecord, at: string): void {
  statement(
    db,
    `UPDATE feedback SET direction = @direction, collaborator_id = @collaboratorId, project_id = @projectId,
       piece = @piece, anchor_kind = @anchorKind, anchor_start_sec = @anchorStartSec, anchor_end_sec = @anchorEndSec,
       anchor_text = @anchorText, kind = @kind, body = @body, date = @date, status = @status,
       status_date = @statusDate, decline_reason = @declineReason, benefit_override = @benefitOverride,
       weight_override = @weightOverride, updated_at = @at
     WHERE id = @id`,
  ).run({ id, ...columns(record), at });
}

export function setFeedbackDeleted(db: Database.Database, id: string, deletedAt: string | null, at: string): void {
  statement(db, 'UPDATE feedback SET deleted_at = ?, updated_at = ? WHERE id = ?').run(deletedAt, at, id);
}

/** The entry as a record to merge a patch into. */
export function recordOf(feedback: Feedback): FeedbackRecord {
  return {
    direction: feedback.direction,
    collaboratorId: feedback.collaboratorId,
    projectId: feedback.projectId,
    piece: feedback.piece,
    anchor: feedback.anchor,
    kind: feedback.kind,
    body: feedback.body,
    date: feedback.date,
    status: feedback.status,
    statusDate: feedback.statusDate,
    declineReason: feedback.declineReason,
    benefitOverride: feedback.benefitOverride,
    weightOverride: feedback.weightOverride,
  };
}
