import type Database from 'better-sqlite3';
import type { Benefit, Direction, Initiator, Weight } from '../../shared/entities/exchange';
import type { FeedbackKind, FeedbackStatus } from '../../shared/entities/feedback';
import type { LessonRole } from '../../shared/entities/lesson';
import type { AskedBy, RequestOutcome } from '../../shared/entities/request';
import {
  TIMELINE_TYPES,
  oneLine,
  type TimelineCounts,
  type TimelineDirection,
  type TimelineEntry,
  type TimelineType,
} from '../../shared/entities/timeline';
import { entryHref, withTotal } from '../../shared/kinds';
import { anchorOf, type AnchorColumns } from './feedbackRepository';
import { countCells, type CountTable, type Facets } from './entryCounts';
import { afterTerm, encodeCursor, keysetOf, newestFirst, Where, type Keyset } from './listQuery';
import { statement } from './statements';

/**
 * One stream of everything that passed between the user and a collaborator, or on a project:
 * feedback, lessons, help and requests, newest first. Each type's branch reads at most one
 * page from its (scope, date, created_at, id) index, and the branches are merged, so a page
 * costs the same at entry 10 as at entry 10,000.
 */
export interface TimelineScope {
  column: 'collaborator_id' | 'project_id';
  id: string;
}

export interface TimelineQuery {
  types: readonly TimelineType[];
  direction?: Direction | undefined;
  limit: number;
  after?: Keyset | undefined;
}

interface Branch {
  from: string;
  alias: string;
  dateColumn: string;
  /** Terms every row of this branch meets besides the scope (live rows, help only). */
  base: string[];
  direction: Record<Direction, string>;
  /** The same named columns in every branch (TimelineRow), so any branch can come first in the union. */
  columns: string;
}

const BRANCHES: Record<TimelineType, Branch> = {
  feedback: {
    from: 'feedback f',
    alias: 'f',
    dateColumn: 'f.date',
    base: ['f.deleted_at IS NULL'],
    direction: { given: "f.direction = 'given'", received: "f.direction = 'received'" },
    columns: `'feedback' AS type, f.id, f.date AS date, f.created_at, f.collaborator_id, f.project_id,
      f.direction AS direction, f.status AS status, f.kind AS label, NULL AS amount,
      substr(f.body, 1, 400) AS text, f.piece AS text2, f.anchor_kind, f.anchor_start_sec, f.anchor_end_sec,
      f.anchor_text, NULL AS extra`,
  },
  lesson: {
    from: 'lessons s',
    alias: 's',
    dateColumn: 's.date',
    // A timeline is what happened: a planned or cancelled lesson is not on it.
    base: ['s.deleted_at IS NULL', "s.status = 'held'"],
    direction: { given: "s.user_role IN ('teacher', 'peers')", received: "s.user_role IN ('learner', 'peers')" },
    columns: `'lesson' AS type, s.id, s.date AS date, s.created_at, s.collaborator_id, s.project_id,
      CASE s.user_role WHEN 'learner' THEN 'received' WHEN 'teacher' THEN 'given' ELSE 'mutual' END AS direction,
      NULL AS status, s.user_role AS label, s.duration_min AS amount, substr(s.topics, 1, 400) AS text,
      '' AS text2, NULL AS anchor_kind, NULL AS anchor_start_sec, NULL AS anchor_end_sec, NULL AS anchor_text,
      s.confidence AS extra`,
  },
  help: {
    from: 'exchanges e',
    alias: 'e',
    dateColumn: 'e.date',
    base: ["e.source = 'help'", 'e.deleted_at IS NULL'],
    direction: { given: "e.direction = 'given'", received: "e.direction = 'received'" },
    columns: `'help' AS type, e.id, e.date AS date, e.created_at, e.collaborator_id, e.project_id,
      e.direction AS direction, NULL AS status, e.benefit AS label, e.weight AS amount,
      substr(e.note, 1, 400) AS text, '' AS text2, NULL AS anchor_kind, NULL AS anchor_start_sec,
      NULL AS anchor_end_sec, NULL AS anchor_text, e.initiated_by AS extra`,
  },
  request: {
    from: 'requests n',
    alias: 'n',
    dateColumn: 'n.date_asked',
    base: ['n.deleted_at IS NULL'],
    // A request the user made is the user's need (to receive); one made of the user asks them to give.
    direction: { given: "n.asked_by = 'them'", received: "n.asked_by = 'me'" },
    columns: `'request' AS type, n.id, n.date_asked AS date, n.created_at, n.collaborator_id, n.project_id,
      CASE n.asked_by WHEN 'me' THEN 'received' ELSE 'given' END AS direction, n.outcome AS status,
      n.asked_by AS label, NULL AS amount, substr(n.what, 1, 400) AS text, substr(n.note, 1, 400) AS text2,
      NULL AS anchor_kind, NULL AS anchor_start_sec, NULL AS anchor_end_sec, NULL AS anchor_text,
      n.date_resolved AS extra`,
  },
};

interface TimelineRow extends AnchorColumns {
  type: TimelineType;
  id: string;
  date: string;
  created_at: string;
  collaborator_id: string;
  collaborator_name: string;
  project_id: string | null;
  project_title: string | null;
  direction: TimelineDirection;
  status: FeedbackStatus | RequestOutcome | null;
  label: string;
  amount: number | null;
  text: string;
  text2: string;
  extra: string | number | null;
}

function branchWhere(branch: Branch, scope: TimelineScope, direction: Direction | undefined): Where {
  const where = new Where().add(`${branch.alias}.${scope.column} = @scopeId`, { scopeId: scope.id });
  for (const term of branch.base) where.add(term);
  if (direction) where.add(branch.direction[direction]);
  return where;
}

export function timelinePage(
  db: Database.Database,
  scope: TimelineScope,
  query: TimelineQuery,
): { items: TimelineEntry[]; nextCursor: string | null } {
  const params: Record<string, unknown> = { limit: query.limit + 1 };
  const parts = TIMELINE_TYPES.filter((type) => query.types.includes(type)).map((type) => {
    const branch = BRANCHES[type];
    const where = branchWhere(branch, scope, query.direction);
    if (query.after) afterTerm(where, query.after, branch.dateColumn, branch.alias);
    Object.assign(params, where.params);
    return `SELECT * FROM (SELECT ${branch.columns} FROM ${branch.from} ${where.sql}
      ${newestFirst(branch.dateColumn, branch.alias)} LIMIT @limit)`;
  });
  if (parts.length === 0) return { items: [], nextCursor: null };
  // CROSS JOIN keeps the page as the outer loop: names are looked up for its rows only.
  const rows = statement(
    db,
    `WITH page AS (${parts.join(' UNION ALL ')} ORDER BY date DESC, created_at DESC, id DESC LIMIT @limit)
     SELECT page.*, c.name AS collaborator_name, p.title AS project_title
     FROM page
     CROSS JOIN collaborators c ON c.id = page.collaborator_id
     LEFT JOIN projects p ON p.id = page.project_id
     ORDER BY page.date DESC, page.created_at DESC, page.id DESC`,
  ).all(params) as TimelineRow[];
  const more = rows.length > query.limit;
  const items = more ? rows.slice(0, query.limit) : rows;
  const last = items[items.length - 1];
  return { items: items.map(toEntry), nextCursor: more && last ? encodeCursor(keysetOf(last)) : null };
}

/**
 * Each type's counter table (migration 0009) and the facets that pick its branch's rows out of it:
 * held lessons only; a lesson between peers goes both ways, a request the user made is the user's
 * need (received).
 */
const COUNTS: Record<TimelineType, { table: CountTable; facets: (direction: Direction | undefined) => Facets }> = {
  feedback: { table: 'feedback_counts', facets: (direction) => ({ direction }) },
  lesson: {
    table: 'lesson_counts',
    facets: (direction) => ({
      status: 'held',
      user_role: direction && (direction === 'given' ? ['teacher', 'peers'] : ['learner', 'peers']),
    }),
  },
  help: { table: 'exchange_counts', facets: (direction) => ({ source: 'help', direction }) },
  request: { table: 'request_counts', facets: (direction) => ({ asked_by: direction && (direction === 'given' ? 'them' : 'me') }) },
};

/** Live entries of each type in the scope, under the direction filter, from the counters. */
export function timelineCounts(db: Database.Database, scope: TimelineScope, direction?: Direction): TimelineCounts {
  const filter = scope.column === 'collaborator_id' ? { collaboratorId: scope.id } : { projectId: scope.id };
  const params: Record<string, unknown> = {};
  const columns = TIMELINE_TYPES.map((type) => {
    const counts = COUNTS[type];
    const cells = countCells(filter, counts.facets(direction));
    if (!cells) throw new Error('A timeline is one person or one project: its counters always answer');
    // Each branch names its parameters apart, so the four subqueries share one statement.
    const sql = cells.sql.replace(/@(\w+)/g, `@${type}_$1`);
    for (const [name, value] of Object.entries(cells.params)) params[`${type}_${name}`] = value;
    return `(SELECT coalesce(sum(entry_count), 0) FROM ${counts.table} ${sql}) AS ${type}`;
  });
  return withTotal(statement(db, `SELECT ${columns.join(', ')}`).get(params) as Record<TimelineType, number>);
}

/** The facts of each kind's row, read back from the branch's shared columns. */
function factsOf(row: TimelineRow) {
  switch (row.type) {
    case 'feedback':
      return {
        type: row.type,
        direction: row.direction as Direction,
        kind: row.label as FeedbackKind,
        status: row.status as FeedbackStatus,
        piece: row.text2,
        anchor: anchorOf(row),
      };
    case 'lesson':
      return {
        type: row.type,
        direction: row.direction,
        userRole: row.label as LessonRole,
        durationMin: row.amount ?? 0,
        confidence: row.extra as number | null,
      };
    case 'help':
      return {
        type: row.type,
        direction: row.direction as Direction,
        benefit: row.label as Benefit,
        weight: row.amount as Weight,
        initiatedBy: row.extra as Initiator,
      };
    case 'request':
      return {
        type: row.type,
        direction: row.direction as Direction,
        askedBy: row.label as AskedBy,
        outcome: row.status as RequestOutcome,
        dateResolved: row.extra as string | null,
        note: row.text2,
      };
  }
}

const toEntry = (row: TimelineRow): TimelineEntry => ({
  ...factsOf(row),
  id: row.id,
  date: row.date,
  createdAt: row.created_at,
  summary: oneLine(row.text),
  collaboratorId: row.collaborator_id,
  collaboratorName: row.collaborator_name,
  projectId: row.project_id,
  projectTitle: row.project_title,
  href: entryHref(row.type, row.id),
});
