import type Database from 'better-sqlite3';
import type { Benefit, Direction, Exchange, ExchangeSource, Initiator, Weight } from '../../shared/entities/exchange';
import { FEEDBACK_KIND_LABELS, type FeedbackKind } from '../../shared/entities/feedback';
import type { Page } from '../../shared/entities/paging';
import { oneLine } from '../../shared/entities/timeline';
import { entryHref } from '../../shared/kinds';
import { entryFieldsOf, entryWhere, findEntry, insertEntry, listEntries, recordOf, updateEntry } from './entryTable';
import type { EntryFilter, EntryRow, EntryTable } from './entryTable';
import { countCells, countedEntries } from './entryCounts';
import type { PageRequest, Where } from './listQuery';
import { statement } from './statements';

const RECORD_FIELDS = [
  'direction', 'collaboratorId', 'projectId', 'benefit', 'weight', 'initiatedBy', 'date', 'note',
] as const satisfies readonly (keyof Exchange)[];

/** A help row as a caller decides it. Derived rows are written only by ledger.ts. */
export type HelpRecord = Pick<Exchange, (typeof RECORD_FIELDS)[number]>;

export interface ExchangeFilter extends EntryFilter {
  direction?: Direction | undefined;
  benefit?: Benefit | undefined;
  source?: ExchangeSource | undefined;
}

interface ExchangeRow extends EntryRow {
  source: ExchangeSource;
  source_id: string;
  direction: Direction;
  benefit: Benefit;
  weight: Weight;
  initiated_by: Initiator;
  note: string;
  feedback_kind: FeedbackKind | null;
  source_text: string | null;
}

// The source's words are looked up per row of the page only, so a long ledger stays cheap.
const TABLE: EntryTable = {
  select: `
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
  LEFT JOIN projects p ON p.id = e.project_id`,
  from: 'exchanges e',
  alias: 'e',
  dateColumn: 'e.date',
};

function summaryOf(row: ExchangeRow): string {
  const text = oneLine(row.source_text ?? '');
  if (row.source === 'help') return text;
  const label = row.source === 'feedback' && row.feedback_kind ? FEEDBACK_KIND_LABELS[row.feedback_kind] : 'Lesson';
  return text ? `${label}: ${text}` : label;
}

const toExchange = (row: ExchangeRow): Exchange => ({
  ...entryFieldsOf(row),
  source: row.source,
  sourceId: row.source_id,
  sourceHref: entryHref(row.source, row.source_id),
  editable: row.source === 'help',
  direction: row.direction,
  benefit: row.benefit,
  weight: row.weight,
  initiatedBy: row.initiated_by,
  date: row.date,
  note: row.note,
  summary: summaryOf(row),
});

/** Any row of the ledger, help or derived, deleted or not. */
export function findExchange(db: Database.Database, id: string): Exchange | undefined {
  return findEntry(db, TABLE, id, toExchange);
}

const whereOf = (filter: ExchangeFilter): Where =>
  entryWhere(TABLE, filter)
    .when(filter.direction, 'e.direction = @direction', 'direction')
    .when(filter.benefit, 'e.benefit = @benefit', 'benefit')
    .when(filter.source, 'e.source = @source', 'source');

const facetsOf = (filter: ExchangeFilter) => ({ source: filter.source, direction: filter.direction, benefit: filter.benefit });

export function listExchanges(db: Database.Database, filter: ExchangeFilter, page: PageRequest): Page<Exchange> {
  const total = countedEntries(db, 'exchange_counts', filter, facetsOf(filter));
  return listEntries(db, TABLE, whereOf(filter), page, (rows: ExchangeRow[]) => rows.map(toExchange), total);
}

/** Weight given and received over everything the filter matches (not only the page): from the counters when they can say. */
export function exchangeTotals(db: Database.Database, filter: ExchangeFilter): { given: number; received: number } {
  const cells = countCells(filter, facetsOf(filter));
  if (cells) {
    return statement(
      db,
      `SELECT coalesce(sum(CASE direction WHEN 'given' THEN weight_sum END), 0) AS given,
              coalesce(sum(CASE direction WHEN 'received' THEN weight_sum END), 0) AS received
       FROM exchange_counts ${cells.sql}`,
    ).get(cells.params) as { given: number; received: number };
  }
  const where = whereOf(filter);
  return statement(
    db,
    `SELECT coalesce(sum(CASE e.direction WHEN 'given' THEN e.weight END), 0) AS given,
            coalesce(sum(CASE e.direction WHEN 'received' THEN e.weight END), 0) AS received
     FROM exchanges e ${where.sql}`,
  ).get(where.params) as { given: number; received: number };
}

export function insertHelp(db: Database.Database, record: HelpRecord, at: string): string {
  return insertEntry(
    db,
    'help',
    `INSERT INTO exchanges (id, source, source_id, collaborator_id, project_id, direction, benefit, weight,
       initiated_by, date, note, created_at, updated_at)
     VALUES (@id, 'help', @id, @collaboratorId, @projectId, @direction, @benefit, @weight, @initiatedBy, @date,
       @note, @at, @at)`,
    record,
    at,
  );
}

export function updateHelp(db: Database.Database, id: string, record: HelpRecord, at: string): void {
  updateEntry(
    db,
    'help',
    `UPDATE exchanges SET collaborator_id = @collaboratorId, project_id = @projectId, direction = @direction,
       benefit = @benefit, weight = @weight, initiated_by = @initiatedBy, date = @date, note = @note,
       updated_at = @at
     WHERE id = @id AND source = 'help'`,
    id,
    record,
    at,
  );
}

export const helpRecordOf = (exchange: Exchange): HelpRecord => recordOf(exchange, RECORD_FIELDS);
