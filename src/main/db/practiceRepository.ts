import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { LessonRole, PracticeEntry, PracticeItem } from '../../shared/entities/lesson';
import { Where } from './listQuery';
import { statement } from './statements';

/** A practice item as a lesson's edit sends it, merged with what is stored. */
export interface PracticeRecord {
  /** An existing item of this lesson to keep; absent for a new one. */
  id?: string | undefined;
  text: string;
  dueDate: string | null;
  doneDate: string | null;
}

export interface PracticeFilter {
  includeDone: boolean;
  /** Only items with a due date. */
  dueOnly?: boolean | undefined;
  collaboratorId?: string | undefined;
  projectId?: string | undefined;
  lessonId?: string | undefined;
}

interface PracticeRow {
  id: string;
  lesson_id: string;
  text: string;
  due_date: string | null;
  done_date: string | null;
  position: number;
}

interface PracticeEntryRow extends PracticeRow {
  lesson_date: string;
  topics: string;
  user_role: LessonRole;
  collaborator_id: string;
  collaborator_name: string;
  project_id: string | null;
  project_title: string | null;
}

const toPracticeItem = (row: PracticeRow): PracticeItem => ({
  id: row.id,
  lessonId: row.lesson_id,
  text: row.text,
  dueDate: row.due_date,
  doneDate: row.done_date,
  done: row.done_date !== null,
  position: row.position,
});

const toPracticeEntry = (row: PracticeEntryRow, today: string): PracticeEntry => ({
  ...toPracticeItem(row),
  overdue: row.done_date === null && row.due_date !== null && row.due_date < today,
  lesson: { id: row.lesson_id, date: row.lesson_date, topics: row.topics, userRole: row.user_role },
  collaboratorId: row.collaborator_id,
  collaboratorName: row.collaborator_name,
  projectId: row.project_id,
  projectTitle: row.project_title,
});

const ENTRY_SELECT = `
  SELECT i.id, i.lesson_id, i.text, i.due_date, i.done_date, i.position,
         s.date AS lesson_date, s.topics, s.user_role, s.collaborator_id, c.name AS collaborator_name,
         s.project_id, p.title AS project_title
  FROM practice_items i
  JOIN lessons s ON s.id = i.lesson_id
  JOIN collaborators c ON c.id = s.collaborator_id
  LEFT JOIN projects p ON p.id = s.project_id`;

/** Practice items of several lessons in one query, grouped by lesson, in their written order. */
export function practiceOf(db: Database.Database, lessonIds: readonly string[]): Map<string, PracticeItem[]> {
  const byLesson = new Map<string, PracticeItem[]>(lessonIds.map((id) => [id, []]));
  if (lessonIds.length === 0) return byLesson;
  const rows = statement(
    db,
    `SELECT id, lesson_id, text, due_date, done_date, position FROM practice_items
     WHERE lesson_id IN (SELECT value FROM json_each(?))
     ORDER BY lesson_id, position`,
  ).all(JSON.stringify(lessonIds)) as PracticeRow[];
  for (const row of rows) byLesson.get(row.lesson_id)?.push(toPracticeItem(row));
  return byLesson;
}

/** One item with its lesson, whether or not the lesson is deleted. */
export function findPracticeEntry(db: Database.Database, id: string, today: string): PracticeEntry | undefined {
  const row = statement(db, `${ENTRY_SELECT} WHERE i.id = ?`).get(id) as PracticeEntryRow | undefined;
  return row && toPracticeEntry(row, today);
}

export function lessonDeletedAt(db: Database.Database, practiceItemId: string): string | null {
  const row = statement(
    db,
    'SELECT s.deleted_at FROM practice_items i JOIN lessons s ON s.id = i.lesson_id WHERE i.id = ?',
  ).get(practiceItemId) as { deleted_at: string | null } | undefined;
  return row?.deleted_at ?? null;
}

/**
 * Items of live lessons: open ones first, soonest due first (undated last), then in lesson
 * order; done ones after them when asked for.
 */
export function listPractice(
  db: Database.Database,
  filter: PracticeFilter,
  limit: number,
  today: string,
): { items: PracticeEntry[]; total: number } {
  const where = new Where()
    .add('s.deleted_at IS NULL')
    .addIf(!filter.includeDone, 'i.done_date IS NULL')
    .addIf(filter.dueOnly === true, 'i.due_date IS NOT NULL')
    .when(filter.collaboratorId, 's.collaborator_id = @collaboratorId', 'collaboratorId')
    .when(filter.projectId, 's.project_id = @projectId', 'projectId')
    .when(filter.lessonId, 'i.lesson_id = @lessonId', 'lessonId');
  const { n: total } = statement(
    db,
    `SELECT count(*) AS n FROM practice_items i JOIN lessons s ON s.id = i.lesson_id ${where.sql}`,
  ).get(where.params) as { n: number };
  const rows = statement(
    db,
    `${ENTRY_SELECT} ${where.sql}
     ORDER BY i.done_date IS NOT NULL, i.due_date IS NULL, i.due_date, s.date, s.created_at, i.position
     LIMIT @limit`,
  ).all({ ...where.params, limit }) as PracticeEntryRow[];
  return { items: rows.map((row) => toPracticeEntry(row, today)), total };
}

/**
 * Makes the lesson's practice list exactly `items`, in order: items with an id keep that id
 * (and row), the others are added, and items left out are removed.
 */
export function replacePracticeItems(
  db: Database.Database,
  lessonId: string,
  items: readonly PracticeRecord[],
  at: string,
): void {
  const keep = items.flatMap((item) => (item.id ? [item.id] : []));
  statement(
    db,
    'DELETE FROM practice_items WHERE lesson_id = ? AND id NOT IN (SELECT value FROM json_each(?))',
  ).run(lessonId, JSON.stringify(keep));
  const update = statement(
    db,
    `UPDATE practice_items SET text = @text, due_date = @dueDate, done_date = @doneDate, position = @position,
       updated_at = @at
     WHERE id = @id AND lesson_id = @lessonId
       AND (text IS NOT @text OR due_date IS NOT @dueDate OR done_date IS NOT @doneDate OR position IS NOT @position)`,
  );
  const insert = statement(
    db,
    `INSERT INTO practice_items (id, lesson_id, text, due_date, done_date, position, created_at, updated_at)
     VALUES (@id, @lessonId, @text, @dueDate, @doneDate, @position, @at, @at)`,
  );
  items.forEach((item, position) => {
    const values = { lessonId, text: item.text, dueDate: item.dueDate, doneDate: item.doneDate, position, at };
    if (item.id) update.run({ ...values, id: item.id });
    else insert.run({ ...values, id: randomUUID() });
  });
}

export function setPracticeDone(db: Database.Database, id: string, doneDate: string | null, at: string): void {
  statement(db, 'UPDATE practice_items SET done_date = ?, updated_at = ? WHERE id = ?').run(doneDate, at, id);
}
