import type Database from 'better-sqlite3';
import type { DeletedEntry, DeletedPage } from '../../shared/entities/deleted';
import { oneLine } from '../../shared/entities/timeline';
import { KINDS, RECORDS, RECORD_KINDS, isEntryKind, type RecordKind } from '../../shared/kinds';
import { statement } from './statements';

/**
 * "Recently deleted": every kind of record in the bin (RECORD_KINDS: the log's entries and the
 * self-assessments) in one stream, newest deletion first, paged
 * on (deleted_at, id). Each kind's branch reads at most one page, and the branches are merged, as
 * the timeline does. The bin is small next to the log (entries are deleted one by one), and each
 * table's index of its deleted rows (migration 0009) serves its branch and its count.
 */
interface DeletedColumns {
  /** The column of the entry's day. */
  date: string;
  /** Whose entry and on which project (NULL for a record with neither, a self-assessment). */
  collaborator: string;
  project: string;
  /** What names the entry (t is the kind's table). */
  title: string;
  /** The rest of its words. */
  summary: string;
}

const ENTRY_SCOPE = { collaborator: 't.collaborator_id', project: 't.project_id' };

const DELETED_COLUMNS: { readonly [K in RecordKind]: DeletedColumns } = {
  feedback: { ...ENTRY_SCOPE, date: 't.date', title: 't.piece', summary: 'substr(t.body, 1, 400)' },
  lesson: { ...ENTRY_SCOPE, date: 't.date', title: 'substr(t.topics, 1, 400)', summary: 'substr(t.takeaways, 1, 400)' },
  help: { ...ENTRY_SCOPE, date: 't.date', title: "''", summary: 'substr(t.note, 1, 400)' },
  request: { ...ENTRY_SCOPE, date: 't.date_asked', title: 'substr(t.what, 1, 400)', summary: 'substr(t.note, 1, 400)' },
  // Its day is the day it was completed, or started while still in progress (UTC, as stored).
  selfAssessment: {
    collaborator: 'NULL',
    project: 'NULL',
    date: 'substr(coalesce(t.completed_at, t.created_at), 1, 10)',
    title: `CASE WHEN t.completed_at IS NULL
      THEN 'In progress: ' || (SELECT count(*) FROM json_each(t.answers)) || ' questions answered'
      ELSE 'Completed' END`,
    summary: "''",
  },
};

/** Where the next page starts: strictly after this entry in newest-deletion-first order. */
export interface DeletedKeyset {
  deletedAt: string;
  id: string;
}

export function encodeDeletedCursor(key: DeletedKeyset): string {
  return Buffer.from(JSON.stringify([key.deletedAt, key.id]), 'utf8').toString('base64url');
}

/** The keyset in a cursor, or undefined when the text is not one of ours. */
export function decodeDeletedCursor(cursor: string): DeletedKeyset | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 2 || !value.every((part) => typeof part === 'string')) return undefined;
    const [deletedAt, id] = value as [string, string];
    return { deletedAt, id };
  } catch {
    return undefined;
  }
}

/**
 * Help shares the ledger with the rows derived from feedback and lessons, which are never in the bin
 * on their own. The unary + keeps SQLite off the index on source (every help row) and on the bin's.
 */
const inBin = (kind: RecordKind) =>
  `t.deleted_at IS NOT NULL${isEntryKind(kind) && KINDS[kind].ledger === 'direct' ? ` AND +t.source = '${kind}'` : ''}`;

interface DeletedRow {
  kind: RecordKind;
  id: string;
  date: string;
  deleted_at: string;
  collaborator_id: string | null;
  collaborator_name: string | null;
  project_id: string | null;
  project_title: string | null;
  title: string;
  summary: string;
}

export function deletedPage(db: Database.Database, page: { limit: number; after?: DeletedKeyset | undefined }): DeletedPage {
  const after = page.after ? ' AND (t.deleted_at, t.id) < (@afterDeletedAt, @afterId)' : '';
  const parts = RECORD_KINDS.map((kind) => {
    const columns = DELETED_COLUMNS[kind];
    return `SELECT * FROM (SELECT '${kind}' AS kind, t.id, ${columns.date} AS date, t.deleted_at, ${columns.collaborator} AS collaborator_id,
        ${columns.project} AS project_id, ${columns.title} AS title, ${columns.summary} AS summary
      FROM ${RECORDS[kind].table} t WHERE ${inBin(kind)}${after}
      ORDER BY t.deleted_at DESC, t.id DESC LIMIT @limit)`;
  });
  const rows = statement(
    db,
    `WITH page AS (${parts.join(' UNION ALL ')} ORDER BY deleted_at DESC, id DESC LIMIT @limit)
     SELECT page.*, c.name AS collaborator_name, p.title AS project_title
     FROM page
     LEFT JOIN collaborators c ON c.id = page.collaborator_id
     LEFT JOIN projects p ON p.id = page.project_id
     ORDER BY page.deleted_at DESC, page.id DESC`,
  ).all({
    limit: page.limit + 1,
    ...(page.after ? { afterDeletedAt: page.after.deletedAt, afterId: page.after.id } : {}),
  }) as DeletedRow[];
  const more = rows.length > page.limit;
  const items = more ? rows.slice(0, page.limit) : rows;
  const last = items[items.length - 1];
  return {
    items: items.map(toEntry),
    total: deletedCount(db),
    nextCursor: more && last ? encodeDeletedCursor({ deletedAt: last.deleted_at, id: last.id }) : null,
  };
}

/** How many records are in the bin, every kind together. */
function deletedCount(db: Database.Database): number {
  const counts = RECORD_KINDS.map((kind) => `(SELECT count(*) FROM ${RECORDS[kind].table} t WHERE ${inBin(kind)})`);
  return (statement(db, `SELECT ${counts.join(' + ')} AS n`).get() as { n: number }).n;
}

const toEntry = (row: DeletedRow): DeletedEntry => ({
  kind: row.kind,
  id: row.id,
  date: row.date,
  deletedAt: row.deleted_at,
  collaboratorId: row.collaborator_id,
  collaboratorName: row.collaborator_name,
  projectId: row.project_id,
  projectTitle: row.project_title,
  title: oneLine(row.title),
  summary: oneLine(row.summary),
});
