import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Benefit, Weight } from '../../shared/entities/exchange';
import type { Lesson, LessonRole, PracticeItem } from '../../shared/entities/lesson';
import type { Page } from '../../shared/entities/paging';
import { lessonValue } from '../../shared/ledgerRules';
import { readPage, Where, type PageRequest } from './listQuery';
import { practiceOf } from './practiceRepository';
import { statement } from './statements';

/** A lesson (table `lessons`) as a caller decides it; practice items are written separately. */
export interface LessonRecord {
  collaboratorId: string;
  projectId: string | null;
  userRole: LessonRole;
  date: string;
  durationMin: number;
  topics: string;
  takeaways: string;
  confidence: number | null;
  benefitOverride: Benefit | null;
  weightOverride: Weight | null;
}

export interface LessonFilter {
  collaboratorId?: string | undefined;
  projectId?: string | undefined;
  role?: LessonRole | undefined;
  from?: string | undefined;
  to?: string | undefined;
  includeDeleted: boolean;
}

interface LessonRow {
  id: string;
  collaborator_id: string;
  collaborator_name: string;
  project_id: string | null;
  project_title: string | null;
  user_role: LessonRole;
  date: string;
  duration_min: number;
  topics: string;
  takeaways: string;
  confidence: number | null;
  benefit_override: Benefit | null;
  weight_override: Weight | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

const SELECT = `
  SELECT s.id, s.collaborator_id, c.name AS collaborator_name, s.project_id, p.title AS project_title,
         s.user_role, s.date, s.duration_min, s.topics, s.takeaways, s.confidence,
         s.benefit_override, s.weight_override, s.created_at, s.updated_at, s.deleted_at
  FROM lessons s
  JOIN collaborators c ON c.id = s.collaborator_id
  LEFT JOIN projects p ON p.id = s.project_id`;

function toLesson(row: LessonRow, practice: PracticeItem[]): Lesson {
  const value = lessonValue({
    durationMin: row.duration_min,
    benefitOverride: row.benefit_override,
    weightOverride: row.weight_override,
  });
  return {
    id: row.id,
    collaboratorId: row.collaborator_id,
    collaboratorName: row.collaborator_name,
    projectId: row.project_id,
    projectTitle: row.project_title,
    userRole: row.user_role,
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
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

/** The lesson with its practice items, deleted or not. */
export function findLesson(db: Database.Database, id: string): Lesson | undefined {
  const row = statement(db, `${SELECT} WHERE s.id = ?`).get(id) as LessonRow | undefined;
  return row && toLesson(row, practiceOf(db, [id]).get(id) ?? []);
}

export function listLessons(db: Database.Database, filter: LessonFilter, page: PageRequest): Page<Lesson> {
  const where = new Where()
    .addIf(!filter.includeDeleted, 's.deleted_at IS NULL')
    .when(filter.collaboratorId, 's.collaborator_id = @collaboratorId', 'collaboratorId')
    .when(filter.projectId, 's.project_id = @projectId', 'projectId')
    .when(filter.role, 's.user_role = @role', 'role')
    .when(filter.from, 's.date >= @from', 'from')
    .when(filter.to, 's.date <= @to', 'to');
  const result = readPage<LessonRow>(db, {
    select: SELECT,
    from: 'lessons s',
    alias: 's',
    dateColumn: 's.date',
    where,
    page,
  });
  const practice = practiceOf(db, result.items.map((row) => row.id));
  return { ...result, items: result.items.map((row) => toLesson(row, practice.get(row.id) ?? [])) };
}

export function insertLesson(db: Database.Database, record: LessonRecord, at: string, id = randomUUID()): string {
  statement(
    db,
    `INSERT INTO lessons (id, collaborator_id, project_id, user_role, date, duration_min, topics, takeaways,
       confidence, benefit_override, weight_override, created_at, updated_at)
     VALUES (@id, @collaboratorId, @projectId, @userRole, @date, @durationMin, @topics, @takeaways,
       @confidence, @benefitOverride, @weightOverride, @at, @at)`,
  ).run({ id, ...record, at });
  return id;
}

/** Writes every field of the record: callers merge their patch into the current lesson first. */
export function updateLesson(db: Database.Database, id: string, record: LessonRecord, at: string): void {
  statement(
    db,
    `UPDATE lessons SET collaborator_id = @collaboratorId, project_id = @projectId, user_role = @userRole,
       date = @date, duration_min = @durationMin, topics = @topics, takeaways = @takeaways,
       confidence = @confidence, benefit_override = @benefitOverride, weight_override = @weightOverride,
       updated_at = @at
     WHERE id = @id`,
  ).run({ id, ...record, at });
}

export function setLessonDeleted(db: Database.Database, id: string, deletedAt: string | null, at: string): void {
  statement(db, 'UPDATE lessons SET deleted_at = ?, updated_at = ? WHERE id = ?').run(deletedAt, at, id);
}

/** The lesson as a record to merge a patch into. */
export function lessonRecordOf(lesson: Lesson): LessonRecord {
  return {
    collaboratorId: lesson.collaboratorId,
    projectId: lesson.projectId,
    userRole: lesson.userRole,
    date: lesson.date,
    durationMin: lesson.durationMin,
    topics: lesson.topics,
    takeaways: lesson.takeaways,
    confidence: lesson.confidence,
    benefitOverride: lesson.benefitOverride,
    weightOverride: lesson.weightOverride,
  };
}
