import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { AskedBy, Request, RequestOutcome } from '../../shared/entities/request';
import type { Page } from '../../shared/entities/paging';
import { readPage, Where, type PageRequest } from './listQuery';
import { statement } from './statements';

/** A request as a caller decides it; dateResolved is null exactly while pending. */
export interface RequestRecord {
  askedBy: AskedBy;
  collaboratorId: string;
  projectId: string | null;
  what: string;
  dateAsked: string;
  outcome: RequestOutcome;
  dateResolved: string | null;
  note: string;
}

export interface RequestFilter {
  askedBy?: AskedBy | undefined;
  outcome?: RequestOutcome | undefined;
  collaboratorId?: string | undefined;
  projectId?: string | undefined;
  /** On the date asked, inclusive. */
  from?: string | undefined;
  to?: string | undefined;
  includeDeleted: boolean;
}

interface RequestRow {
  id: string;
  asked_by: AskedBy;
  collaborator_id: string;
  collaborator_name: string;
  project_id: string | null;
  project_title: string | null;
  what: string;
  /** date_asked, named for the shared newest-first paging. */
  date: string;
  outcome: RequestOutcome;
  date_resolved: string | null;
  note: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

const SELECT = `
  SELECT n.id, n.asked_by, n.collaborator_id, c.name AS collaborator_name, n.project_id, p.title AS project_title,
         n.what, n.date_asked AS date, n.outcome, n.date_resolved, n.note, n.created_at, n.updated_at, n.deleted_at
  FROM requests n
  JOIN collaborators c ON c.id = n.collaborator_id
  LEFT JOIN projects p ON p.id = n.project_id`;

const toRequest = (row: RequestRow): Request => ({
  id: row.id,
  askedBy: row.asked_by,
  collaboratorId: row.collaborator_id,
  collaboratorName: row.collaborator_name,
  projectId: row.project_id,
  projectTitle: row.project_title,
  what: row.what,
  dateAsked: row.date,
  outcome: row.outcome,
  dateResolved: row.date_resolved,
  note: row.note,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  deletedAt: row.deleted_at,
});

export function findRequest(db: Database.Database, id: string): Request | undefined {
  const row = statement(db, `${SELECT} WHERE n.id = ?`).get(id) as RequestRow | undefined;
  return row && toRequest(row);
}

export function listRequests(db: Database.Database, filter: RequestFilter, page: PageRequest): Page<Request> {
  const where = new Where()
    .addIf(!filter.includeDeleted, 'n.deleted_at IS NULL')
    .when(filter.askedBy, 'n.asked_by = @askedBy', 'askedBy')
    .when(filter.outcome, 'n.outcome = @outcome', 'outcome')
    .when(filter.collaboratorId, 'n.collaborator_id = @collaboratorId', 'collaboratorId')
    .when(filter.projectId, 'n.project_id = @projectId', 'projectId')
    .when(filter.from, 'n.date_asked >= @from', 'from')
    .when(filter.to, 'n.date_asked <= @to', 'to');
  const result = readPage<RequestRow>(db, {
    select: SELECT,
    from: 'requests n',
    alias: 'n',
    dateColumn: 'n.date_asked',
    where,
    page,
  });
  return { ...result, items: result.items.map(toRequest) };
}

export function insertRequest(db: Database.Database, record: RequestRecord, at: string, id = randomUUID()): string {
  statement(
    db,
    `INSERT INTO requests (id, asked_by, collaborator_id, project_id, what, date_asked, outcome, date_resolved, note,
       created_at, updated_at)
     VALUES (@id, @askedBy, @collaboratorId, @projectId, @what, @dateAsked, @outcome, @dateResolved, @note, @at, @at)`,
  ).run({ id, ...record, at });
  return id;
}

/** Writes every field of the record: callers merge their patch into the current request first. */
export function updateRequest(db: Database.Database, id: string, record: RequestRecord, at: string): void {
  statement(
    db,
    `UPDATE requests SET asked_by = @askedBy, collaborator_id = @collaboratorId, project_id = @projectId,
       what = @what, date_asked = @dateAsked, outcome = @outcome, date_resolved = @dateResolved, note = @note,
       updated_at = @at
     WHERE id = @id`,
  ).run({ id, ...record, at });
}

export function setRequestDeleted(db: Database.Database, id: string, deletedAt: string | null, at: string): void {
  statement(db, 'UPDATE requests SET deleted_at = ?, updated_at = ? WHERE id = ?').run(deletedAt, at, id);
}

export function requestRecordOf(request: Request): RequestRecord {
  return {
    askedBy: request.askedBy,
    collaboratorId: request.collaboratorId,
    projectId: request.projectId,
    what: request.what,
    dateAsked: request.dateAsked,
    outcome: request.outcome,
    dateResolved: request.dateResolved,
    note: request.note,
  };
}
