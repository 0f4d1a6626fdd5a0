import type Database from 'better-sqlite3';
import {
  BENEFIT_LABELS,
  INITIATOR_LABELS,
  WEIGHT_LABELS,
  type Benefit,
  type Direction,
  type Initiator,
  type Weight,
} from '../../shared/entities/exchange';
import {
  FEEDBACK_KIND_LABELS,
  FEEDBACK_STATUS_LABELS,
  formatAnchor,
  type Anchor,
  type FeedbackKind,
  type FeedbackStatus,
} from '../../shared/entities/feedback';
import type { LessonRole } from '../../shared/entities/lesson';
import { REQUEST_OUTCOME_LABELS, type AskedBy, type RequestOutcome } from '../../shared/entities/request';
import { TIMELINE_TYPES, oneLine, type TimelineCounts, type TimelineDirection, type TimelineEntry, type TimelineType } from '../../shared/entities/timeline';
import { entryHref } from '../../shared/kinds';
import { afterTerm, encodeCursor, keysetOf, newestFirst, Where, type Keyset } from './listQuery';
import { statement } from './statements';
import { formatDay } from '../analysis/window';

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
    base: ['s.deleted_at IS NULL'],
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

interface TimelineRow {
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
  anchor_kind: Anchor['kind'] | null;
  anchor_start_sec: number | null;
  anchor_end_sec: number | null;
  anchor_text: string | null;
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

/** Live entries of each type in the scope, under the direction filter. */
export function timelineCounts(db: Database.Database, scope: TimelineScope, direction?: Direction): TimelineCounts {
  const params: Record<string, unknown> = {};
  const columns = TIMELINE_TYPES.map((type) => {
    const branch = BRANCHES[type];
    const where = branchWhere(branch, scope, direction);
    Object.assign(params, where.params);
    return `(SELECT count(*) FROM ${branch.from} ${where.sql}) AS ${type}`;
  });
  const counts = statement(db, `SELECT ${columns.join(', ')}`).get(params) as Omit<TimelineCounts, 'total'>;
  return { ...counts, total: counts.feedback + counts.lesson + counts.help + counts.request };
}

const LESSON_TITLES: Record<LessonRole, string> = {
  learner: 'Lesson taken',
  teacher: 'Lesson given',
  peers: 'Skill swap',
};

const given = (direction: TimelineDirection) => (direction === 'given' ? 'given' : 'received');

function describe(row: TimelineRow): Pick<TimelineEntry, 'title' | 'detail' | 'statusLabel'> {
  switch (row.type) {
    case 'feedback': {
      const anchor: Anchor =
        row.anchor_kind === 'time' && row.anchor_start_sec !== null
          ? { kind: 'time', startSec: row.anchor_start_sec, endSec: row.anchor_end_sec }
          : row.anchor_kind === 'text'
            ? { kind: 'text', text: row.anchor_text ?? '' }
            : { kind: 'none' };
      return {
        title: `${FEEDBACK_KIND_LABELS[row.label as FeedbackKind]} ${given(row.direction)}`,
        detail: [row.text2, formatAnchor(anchor)].filter(Boolean).join(' · '),
        statusLabel: FEEDBACK_STATUS_LABELS[row.status as FeedbackStatus],
      };
    }
    case 'lesson':
      return {
        title: `${LESSON_TITLES[row.label as LessonRole]} · ${row.amount ?? 0} min`,
        detail: row.extra === null ? '' : `Confident to do it alone: ${row.extra} of 5`,
        statusLabel: null,
      };
    case 'help':
      return {
        title: `${BENEFIT_LABELS[row.label as Benefit]} ${given(row.direction)}`,
        detail: `${WEIGHT_LABELS[row.amount as Weight]} · ${INITIATOR_LABELS[row.extra as Initiator]}`,
        statusLabel: null,
      };
    case 'request':
      return {
        title: (row.label as AskedBy) === 'me' ? 'You asked' : 'They asked you',
        detail: [row.extra === null ? '' : `Resolved ${formatDay(String(row.extra))}`, oneLine(row.text2, 80)]
          .filter(Boolean)
          .join(' · '),
        statusLabel: REQUEST_OUTCOME_LABELS[row.status as RequestOutcome],
      };
  }
}

const toEntry = (row: TimelineRow): TimelineEntry => ({
  type: row.type,
  id: row.id,
  date: row.date,
  createdAt: row.created_at,
  ...describe(row),
  summary: oneLine(row.text),
  direction: row.direction,
  status: row.status,
  collaboratorId: row.collaborator_id,
  collaboratorName: row.collaborator_name,
  projectId: row.project_id,
  projectTitle: row.project_title,
  href: entryHref(row.type, row.id),
});
