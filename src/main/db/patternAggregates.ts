import type Database from 'better-sqlite3';
import type {
  ActiveProjectInput,
  AnalysisInput,
  CollaboratorAggregate,
  ExchangeEntry,
  FeedbackStatus,
  FeedbackTally,
  LearnerLessonRef,
  LearnerLessons,
  RequestOutcomeCounts,
  RequestRef,
  NeedsTally,
} from '../analysis/input';
import type { CollaboratorRole } from '../../shared/entities/collaborator';
import type { RequestOutcome } from '../../shared/entities/request';
import { ledgerCellsByPerson, splitWindow } from './exchangeMonths';
import { inputDays, learnerSumsByPerson, type LearnerSums, receivedFeedbackCountsByPerson, requestCountsByPerson } from './patternRollups';
import { isMentorship } from '../analysis/mentorship';
import { statement } from './statements';

/** Evidence listed per person and kind (exchanges, requests, received feedback); the counts stay complete. */
export const DEFAULT_REF_LIMIT = 25;

export interface AggregateOptions {
  /** How many of the newest entries of each kind to list per person as evidence. */
  refLimit?: number;
  /**
   * Only these people, archived or not, and no projects: what one relationship needs (a person's
   * page). Without it: everyone not archived, plus archived people with exchanges in the window.
   */
  collaboratorIds?: readonly string[];
  /**
   * 'counted' (patterns.report, which sends each finding's count, not its entries): the requests,
   * and the received feedback of anyone but a mentor or mentee, are not listed. Every count stays
   * the same: a total takes off the entries it holds twice, and those are never held twice. What
   * can be is still listed: the ledger's entries (a peers' lesson is two rows), the newest lessons
   * (also the confidence line) and a mentorship's received feedback (in its learner path and, as
   * ledger rows, in its balance). Default 'listed'.
   */
  evidence?: 'listed' | 'counted';
}

interface Window {
  from: string;
  to: string;
}

interface PersonRow {
  id: string;
  name: string;
  kind: 'person' | 'group';
  created_at: string;
}

/**
 * The pattern engine's input (analysis/input.ts) read from the library: everything summed or
 * counted inside the window only, per person, with the newest entries behind each count as
 * evidence. Tallies come from monthly rollups for the window's whole months (migrations 0003 and
 * 0010) and from the rows for its partial first and last months; the entries listed are the newest
 * few, each an index range scan: the cost follows the number of people, not the size of the log.
 */
export function loadAnalysisInput(db: Database.Database, window: Window, options: AggregateOptions = {}): AnalysisInput {
  // One read transaction: every query sees the same snapshot, even with the app writing meanwhile (the CLI).
  return db.transaction(() => readInput(db, window, options))();
}

function readInput(db: Database.Database, window: Window, options: AggregateOptions): AnalysisInput {
  const refLimit = options.refLimit ?? DEFAULT_REF_LIMIT;
  const oneOfAKindLimit = options.evidence === 'counted' ? 0 : refLimit;
  const split = splitWindow(window);
  const people = options.collaboratorIds ? peopleById(db, options.collaboratorIds) : peopleInWindow(db, window);
  const roles = rolesByPerson(db);
  const sharedProjects = activeProjectsByMember(db, window);
  // The tallies for everyone at once, one grouped read per kind: the number of queries does not grow with the people.
  const ids = people.map((person) => person.id);
  const months = ledgerCellsByPerson(db, ids, split);
  const requests = requestCountsByPerson(db, ids, split);
  const learner = learnerSumsByPerson(db, ids, split);
  const feedback = receivedFeedbackCountsByPerson(db, ids, split);
  const collaborators = people.map(
    (person): CollaboratorAggregate => ({
      id: person.id,
      name: person.name,
      roles: roles.get(person.id) ?? [],
      isGroup: person.kind === 'group',
      knownSince: knownSince(db, person),
      activeSharedProjectIds: sharedProjects.get(person.id) ?? [],
      months: months.get(person.id) ?? [],
      exchanges: exchangeEntries(db, person.id, window, refLimit),
      needs: needsTally(db, person.id, window, requests.get(person.id) ?? [], oneOfAKindLimit),
      learnerLessons: learnerLessons(db, person.id, roles.get(person.id) ?? [], window, learner.get(person.id), refLimit),
      receivedFeedback: receivedFeedback(
        db,
        person.id,
        window,
        feedback.get(person.id) ?? [],
        isMentorship({ roles: roles.get(person.id) ?? [] }) ? refLimit : oneOfAKindLimit,
      ),
    }),
  );
  return {
    window: { from: window.from, to: window.to },
    collaborators,
    activeProjects: options.collaboratorIds ? [] : activeProjects(db, window),
  };
}

/** When the user and this person go back to: the day they were added, or an earlier back-filled entry. */
function knownSince(db: Database.Database, person: PersonRow): string {
  const { earliest } = statement(
    db,
    `SELECT min(day) AS earliest FROM (
       SELECT min(date) AS day FROM exchanges WHERE collaborator_id = @id AND deleted_at IS NULL
       UNION ALL SELECT min(date_asked) FROM requests WHERE collaborator_id = @id AND deleted_at IS NULL)`,
  ).get({ id: person.id }) as { earliest: string | null };
  const added = person.created_at.slice(0, 10);
  return earliest !== null && earliest < added ? earliest : added;
}

function peopleInWindow(db: Database.Database, window: Window): PersonRow[] {
  return statement(
    db,
    `SELECT id, name, kind, created_at FROM collaborators c
     WHERE archived_at IS NULL OR EXISTS (
       SELECT 1 FROM exchanges e
       WHERE e.collaborator_id = c.id AND e.deleted_at IS NULL AND e.date BETWEEN ? AND ?)
     ORDER BY name COLLATE NOCASE, id`,
  ).all(window.from, window.to) as PersonRow[];
}

function peopleById(db: Database.Database, ids: readonly string[]): PersonRow[] {
  return statement(
    db,
    `SELECT id, name, kind, created_at FROM collaborators WHERE id IN (SELECT value FROM json_each(?))
     ORDER BY name COLLATE NOCASE, id`,
  ).all(JSON.stringify(ids)) as PersonRow[];
}

function rolesByPerson(db: Database.Database): Map<string, CollaboratorRole[]> {
  const rows = statement(db, 'SELECT collaborator_id, role FROM collaborator_roles ORDER BY collaborator_id, role').all() as {
    collaborator_id: string;
    role: CollaboratorRole;
  }[];
  return groupBy(rows, (row) => row.collaborator_id, (row) => row.role);
}

/**
 * A project active in the window (DOMAIN.md's "active work"): the schema keeps a status, not its
 * history, so it is the status now (active, not archived) and the project's dates, which must reach
 * into the window — started by its last day and not ended before its first. Without a start date a
 * project counts from the day it was created: it cannot have been active before it existed.
 */
const ACTIVE_IN_WINDOW = `p.status = 'active' AND p.archived_at IS NULL
  AND coalesce(p.start_date, substr(p.created_at, 1, 10)) <= @to AND (p.end_date IS NULL OR p.end_date >= @from)`;

/** Per collaborator, the projects both the user (on every project) and they are on, active in the window. */
function activeProjectsByMember(db: Database.Database, window: Window): Map<string, string[]> {
  const rows = statement(
    db,
    `SELECT m.collaborator_id, p.id AS project_id FROM project_members m JOIN projects p ON p.id = m.project_id
     WHERE ${ACTIVE_IN_WINDOW} ORDER BY m.collaborator_id, p.title COLLATE NOCASE, p.id`,
  ).all({ from: window.from, to: window.to }) as { collaborator_id: string; project_id: string }[];
  return groupBy(rows, (row) => row.collaborator_id, (row) => row.project_id);
}

function exchangeEntries(db: Database.Database, collaboratorId: string, window: Window, limit: number): ExchangeEntry[] {
  return statement(
    db,
    `SELECT source AS type, source_id AS id, date, direction, benefit, weight FROM exchanges
     WHERE collaborator_id = ? AND deleted_at IS NULL AND date BETWEEN ? AND ?
     ORDER BY date DESC, source DESC, source_id DESC, direction DESC LIMIT ?`,
  ).all(collaboratorId, window.from, window.to, limit) as ExchangeEntry[];
}

const OUTCOME_KEYS: Record<RequestOutcome, keyof RequestOutcomeCounts> = {
  met: 'met',
  'partly-met': 'partlyMet',
  declined: 'declined',
  ignored: 'ignored',
  pending: 'pending',
};

const noOutcomes = (): RequestOutcomeCounts => ({ met: 0, partlyMet: 0, declined: 0, ignored: 0, pending: 0 });

/** Requests asked in the window (by date asked), counted per side and outcome (patternRollups.ts). */
function needsTally(
  db: Database.Database,
  collaboratorId: string,
  window: Window,
  rows: readonly { asked_by: 'me' | 'them'; outcome: RequestOutcome; n: number }[],
  limit: number,
): NeedsTally {
  const yours = noOutcomes();
  const theirs = noOutcomes();
  for (const row of rows) (row.asked_by === 'me' ? yours : theirs)[OUTCOME_KEYS[row.outcome]] += row.n;
  if (limit === 0) return { yours, theirs, refs: [] };
  const refs = statement(
    db,
    `SELECT id, date_asked AS date, asked_by AS askedBy FROM requests
     WHERE collaborator_id = ? AND deleted_at IS NULL AND date_asked BETWEEN ? AND ?
     ORDER BY date_asked DESC, created_at DESC, id DESC LIMIT ?`,
  ).all(collaboratorId, window.from, window.to, limit) as RequestRef[];
  return { yours, theirs, refs };
}

type LearnerSumsTotal = Omit<LearnerSums, 'month'>;
const NO_LESSONS: LearnerSumsTotal = { lessons: 0, rated: 0, confidenceSum: 0, confidencePositionSum: 0, practiceTotal: 0, practiceDone: 0 };

/**
 * The held lessons in the window with the user as learner, summed (patternRollups.ts: count, the
 * rated ones' confidence sums by position oldest first, practice), with the newest `limit` listed.
 * Only a mentorship's learner path reads the newest (learnerPath.ts), so for anyone neither mentor
 * nor mentee, and for no lessons at all, the list is left empty and not read.
 */
function learnerLessons(
  db: Database.Database,
  collaboratorId: string,
  roles: CollaboratorRole[],
  window: Window,
  summed: LearnerSumsTotal | undefined,
  limit: number,
): LearnerLessons {
  const { lessons: count, ...sums } = summed ?? NO_LESSONS;
  if (count === 0 || !isMentorship({ roles })) return { count, ...sums, newest: [] };
  const newest = statement(
    db,
    `SELECT s.id, s.date, s.confidence FROM lessons s
     WHERE s.collaborator_id = @id AND s.user_role = 'learner' AND s.status = 'held' AND s.deleted_at IS NULL
       AND s.date BETWEEN @from AND @to
     ORDER BY s.date DESC, s.id DESC LIMIT @limit`,
  ).all({ id: collaboratorId, from: window.from, to: window.to, limit }) as LearnerLessonRef[];
  return { count, ...sums, newest: newest.reverse() };
}

const STATUS_KEYS: Record<FeedbackStatus, keyof FeedbackTally['counts']> = {
  applied: 'applied',
  'partly-applied': 'partlyApplied',
  declined: 'declined',
  discussed: 'discussed',
  open: 'open',
};

/** Feedback received from this person dated in the window, counted per status (patternRollups.ts). */
function receivedFeedback(
  db: Database.Database,
  collaboratorId: string,
  window: Window,
  rows: readonly { status: FeedbackStatus; n: number }[],
  limit: number,
): FeedbackTally {
  const counts = { applied: 0, partlyApplied: 0, declined: 0, discussed: 0, open: 0 };
  for (const row of rows) counts[STATUS_KEYS[row.status]] += row.n;
  if (limit === 0) return { counts, refs: [] };
  const refs = statement(
    db,
    `SELECT id, date, status FROM feedback
     WHERE collaborator_id = ? AND direction = 'received' AND deleted_at IS NULL AND date BETWEEN ? AND ?
     ORDER BY date DESC, created_at DESC, id DESC LIMIT ?`,
  ).all(collaboratorId, window.from, window.to, limit) as FeedbackTally['refs'];
  return { counts, refs };
}

/**
 * Projects active in the window with the days they received input in it: the ledger's received rows
 * on the project — feedback received, help received and lessons as learner (a peers' swap is not a
 * lesson as learner), one row a day from project_input_days (migration 0010). A project without a start date counts from the day it was created, so a new
 * project is not charged with the silence before it existed.
 */
function activeProjects(db: Database.Database, window: Window): ActiveProjectInput[] {
  const projects = statement(
    db,
    `SELECT p.id, p.title, coalesce(p.start_date, substr(p.created_at, 1, 10)) AS startDate, p.end_date AS endDate
     FROM projects p WHERE ${ACTIVE_IN_WINDOW} ORDER BY p.title COLLATE NOCASE, p.id`,
  ).all({ from: window.from, to: window.to }) as Omit<ActiveProjectInput, 'inputDays'>[];
  return projects.map((project) => ({ ...project, inputDays: inputDays(db, project.id, window) }));
}

function groupBy<Row, Value>(
  rows: readonly Row[],
  keyOf: (row: Row) => string,
  valueOf: (row: Row) => Value,
): Map<string, Value[]> {
  const groups = new Map<string, Value[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = groups.get(key);
    if (list) list.push(valueOf(row));
    else groups.set(key, [valueOf(row)]);
  }
  return groups;
}
