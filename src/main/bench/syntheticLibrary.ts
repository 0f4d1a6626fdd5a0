import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { COLLABORATOR_ROLES, type CollaboratorRole } from '../../shared/entities/collaborator';
import { BENEFITS } from '../../shared/entities/exchange';
import { FEEDBACK_KINDS, type FeedbackStatus } from '../../shared/entities/feedback';
import type { LessonRole } from '../../shared/entities/lesson';
import type { NeedOutcome } from '../../shared/entities/need';
import { feedbackShare, lessonShares, type LedgerShare } from '../../shared/ledgerRules';
import { dayNumber, isoDay } from '../analysis/window';
import { insertCollaborator } from '../db/collaboratorRepository';
import { FILL_EXCHANGE_MONTHS } from '../db/migrations/0003-rollup';
import { closeDatabase, openDatabase } from '../db/open';
import { insertMember, insertProject } from '../db/projectRepository';
import { seededRandom, type Random } from '../sample/random';

export interface SyntheticOptions {
  /** Rows in the exchanges table (derived and help together). */
  exchanges: number;
  /** The last day of the log. */
  today: string;
  people?: number;
  years?: number;
  seed?: number;
}

export interface SyntheticLibrary {
  exchanges: number;
  feedback: number;
  sessions: number;
  needs: number;
  people: number;
  activeProjects: number;
}

/** The log's tables: their indexes and triggers are set aside during the bulk load. */
const LOG_TABLES = ['feedback', 'sessions', 'practice_items', 'needs', 'exchanges'];

const FEEDBACK_STATUSES: readonly FeedbackStatus[] = ['open', 'applied', 'applied', 'partly-applied', 'declined', 'discussed'];
const NEED_OUTCOMES: readonly NeedOutcome[] = ['met', 'met', 'partly-met', 'declined', 'ignored', 'pending'];
const LESSON_ROLES: readonly LessonRole[] = ['learner', 'learner', 'teacher', 'peers'];

/** Who a row is with: a few people carry most of the log, as in a real one (weights ∝ 1/rank^0.8). */
function peoplePicker(random: Random, ids: readonly string[]): () => string {
  const weights = ids.map((_, rank) => 1 / (rank + 1) ** 0.8);
  const cumulative: number[] = [];
  let sum = 0;
  for (const weight of weights) cumulative.push((sum += weight));
  return () => {
    const target = random.next() * sum;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] as number) < target) low = middle + 1;
      else high = middle;
    }
    return ids[low] as string;
  };
}

/**
 * A library for `npm run bench`: people, projects and a log of `exchanges` ledger rows spread
 * evenly over `years` ending `today`, with the feedback, lessons (with practice) and help behind
 * them and a request for every twentieth row. Rows go straight into the tables in one transaction
 * (the handlers would take minutes for a million); the derived rows follow the ledger's own rules
 * (shared/ledgerRules.ts). The schema, indexes, rollup and triggers end up exactly as migrated.
 */
export function buildSyntheticLibrary(dataDir: string, options: SyntheticOptions): SyntheticLibrary {
  const random = seededRandom(options.seed ?? 1);
  const db = openDatabase(dataDir);
  try {
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    // A page cache as large as the indexes being built; without it, random-id inserts thrash the disk.
    db.pragma('cache_size = -1048576');
    const counts = db.transaction(() => {
      // Bulk load: rows first, then each index built in one sorted pass and the rollup in one
      // GROUP BY, instead of a b-tree insert and a trigger per row.
      const deferred = db
        .prepare(
          `SELECT type, name, sql FROM sqlite_schema
           WHERE type IN ('index', 'trigger') AND sql IS NOT NULL AND tbl_name IN (${LOG_TABLES.map(() => '?').join(', ')})`,
        )
        .all(...LOG_TABLES) as { type: 'index' | 'trigger'; name: string; sql: string }[];
      for (const entry of deferred) db.exec(`DROP ${entry.type.toUpperCase()} ${entry.name}`);
      const built = fill(db, random, options);
      db.exec(FILL_EXCHANGE_MONTHS);
      for (const entry of deferred) db.exec(entry.sql);
      return built;
    })();
    db.pragma('journal_mode = WAL');
    return counts;
  } finally {
    closeDatabase(db);
  }
}

function fill(db: Database.Database, random: Random, options: SyntheticOptions): SyntheticLibrary {
  const peopleCount = options.people ?? 60;
  const lastDay = dayNumber(options.today);
  const days = Math.round((options.years ?? 3) * 365.25);
  const firstDay = lastDay - days + 1;
  const createdAt = `${isoDay(firstDay)}T09:00:00.000Z`;

  const people: string[] = [];
  const mentors: string[] = [];
  for (let index = 0; index < peopleCount; index++) {
    const roles = new Set<CollaboratorRole>([random.pick(COLLABORATOR_ROLES)]);
    if (random.chance(0.3)) roles.add(random.pick(COLLABORATOR_ROLES));
    const id = insertCollaborator(
      db,
      { name: `Person ${String(index + 1).padStart(2, '0')}`, kind: index % 15 === 14 ? 'group' : 'person', roles: [...roles], notes: '' },
      createdAt,
    );
    people.push(id);
    if (roles.has('mentor')) mentors.push(id);
  }
  const projects: string[] = [];
  let activeProjects = 0;
  for (let index = 0; index < 12; index++) {
    const status = index < 5 ? 'active' : random.pick(['idea', 'paused', 'finished'] as const);
    if (status === 'active') activeProjects++;
    const id = insertProject(
      db,
      { title: `Project ${index + 1}`, medium: 'music', status, startDate: isoDay(firstDay + random.int(0, 400)), endDate: null, description: '' },
      createdAt,
    );
    projects.push(id);
    for (const member of new Set(Array.from({ length: random.int(2, 8) }, () => random.pick(people)))) {
      insertMember(db, id, member, '', createdAt);
    }
  }

  const insertExchange = db.prepare(
    `INSERT INTO exchanges (id, source, source_id, collaborator_id, project_id, direction, benefit, weight, initiated_by,
       date, note, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?)`,
  );
  const insertFeedback = db.prepare(
    `INSERT INTO feedback (id, direction, collaborator_id, project_id, kind, body, date, status, status_date, decline_reason,
       created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 'Synthetic feedback', ?, ?, ?, ?, ?, ?)`,
  );
  const insertSession = db.prepare(
    `INSERT INTO sessions (id, collaborator_id, project_id, user_role, date, duration_min, topics, confidence, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, 'Synthetic lesson', ?, ?, ?)`,
  );
  const insertPractice = db.prepare(
    `INSERT INTO practice_items (id, session_id, text, due_date, done_date, position, created_at, updated_at)
     VALUES (?, ?, 'Practice', NULL, ?, ?, ?, ?)`,
  );
  const insertNeed = db.prepare(
    `INSERT INTO needs (id, asked_by, collaborator_id, project_id, what, date_asked, outcome, date_resolved, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'Synthetic request', ?, ?, ?, ?, ?)`,
  );

  const pickPerson = peoplePicker(random, people);
  const counts = { exchanges: 0, feedback: 0, sessions: 0, needs: 0 };
  const writeShares = (source: 'feedback' | 'session', sourceId: string, person: string, project: string | null, date: string, at: string, shares: readonly LedgerShare[]) => {
    for (const share of shares) {
      insertExchange.run(randomUUID(), source, sourceId, person, project, share.direction, share.benefit, share.weight, share.initiatedBy, date, at, at);
    }
    counts.exchanges += shares.length;
  };
  let row = 0;
  while (counts.exchanges < options.exchanges) {
    // Rows arrive in date order, as a log written day by day does.
    const date = isoDay(firstDay + Math.floor((counts.exchanges * days) / options.exchanges));
    const at = `${date}T12:00:${String(row++ % 60).padStart(2, '0')}.000Z`;
    const person = pickPerson();
    const project = random.chance(0.5) ? random.pick(projects) : null;
    const kind = random.next();
    if (kind < 0.3) {
      const id = randomUUID();
      const direction = random.chance(0.5) ? 'given' : 'received';
      const feedbackKind = random.pick(FEEDBACK_KINDS);
      const status = random.pick(FEEDBACK_STATUSES);
      insertFeedback.run(id, direction, person, project, feedbackKind, date, status, status === 'open' ? null : date, status === 'declined' ? 'Not for this piece' : '', at, at);
      counts.feedback++;
      writeShares('feedback', id, person, project, date, at, [feedbackShare({ direction, kind: feedbackKind, benefitOverride: null, weightOverride: null })]);
    } else if (kind < 0.42 && counts.exchanges + 2 <= options.exchanges) {
      const id = randomUUID();
      const userRole = random.pick(LESSON_ROLES);
      const lessonWith = userRole === 'learner' && mentors.length > 0 && random.chance(0.7) ? random.pick(mentors) : person;
      const durationMin = random.pick([30, 60, 90, 120]);
      insertSession.run(id, lessonWith, project, userRole, date, durationMin, random.chance(0.8) ? random.int(1, 5) : null, at, at);
      counts.sessions++;
      if (userRole === 'learner') {
        for (let position = 0; position < random.int(0, 3); position++) {
          insertPractice.run(randomUUID(), id, random.chance(0.5) ? date : null, position, at, at);
        }
      }
      writeShares('session', id, lessonWith, project, date, at, lessonShares({ userRole, durationMin, benefitOverride: null, weightOverride: null }));
    } else {
      const id = randomUUID();
      const direction = random.chance(0.5) ? 'given' : 'received';
      insertExchange.run(id, 'help', id, person, project, direction, random.pick(BENEFITS), random.int(1, 3), direction === 'given' ? 'me' : 'them', date, at, at);
      counts.exchanges++;
    }
    if (row % 20 === 0) {
      const outcome = random.pick(NEED_OUTCOMES);
      insertNeed.run(randomUUID(), random.chance(0.5) ? 'me' : 'them', person, project, date, outcome, outcome === 'pending' ? null : date, at, at);
      counts.needs++;
    }
  }
  return { ...counts, people: peopleCount, activeProjects };
}
