import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Answers } from '../../shared/entities/selfAssessment';
import { statement } from './statements';

/** A self-assessment as stored: scores are not kept, they follow from the answers and the version. */
export interface SelfAssessmentRecord {
  id: string;
  questionnaireVersion: number;
  answers: Answers;
  startedAt: string;
  completedAt: string | null;
  updatedAt: string;
  deletedAt: string | null;
}

interface SelfAssessmentRow {
  id: string;
  questionnaire_version: number;
  answers: string;
  completed_at: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

const COLUMNS = 'id, questionnaire_version, answers, completed_at, created_at, updated_at, deleted_at';

const recordOf = (row: SelfAssessmentRow): SelfAssessmentRecord => ({
  id: row.id,
  questionnaireVersion: row.questionnaire_version,
  answers: JSON.parse(row.answers) as Answers,
  startedAt: row.created_at,
  completedAt: row.completed_at,
  updatedAt: row.updated_at,
  deletedAt: row.deleted_at,
});

export function findSelfAssessment(db: Database.Database, id: string): SelfAssessmentRecord | undefined {
  const row = statement(db, `SELECT ${COLUMNS} FROM self_assessments WHERE id = ?`).get(id) as SelfAssessmentRow | undefined;
  return row && recordOf(row);
}

/** The one in progress: not completed, not deleted; the latest touched should an import have brought a second. */
export function findInProgress(db: Database.Database): SelfAssessmentRecord | undefined {
  const row = statement(
    db,
    `SELECT ${COLUMNS} FROM self_assessments WHERE completed_at IS NULL AND deleted_at IS NULL
     ORDER BY updated_at DESC, id DESC LIMIT 1`,
  ).get() as SelfAssessmentRow | undefined;
  return row && recordOf(row);
}

export function insertSelfAssessment(db: Database.Database, questionnaireVersion: number, at: string, id = randomUUID()): string {
  statement(
    db,
    `INSERT INTO self_assessments (id, questionnaire_version, answers, created_at, updated_at)
     VALUES (@id, @questionnaireVersion, '{}', @at, @at)`,
  ).run({ id, questionnaireVersion, at });
  return id;
}

export function saveAnswers(db: Database.Database, id: string, answers: Answers, at: string): void {
  statement(db, 'UPDATE self_assessments SET answers = @answers, updated_at = @at WHERE id = @id').run({
    id,
    answers: JSON.stringify(answers),
    at,
  });
}

export function markCompleted(db: Database.Database, id: string, at: string): void {
  statement(db, 'UPDATE self_assessments SET completed_at = @at, updated_at = @at WHERE id = @id').run({ id, at });
}

export interface CompletedKey {
  completedAt: string;
  id: string;
}

/** Completed and not deleted, newest first; `after` pages on strictly past that one. */
export function listCompleted(
  db: Database.Database,
  limit: number,
  after: CompletedKey | undefined,
): { records: SelfAssessmentRecord[]; total: number } {
  const rows = (
    after
      ? statement(
          db,
          `SELECT ${COLUMNS} FROM self_assessments
           WHERE completed_at IS NOT NULL AND deleted_at IS NULL AND (completed_at, id) < (@completedAt, @id)
           ORDER BY completed_at DESC, id DESC LIMIT @limit`,
        ).all({ ...after, limit })
      : statement(
          db,
          `SELECT ${COLUMNS} FROM self_assessments WHERE completed_at IS NOT NULL AND deleted_at IS NULL
           ORDER BY completed_at DESC, id DESC LIMIT @limit`,
        ).all({ limit })
  ) as SelfAssessmentRow[];
  const total = statement(db, 'SELECT count(*) FROM self_assessments WHERE completed_at IS NOT NULL AND deleted_at IS NULL')
    .pluck()
    .get() as number;
  return { records: rows.map(recordOf), total };
}
