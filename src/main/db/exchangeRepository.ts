import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import {
  type Benefit,
  type Direction,
  type Exchange,
  type ExchangeSource,
  type Initiator,
  type Weight,
} from '../../shared/entities/exchange';
import { FEEDBACK_KIND_LABELS, type FeedbackKind } from '../../shared/entities/feedback';
import type { Page } from '../../shared/entities/paging';
import { oneLine } from '../../shared/entities/timeline';
import { entryHref } from '../../shared/kinds';
import { readPage, Where, type PageRequest } from './listQuery';
import { statement } from './statements';

/** A help row as a caller decides it. Derived rows are written only by ledger.ts. */
export interface HelpRecord {
  direction: Direction;
  collaboratorId: string;
  projectId: string | null;
  benefit: Benefit;
  weight: Weight;
  initiatedBy: Initiator;
  date: string;
  note: string;
}

export interface ExchangeFilter {
  direction?: Direction | undefined;
  benefit?: Benefit | undefined;
  source?: ExchangeSource | undefined;
  collaboratorId?: string | undefined;
  projectId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  includeDeleted: boolean;
}

interface ExchangeRow {
  id: string;
  source: ExchangeSource;
  source_id: string;
  collaborator_id: string;
  collaborator_name: string;
  project_id: string | null;
  project_title: string | null;
  direction: Direction;
  benefit: Benefit;
  weight: Weight;
  initiated_by: Initiator;
  date: string;
  note: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  feedback_kind: FeedbackKind | null;
  source_text: string | null;
}

// The source's words are looked up per row of the page only, so a long ledger stays cheap.
const SELECT = `
  SELECT e.id, e.source, e.source_id, e.collaborator_id, c.name AS collaborator_name,
         e.project_id, p.title AS project_title, e.direction, e.benefit, e.weight, e.initiated_by,
         e.date, e.note, e.created_at, e.updated_at, e.deleted_at,
         CASE e.source WHEN 'feedback' THEN (SELECT f.kind FROM feedback f WHERE f.id = e.source_id) END
           AS feedback_kind,
         CASE e.source
           WHEN 'feedback' THEN (SELECT substr(f.body, 1, 400) FROM feedback f WHERE f.id = e.source_id)
           WHEN 'lesson' THEN (SELECT substr(s.topics, 1, 400) FROM lessons s WHERE s.id = e.source_id)
           ELSE substr(e.note, 1, 400)
         END AS source_text
  FROM exchanges e
  JOIN collaborators c ON c.id = e.collaborator_id
  LEFT JOIN projects p ON p.id = e.project_id`;

function summaryOf(row: ExchangeRow): string {
  const text = oneLine(row.source_text ?? '');
  if (row.source === 'help') return text;
  const label = row.source === 'feedback' && row.feedback_kind ? FEEDBACK_KIND_LABELS[row.feedback_kind] : 'Lesson';
  return text ? `${label}: ${text}` : label;
}

const toExchange = (row: ExchangeRow): Exchange => ({
  id: row.id,
  source: row.source,
  sourceId: row.source_id,
  sourceHref: entryHref(row.source, row.source_id),
  editable: row.source === 'help',
  collaboratorId: row.collaborator_id,
  collaboratorName: row.collaborator_name,
  projectId: row.project_id,
  projectTitle: row.project_title,
  direction: row.direction,
  benefit: row.benefit,
  weight: row.weight,
  initiatedBy: row.initiated_by,
  date: row.date,
  note: row.note,
  summary: summaryOf(row),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  deletedAt: row.deleted_at,
});

export function findExchange(db: Database.Database, id: string): Exchange | undefined {
  const row = statement(db, `${SELECT} WHERE e.id = ?`).get(id) as ExchangeRow | undefined;
  return row && toExchange(row);
}

function whereOf(filter: ExchangeFilter): Where {
  return new Where()
    .addIf(!filter.includeDeleted, 'e.deleted_at IS NULL')
    .when(filter.direction, 'e.direction = @direction', 'direction')
    .when(filter.benefit, 'e.benefit = @benefit', 'benefit')
    .when(filter.source, 'e.source = @source', 'source')
    .when(filter.collaboratorId, 'e.collaborator_id = @collaboratorId', 'collaboratorId')
    .when(filter.projectId, 'e.project_id = @projectId', 'projectId')
    .when(filter.from, 'e.date >= @from', 'from')
    .when(filter.to, 'e.date <= @to', 'to');
}

export function listExchanges(db: Database.Database, filter: ExchangeFilter, page: PageRequest): Page<Exchange> {
  const result = readPage<ExchangeRow>(db, {
    select: SELECT,
    from: 'exchanges e',
    alias: 'e',
    dateColumn: 'e.date',
    where: whereOf(filter),
    page,
  });
  return { ...result, items: result.items.map(toExchange) };
}

/** Weight given and received over everything the filter matches (not only the page). */
export function exchangeTotals(db: Database.Database, filter: ExchangeFilter): { given: number; received: number } {
  const where = whereOf(filter);
  return statement(
    db,
    `SELECT coalesce(sum(CASE e.direction WHEN 'given' THEN e.weight END), 0) AS given,
            coalesce(sum(CASE e.direction WHEN 'received' THEN e.weight END), 0) AS received
     FROM exchanges e ${where.sql}`,
  ).get(where.params) as { given: number; received: number };
}

export function insertHelp(db: Database.Database, record: HelpRecord, at: string, id = randomUUID()): string {
  statement(
    db,
    `INSERT INTO exchanges (id, source, source_id, collaborator_id, project_id, direction, benefit, weight,
       initiated_by, date, note, created_at, updated_at)
     VALUES (@id, 'help', @id, @collaboratorId, @projectId, @direction, @benefit, @weight, @initiatedBy, @date,
       @note, @at, @at)`,
  ).run({ id, ...record, at });
  return id;
}

export function updateHelp(db: Database.Database, id: string, record: HelpRecord, at: string): void {
  statement(
    db,
    `UPDATE exchanges SET collaborator_id = @collaboratorId, project_id = @projectId, direction = @direction,
       benefit = @benefit, weight = @weight, initiated_by = @initiatedBy, date = @date, note = @note,
       updated_at = @at
     WHERE id = @id AND source = 'help'`,
  ).run({ id, ...record, at });
}

export function setHelpDeleted(db: Database.Database, id: string, deletedAt: string | null, at: string): void {
  statement(db, "UPDATE exchanges SET deleted_at = ?, updated_at = ? WHERE id = ? AND source = 'help'").run(
    deletedAt,
    at,
    id,
  );
}

export function helpRecordOf(exchange: Exchange): HelpRecord {
  return {
    direction: exchange.direction,
    collaboratorId: exchange.collaboratorId,
    projectId: exchange.projectId,
    benefit: exchange.benefit,
    weight: exchange.weight,
    initiatedBy: exchange.initiatedBy,
    date: exchange.date,
    note: exchange.note,
  };
}
