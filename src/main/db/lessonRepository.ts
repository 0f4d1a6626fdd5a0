import type Database from 'better-sqlite3';
import type { Benefit, Weight } from '../../shared/entities/exchange';
import type { Lesson, LessonRole, LessonStatus, PracticeItem } from '../../shared/entities/lesson';
import type { Page } from '../../shared/entities/paging';
import { lessonValue } from '../../shared/ledgerRules';
import { entryFieldsOf, entryWhere, findEntry, insertEntry, listEntries, recordOf, updateEntry } from './entryTable';
import type { EntryFilter, EntryRow, EntryTable } from './entryTable';
import { countedEntries } from './entryCounts';
import { Where, type PageRequest } from './listQuery';
import { practiceOf } from './practiceRepository';
import { statement } from './statements';

const RECORD_FIELDS = [
  'collaboratorId', 'projectId', 'userRole', 'status', 'date', 'durationMin', 'topics', 'takeaways',
  'confidence', 'benefitOverride', 'weightOverride',
] as const satisfies readonly (keyof Lesson)[];

/** A lesson (table `lessons`) as a caller decides it; practice items are written separately. */
export type LessonRecord = Pick<Lesson, (typeof RECORD_FIELDS)[number]>;

export interface LessonFilter extends EntryFilter {
  role?: LessonRole | undefined;
  status?: LessonStatus | undefined;
}

interface LessonRow extends EntryRow {
  user_role: LessonRole;
  status: LessonStatus;
  duration_min: number;
  topics: string;
  takeaways: string;
  confidence: number | null;
  benefit_override: Benefit | null;
  weight_override: Weight | null;
}

const TABLE: EntryTable = {
  select: `
  SELECT s.id, s.collaborator_id, c.name AS collaborator_name, s.project_id, p.title AS project_title,
         s.user_role, s.status, s.date, s.duration_min, s.topics, s.takeaways, s.confidence,
         s.benefit_override, s.weight_override, s.created_at, s.updated_at, s.deleted_at
  FROM lessons s
  JOIN collaborators c ON c.id = s.collaborator_id
  LEFT JOIN projects p ON p.id = s.project_id`,
  from: 'lessons s',
  alias: 's',
  dateColumn: 's.date',
};

function toLesson(row: LessonRow, practice: PracticeItem[]): Lesson {
  const value = lessonValue({
    durationMin: row.duration_min,
    benefitOverride: row.benefit_override,
    weightOverride: row.weight_override,
  });
  return {
    ...entryFieldsOf(row),
    userRole: row.user_role,
    status: row.status,
    date: row.date,
    durationMin: row.duration_min,
    topics: row.topics,
    takeaways: row.takeaways,
    confidence: row.confidence,
    benefitOverride: row.benefit_override,
    weightOverride: row.weight_override,
    benefit: value.benefit,
    weight: value.weight,
    practice,
    practiceDone: practice.filter((item) => item.done).length,
  };
}

/** The lesson with its practice items, deleted or not. */
export function findLesson(db: Database.Database, id: string): Lesson | undefined {
  return findEntry(db, TABLE, id, (row: LessonRow) => toLesson(row, practiceOf(db, [id]).get(id) ?? []));
}

export function listLessons(db: Database.Database, filter: LessonFilter, page: PageRequest): Page<Lesson> {
  const where = entryWhere(TABLE, filter)
    .when(filter.role, 's.user_role = @role', 'role')
    .when(filter.status, 's.status = @status', 'status');
  const total = countedEntries(db, 'lesson_counts', filter, { user_role: filter.role, status: filter.status });
  return listEntries(
    db,
    TABLE,
    where,
    page,
    (rows: LessonRow[]) => {
      const practice = practiceOf(db, rows.map((row) => row.id));
      return rows.map((row) => toLesson(row, practice.get(row.id) ?? []));
    },
    total,
  );
}

/** Logs a new lesson (and, once it is held, its exchanges in the ledger), inside the caller's transaction. */
export function insertLesson(db: Database.Database, record: LessonRecord, at: string): string {
  return insertEntry(
    db,
    'lesson',
    `INSERT INTO lessons (id, collaborator_id, project_id, user_role, status, date, duration_min, topics, takeaways,
       confidence, benefit_override, weight_override, created_at, updated_at)
     VALUES (@id, @collaboratorId, @projectId, @userRole, @status, @date, @durationMin, @topics, @takeaways,
       @confidence, @benefitOverride, @weightOverride, @at, @at)`,
    record,
    at,
  );
}

/**
 * Writes every field of the record, and keeps its exchanges in step (marking a lesson held derives
 * them in this write): callers merge their patch into the current lesson first.
 */
export function updateLesson(db: Database.Database, id: string, record: LessonRecord, at: string): void {
  updateEntry(
    db,
    'lesson',
    `UPDATE lessons SET collaborator_id = @collaboratorId, project_id = @projectId, user_role = @userRole,
       status = @status, date = @date, duration_min = @durationMin, topics = @topics, takeaways = @takeaways,
       confidence = @confidence, benefit_override = @benefitOverride, weight_override = @weightOverride,
       updated_at = @at
     WHERE id = @id`,
    id,
    record,
    at,
  );
}

/** The lesson as a record to merge a patch into. */
export const lessonRecordOf = (lesson: Lesson): LessonRecord => recordOf(lesson, RECORD_FIELDS);

/** Which planned lessons: live ones dated from `from` on and before `before` (either end open). */
export interface PlannedSpan {
  from?: string | undefined;
  before?: string | undefined;
}

/**
 * Live planned lessons in the span, soonest first, at most `limit`, and how many there are in all:
 * the Upcoming page (from today on, and those whose day has passed) and the calendar file.
 */
export function listPlannedLessons(
  db: Database.Database,
  span: PlannedSpan,
  limit: number,
): { items: Lesson[]; total: number } {
  const where = new Where()
    .add("s.status = 'planned'")
    .add('s.deleted_at IS NULL')
    .when(span.from, 's.date >= @from', 'from')
    .when(span.before, 's.date < @before', 'before');
  const { n: total } = statement(db, `SELECT count(*) AS n FROM lessons s ${where.sql}`).get(where.params) as { n: number };
  const rows = statement(db, `${TABLE.select} ${where.sql} ORDER BY s.date, s.created_at, s.id LIMIT @limit`).all({
    ...where.params,
    limit,
  }) as LessonRow[];
  const practice = practiceOf(db, rows.map((row) => row.id));
  return { items: rows.map((row) => toLesson(row, practice.get(row.id) ?? [])), total };
}
