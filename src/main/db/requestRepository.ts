import type Database from 'better-sqlite3';
import type { AskedBy, Request, RequestOutcome } from '../../shared/entities/request';
import type { Page } from '../../shared/entities/paging';
import { entryFieldsOf, entryWhere, findEntry, insertEntry, listEntries, recordOf, updateEntry } from './entryTable';
import type { EntryFilter, EntryRow, EntryTable } from './entryTable';
import { countedEntries } from './entryCounts';
import type { PageRequest } from './listQuery';

const RECORD_FIELDS = [
  'askedBy', 'collaboratorId', 'projectId', 'what', 'dateAsked', 'outcome', 'dateResolved', 'note',
] as const satisfies readonly (keyof Request)[];

/** A request as a caller decides it; dateResolved is null exactly while pending. */
export type RequestRecord = Pick<Request, (typeof RECORD_FIELDS)[number]>;

export interface RequestFilter extends EntryFilter {
  askedBy?: AskedBy | undefined;
  outcome?: RequestOutcome | undefined;
}

interface RequestRow extends EntryRow {
  asked_by: AskedBy;
  what: string;
  /** date_asked, named for the shared newest-first paging. */
  date: string;
  outcome: RequestOutcome;
  date_resolved: string | null;
  note: string;
}

const TABLE: EntryTable = {
  select: `
  SELECT n.id, n.asked_by, n.collaborator_id, c.name AS collaborator_name, n.project_id, p.title AS project_title,
         n.what, n.date_asked AS date, n.outcome, n.date_resolved, n.note, n.created_at, n.updated_at, n.deleted_at
  FROM requests n
  JOIN collaborators c ON c.id = n.collaborator_id
  LEFT JOIN projects p ON p.id = n.project_id`,
  from: 'requests n',
  alias: 'n',
  // The filter's from/to are on the date asked.
  dateColumn: 'n.date_asked',
};

const toRequest = (row: RequestRow): Request => ({
  ...entryFieldsOf(row),
  askedBy: row.asked_by,
  what: row.what,
  dateAsked: row.date,
  outcome: row.outcome,
  dateResolved: row.date_resolved,
  note: row.note,
});

export function findRequest(db: Database.Database, id: string): Request | undefined {
  return findEntry(db, TABLE, id, toRequest);
}

export function listRequests(db: Database.Database, filter: RequestFilter, page: PageRequest): Page<Request> {
  const where = entryWhere(TABLE, filter)
    .when(filter.askedBy, 'n.asked_by = @askedBy', 'askedBy')
    .when(filter.outcome, 'n.outcome = @outcome', 'outcome');
  const total = countedEntries(db, 'request_counts', filter, { asked_by: filter.askedBy, outcome: filter.outcome });
  return listEntries(db, TABLE, where, page, (rows: RequestRow[]) => rows.map(toRequest), total);
}

export function insertRequest(db: Database.Database, record: RequestRecord, at: string): string {
  return insertEntry(
    db,
    'request',
    `INSERT INTO requests (id, asked_by, collaborator_id, project_id, what, date_asked, outcome, date_resolved, note,
       created_at, updated_at)
     VALUES (@id, @askedBy, @collaboratorId, @projectId, @what, @dateAsked, @outcome, @dateResolved, @note, @at, @at)`,
    record,
    at,
  );
}

/** Writes every field of the record: callers merge their patch into the current request first. */
export function updateRequest(db: Database.Database, id: string, record: RequestRecord, at: string): void {
  updateEntry(
    db,
    'request',
    `UPDATE requests SET asked_by = @askedBy, collaborator_id = @collaboratorId, project_id = @projectId,
       what = @what, date_asked = @dateAsked, outcome = @outcome, date_resolved = @dateResolved, note = @note,
       updated_at = @at
     WHERE id = @id`,
    id,
    record,
    at,
  );
}

export const requestRecordOf = (request: Request): RequestRecord => recordOf(request, RECORD_FIELDS);
