import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { LessonRole, PracticeEntry, PracticeItem } from '../../shared/entities/lesson';
import type { Page } from '../../shared/entities/paging';
import { Where } from './listQuery';
import { PRACTICE_SEGMENTS, encodePracticeCursor, type PracticeKeyset, type PracticeSegment } from './practiceCursor';
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
  lesson_created_at: string;
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

const entrySelect = (from: string) => `
  SELECT i.id, i.lesson_id, i.text, i.due_date, i.done_date, i.position,
         s.date AS lesson_date, s.created_at AS lesson_created_at, s.topics, s.user_role, s.collaborator_id, c.name AS collaborator_name,
         s.project_id, p.title AS project_title
  FROM ${from}
  JOIN collaborators c ON c.id = s.collaborator_id
  LEFT JOIN projects p ON p.id = s.project_id`;
const ENTRY_SELECT = entrySelect('practice_items i JOIN lessons s ON s.id = i.lesson_id');
/** The same, read lesson by lesson: CROSS JOIN keeps the lessons as the outer loop. */
const ENTRY_SELECT_BY_LESSON = entrySelect('lessons s CROSS JOIN practice_items i ON i.lesson_id = s.id');

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

/** Within a segment, after the due date: the lesson (its day, then the order it was logged in), then the item. */
const LESSON_ORDER = 's.date, s.created_at, s.id, i.position, i.id';

/**
 * Strictly after the cursor within its segment. The row value compares the whole order; the term
 * before it is the part an index walks as a range (practice_items_open by due date, the lessons by
 * date), so a later page starts where the cursor is instead of reading up to it.
 */
function afterKey(where: Where, segment: PracticeSegment, after: PracticeKeyset): Where {
  const params = {
    afterDue: after.dueDate,
    afterLessonDate: after.lessonDate,
    afterLessonCreatedAt: after.lessonCreatedAt,
    afterLessonId: after.lessonId,
    afterPosition: after.position,
    afterId: after.id,
  };
  const lesson = '@afterLessonDate, @afterLessonCreatedAt, @afterLessonId, @afterPosition, @afterId';
  return segment.dated
    ? where.add(`i.due_date >= @afterDue AND (i.due_date, ${LESSON_ORDER}) > (@afterDue, ${lesson})`, params)
    : where.add(
        `(s.date, s.created_at, s.id) >= (@afterLessonDate, @afterLessonCreatedAt, @afterLessonId) AND (${LESSON_ORDER}) > (${lesson})`,
        params,
      );
}

/**
 * Items of live lessons: open ones first, soonest due first (undated last), then in lesson
 * order; done ones after them when asked for.
 *
 * The order is read as up to four segments (open dated, open undated, done dated, done undated),
 * each from an index in its own order, and the page stops reading once it is full: the dated
 * ones walk practice_items_open by due date, the undated ones walk the live lessons by date
 * (lessons_by_date, or by person or project) and their items through practice_items_done_by_lesson.
 * A page after `after` skips the segments before the cursor's and starts its own at the cursor.
 */
export function listPractice(
  db: Database.Database,
  filter: PracticeFilter,
  limit: number,
  today: string,
  after?: PracticeKeyset,
): Page<PracticeEntry> {
  const where = new Where()
    .add('s.deleted_at IS NULL')
    .when(filter.collaboratorId, 's.collaborator_id = @collaboratorId', 'collaboratorId')
    .when(filter.projectId, 's.project_id = @projectId', 'projectId')
    .when(filter.lessonId, 's.id = @lessonId', 'lessonId');
  // One row past the page says whether another follows.
  const wanted = limit + 1;
  const rows: (PracticeEntryRow & { segment: number })[] = [];
  PRACTICE_SEGMENTS.forEach((segment, index) => {
    const shown = (filter.includeDone || !segment.done) && (filter.dueOnly !== true || segment.dated);
    if (!shown || rows.length >= wanted || (after !== undefined && index < after.segment)) return;
    const terms = where
      .copy()
      .add(segment.done ? 'i.done_date IS NOT NULL' : 'i.done_date IS NULL')
      .add(segment.dated ? 'i.due_date IS NOT NULL' : 'i.due_date IS NULL');
    if (after !== undefined && index === after.segment) afterKey(terms, segment, after);
    const sql = segment.dated
      ? `${ENTRY_SELECT} ${terms.sql} ORDER BY i.due_date, ${LESSON_ORDER} LIMIT @limit`
      : `${ENTRY_SELECT_BY_LESSON} ${terms.sql} ORDER BY ${LESSON_ORDER} LIMIT @limit`;
    const read = statement(db, sql).all({ ...terms.params, limit: wanted - rows.length }) as PracticeEntryRow[];
    rows.push(...read.map((row) => ({ ...row, segment: index })));
  });
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  const last = page[page.length - 1];
  return {
    items: page.map((row) => toPracticeEntry(row, today)),
    total: countPractice(db, filter, where),
    nextCursor: more && last ? encodePracticeCursor(keysetOf(last)) : null,
  };
}

const keysetOf = (row: PracticeEntryRow & { segment: number }): PracticeKeyset => ({
  segment: row.segment,
  dueDate: row.due_date,
  lessonDate: row.lesson_date,
  lessonCreatedAt: row.lesson_created_at,
  lessonId: row.lesson_id,
  position: row.position,
  id: row.id,
});

/**
 * The list's total without a pass over every row: with a person, project or lesson it counts
 * through the live lessons' indexes; without one it counts the items on a small index
 * (practice_items_open for the open ones) and takes away those of lessons in the bin, found
 * through lessons_in_bin.
 */
function countPractice(db: Database.Database, filter: PracticeFilter, live: Where): number {
  const itemTerms = [
    ...(filter.includeDone ? [] : ['i.done_date IS NULL']),
    ...(filter.dueOnly === true ? ['i.due_date IS NOT NULL'] : []),
  ];
  const count = (sql: string, params?: Record<string, unknown>) =>
    (params ? statement(db, sql).pluck().get(params) : statement(db, sql).pluck().get()) as number;
  if (filter.collaboratorId !== undefined || filter.projectId !== undefined || filter.lessonId !== undefined) {
    const terms = [live.sql.replace(/^WHERE /, ''), ...itemTerms].join(' AND ');
    return count(`SELECT count(*) FROM lessons s CROSS JOIN practice_items i ON i.lesson_id = s.id WHERE ${terms}`, live.params);
  }
  const itemWhere = itemTerms.length > 0 ? `WHERE ${itemTerms.join(' AND ')}` : '';
  // The open items alone are counted on the partial index, half the size of the one the planner picks.
  const items = filter.includeDone ? 'practice_items i' : 'practice_items i INDEXED BY practice_items_open';
  const all = count(`SELECT count(*) FROM ${items} ${itemWhere}`);
  const binned = count(
    `SELECT count(*) FROM lessons s CROSS JOIN practice_items i ON i.lesson_id = s.id
     WHERE ${['s.deleted_at IS NOT NULL', ...itemTerms].join(' AND ')}`,
  );
  return all - binned;
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
