import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { COLLABORATOR_ROLES, type CollaboratorRole } from '../../../shared/entities/collaborator';
import { BENEFITS } from '../../../shared/entities/exchange';
import { FEEDBACK_KINDS, type FeedbackStatus } from '../../../shared/entities/feedback';
import type { LessonRole } from '../../../shared/entities/lesson';
import type { RequestOutcome } from '../../../shared/entities/request';
import type { ProjectStatus } from '../../../shared/entities/project';
import { feedbackShare, lessonShares, type LedgerShare } from '../../../shared/ledgerRules';
import { dayNumber, isoDay } from '../../analysis/window';
import { insertCollaborator } from '../../db/collaboratorRepository';
import { FILL_EXCHANGE_MONTHS } from '../../db/migrations/0003-rollup';
import { FILL_EXCHANGE_DAYS } from '../../db/migrations/0011-exchange-days';
import { CLEAR_SEARCH_INDEX, FILL_SEARCH_INDEX } from '../../db/migrations/0005-search';
import { FILL_ENTRY_COUNTS } from '../../db/migrations/0009-entry-counts';
import { FILL_PATTERN_ROLLUPS } from '../../db/migrations/0010-pattern-rollups';
import { closeDatabase, openDatabase } from '../../db/open';
import { insertMember, insertProject } from '../../db/projectRepository';
import { seededRandom, type Random } from '../../sample/random';

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
  lessons: number;
  needs: number;
  people: number;
  activeProjects: number;
}

/** The generator's version, part of the bench's cache key (libraryCache.ts): raise it when what it writes changes. */
export const SYNTHETIC_VERSION = 2;

/** The log's tables: their indexes and triggers are set aside during the bulk load. */
const LOG_TABLES = ['feedback', 'lessons', 'practice_items', 'requests', 'exchanges'];

const FEEDBACK_STATUSES: readonly FeedbackStatus[] = ['open', 'applied', 'applied', 'partly-applied', 'declined', 'discussed'];
const REQUEST_OUTCOMES: readonly RequestOutcome[] = ['met', 'met', 'partly-met', 'declined', 'ignored', 'pending'];
const LESSON_ROLES: readonly LessonRole[] = ['learner', 'learner', 'teacher', 'peers'];

/** Words of the synthetic text: made-up, from a fixed list, Zipf-distributed (rank r drawn ∝ 1/r). */
export const SYNTHETIC_VOCABULARY_SIZE = 4096;
const SYLLABLES = ['ka', 'lo', 'mi', 'ru', 'te', 'sa', 'no', 'vi'];
export const syntheticWord = (rank: number): string =>
  [0, 1, 2, 3].map((digit) => SYLLABLES[Math.floor(rank / 8 ** digit) % 8]).join('');
/** In every entry's text: the word a common search looks for. */
export const COMMON_SYNTHETIC_WORD = 'synthetic';
/** The rarest word of the list: a handful of entries in 100k, a few dozen in a million. */
export const RARE_SYNTHETIC_WORD = syntheticWord(SYNTHETIC_VOCABULARY_SIZE - 1);

function wordPicker(random: Random): () => string {
  return () => syntheticWord(Math.min(SYNTHETIC_VOCABULARY_SIZE, Math.floor((SYNTHETIC_VOCABULARY_SIZE + 1) ** random.next())) - 1);
}

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
      db.exec(FILL_EXCHANGE_DAYS);
      db.exec(FILL_ENTRY_COUNTS);
      for (const entry of deferred) db.exec(entry.sql);
      db.exec(FILL_PATTERN_ROLLUPS);
      // The search index, like the rollup, is filled in one pass (its triggers were set aside too),
      // once the indexes are back: a lesson's document reads its practice items by lesson.
      db.exec(CLEAR_SEARCH_INDEX);
      db.exec(FILL_SEARCH_INDEX);
      return built;
    })();
    db.pragma('journal_mode = WAL');
    return counts;
  } finally {
    closeDatabase(db);
  }
}

function fill(db: Database.Database, random: Random, options: SyntheticOptions): SyntheticLibrary {
  const lastDay = dayNumber(options.today);
  const days = Math.round((options.years ?? 3) * 365.25);
  const firstDay = lastDay - days + 1;
  const cast = addPeopleAndProjects(db, random, options.people ?? 60, firstDay);
  const counts = addLog(db, random, cast, { exchanges: options.exchanges, firstDay, days });
  return { ...counts, people: cast.people.length, activeProjects: cast.activeProjects };
}

interface Cast {
  people: string[];
  mentors: string[];
  projects: string[];
  activeProjects: number;
}

function addPeopleAndProjects(db: Database.Database, random: Random, count: number, firstDay: number): Cast {
  const at = `${isoDay(firstDay)}T09:00:00.000Z`;
  const cast: Cast = { people: [], mentors: [], projects: [], activeProjects: 0 };
  for (let index = 0; index < count; index++) {
    const roles = new Set<CollaboratorRole>([random.pick(COLLABORATOR_ROLES)]);
    if (random.chance(0.3)) roles.add(random.pick(COLLABORATOR_ROLES));
    const name = `Person ${String(index + 1).padStart(2, '0')}`;
    const kind = index % 15 === 14 ? 'group' : 'person';
    const id = insertCollaborator(db, { name, kind, roles: [...roles], notes: '' }, at);
    cast.people.push(id);
    if (roles.has('mentor')) cast.mentors.push(id);
  }
  for (let index = 0; index < 12; index++) {
    const status: ProjectStatus = index < 5 ? 'active' : random.pick(['idea', 'paused', 'finished'] as const);
    if (status === 'active') cast.activeProjects++;
    const startDate = isoDay(firstDay + random.int(0, 400));
    const project = { title: `Project ${index + 1}`, medium: 'music' as const, status, startDate, endDate: null, description: '' };
    const id = insertProject(db, project, at);
    cast.projects.push(id);
    for (const member of new Set(Array.from({ length: random.int(2, 8) }, () => random.pick(cast.people)))) {
      insertMember(db, id, member, '', at);
    }
  }
  return cast;
}

/**
 * One entry in a thousand is in the bin (its ledger rows with it, as a delete leaves them), deleted
 * the evening of its day: "Recently deleted" has pages to read. By position, not by a draw, so the
 * rest of the library is what the same seed always gave.
 */
const inBin = (position: number, date: string): string | null => (position % 1000 === 999 ? `${date}T18:00:00.000Z` : null);

function addLog(
  db: Database.Database,
  random: Random,
  cast: Cast,
  span: { exchanges: number; firstDay: number; days: number },
): Omit<SyntheticLibrary, 'people' | 'activeProjects'> {
  const insertExchange = db.prepare(
    `INSERT INTO exchanges (id, source, source_id, collaborator_id, project_id, direction, benefit, weight, initiated_by,
       date, note, created_at, updated_at, deleted_at)
     VALUES (@id, @source, @sourceId, @person, @project, @direction, @benefit, @weight, @initiatedBy, @date, @note, @at, @at, @deletedAt)`,
  );
  const insertFeedback = db.prepare(
    `INSERT INTO feedback (id, direction, collaborator_id, project_id, kind, body, date, status, status_date, decline_reason,
       created_at, updated_at, deleted_at)
     VALUES (@id, @direction, @person, @project, @kind, @body, @date, @status, @statusDate, @reason, @at, @at, @deletedAt)`,
  );
  const insertLesson = db.prepare(
    `INSERT INTO lessons (id, collaborator_id, project_id, user_role, date, duration_min, topics, confidence,
       created_at, updated_at, deleted_at)
     VALUES (@id, @person, @project, @userRole, @date, @durationMin, @topics, @confidence, @at, @at, @deletedAt)`,
  );
  const insertPractice = db.prepare(
    `INSERT INTO practice_items (id, lesson_id, text, due_date, done_date, position, created_at, updated_at)
     VALUES (@id, @lessonId, 'Practice', NULL, @doneDate, @position, @at, @at)`,
  );
  const insertRequest = db.prepare(
    `INSERT INTO requests (id, asked_by, collaborator_id, project_id, what, date_asked, outcome, date_resolved,
       created_at, updated_at, deleted_at)
     VALUES (@id, @askedBy, @person, @project, @what, @date, @outcome, @resolved, @at, @at, @deletedAt)`,
  );

  const pickPerson = peoplePicker(random, cast.people);
  // Words from their own generator, so the rest of the library is what the same seed always gave.
  const words = wordPicker(seededRandom(span.exchanges + 7919));
  const counts = { exchanges: 0, feedback: 0, lessons: 0, needs: 0 };
  let row = 0;
  while (counts.exchanges < span.exchanges) {
    // Rows arrive in date order, as a log written day by day does.
    const date = isoDay(span.firstDay + Math.floor((counts.exchanges * span.days) / span.exchanges));
    const entry = {
      person: pickPerson(),
      project: random.chance(0.5) ? random.pick(cast.projects) : null,
      date,
      at: `${date}T12:00:${String(row % 60).padStart(2, '0')}.000Z`,
      deletedAt: inBin(row++, date),
    };
    const derive = (source: 'feedback' | 'lesson', sourceId: string, shares: readonly LedgerShare[]) => {
      for (const share of shares) insertExchange.run({ ...entry, ...share, id: randomUUID(), source, sourceId, note: '' });
      counts.exchanges += shares.length;
    };
    const kind = random.next();
    if (kind < 0.3) {
      const feedback = {
        id: randomUUID(),
        direction: random.chance(0.5) ? ('given' as const) : ('received' as const),
        kind: random.pick(FEEDBACK_KINDS),
        status: random.pick(FEEDBACK_STATUSES),
      };
      const settled = feedback.status === 'open' ? null : date;
      const reason = feedback.status === 'declined' ? 'Not for this piece' : '';
      insertFeedback.run({ ...entry, ...feedback, statusDate: settled, reason, body: `Synthetic feedback ${words()} ${words()}` });
      counts.feedback++;
      derive('feedback', feedback.id, [feedbackShare({ ...feedback, benefitOverride: null, weightOverride: null })]);
    } else if (kind < 0.42 && counts.exchanges + 2 <= span.exchanges) {
      const userRole = random.pick(LESSON_ROLES);
      // Most lessons as learner are with a mentor, as they are in a real log.
      if (userRole === 'learner' && cast.mentors.length > 0 && random.chance(0.7)) entry.person = random.pick(cast.mentors);
      const lesson = { id: randomUUID(), userRole, durationMin: random.pick([30, 60, 90, 120]) };
      insertLesson.run({ ...entry, ...lesson, confidence: random.chance(0.8) ? random.int(1, 5) : null, topics: `Synthetic lesson ${words()}` });
      counts.lessons++;
      const practice = userRole === 'learner' ? random.int(0, 3) : 0;
      for (let position = 0; position < practice; position++) {
        const doneDate = random.chance(0.5) ? date : null;
        insertPractice.run({ id: randomUUID(), lessonId: lesson.id, doneDate, position, at: entry.at });
      }
      derive('lesson', lesson.id, lessonShares({ ...lesson, benefitOverride: null, weightOverride: null }));
    } else {
      const id = randomUUID();
      const direction = random.chance(0.5) ? 'given' : 'received';
      const initiatedBy = direction === 'given' ? 'me' : 'them';
      const share = { direction, benefit: random.pick(BENEFITS), weight: random.int(1, 3), initiatedBy };
      insertExchange.run({ ...entry, ...share, id, source: 'help', sourceId: id, note: `Synthetic help ${words()}` });
      counts.exchanges++;
    }
    if (row % 20 === 0) {
      const outcome = random.pick(REQUEST_OUTCOMES);
      const askedBy = random.chance(0.5) ? 'me' : 'them';
      const request = { id: randomUUID(), askedBy, outcome, resolved: outcome === 'pending' ? null : date, what: `Synthetic request ${words()}` };
      insertRequest.run({ ...entry, ...request, deletedAt: inBin(row / 20, date) });
      counts.needs++;
    }
  }
  return counts;
}
