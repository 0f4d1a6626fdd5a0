import { keptInStep, type TriggerRow as Row } from './derivedTriggers';
import type { Migration } from './types';

/** A rollup that counts rows of its source table, per key, among the rows `counts` holds for. */
interface CountRollup {
  table: string;
  source: string;
  /** The rollup's key columns and the expression of each for one row (NEW or OLD). */
  key: readonly { column: string; of: (row: string) => string }[];
  counts: (row: string) => string;
  /** The source's columns the key or `counts` reads: an update of any of them moves the row. */
  changed: readonly string[];
}

const month = (column: string) => (row: string) => `substr(${row}.${column}, 1, 7)`;
const column = (name: string) => (row: string) => `${row}.${name}`;

/** An exchange that is input received on a project: feedback received, help received, a lesson as learner. */
const inputOnProject = (row: string) =>
  `${row}.project_id IS NOT NULL AND ${row}.direction = 'received' AND ${row}.deleted_at IS NULL
     AND (${row}.source <> 'lesson' OR EXISTS (SELECT 1 FROM lessons s WHERE s.id = ${row}.source_id AND s.user_role = 'learner'))`;

export const COUNT_ROLLUPS: readonly CountRollup[] = [
  {
    table: 'feedback_received_months',
    source: 'feedback',
    key: [
      { column: 'collaborator_id', of: column('collaborator_id') },
      { column: 'month', of: month('date') },
      { column: 'status', of: column('status') },
    ],
    counts: (row) => `${row}.direction = 'received' AND ${row}.deleted_at IS NULL`,
    changed: ['collaborator_id', 'date', 'status', 'direction', 'deleted_at'],
  },
  {
    table: 'request_months',
    source: 'requests',
    key: [
      { column: 'collaborator_id', of: column('collaborator_id') },
      { column: 'month', of: month('date_asked') },
      { column: 'asked_by', of: column('asked_by') },
      { column: 'outcome', of: column('outcome') },
    ],
    counts: (row) => `${row}.deleted_at IS NULL`,
    changed: ['collaborator_id', 'date_asked', 'asked_by', 'outcome', 'deleted_at'],
  },
  {
    table: 'project_input_days',
    source: 'exchanges',
    key: [
      { column: 'project_id', of: column('project_id') },
      { column: 'date', of: column('date') },
    ],
    counts: inputOnProject,
    changed: ['project_id', 'date', 'direction', 'source', 'source_id', 'deleted_at'],
  },
];

const cellOf = (rollup: CountRollup, row: Row) => rollup.key.map((key) => `${key.column} = ${key.of(row)}`).join(' AND ');

/** As migration 0003: a cell is created only if missing (NOT EXISTS), since the outer statement's conflict policy wins in a trigger. */
const addTo = (rollup: CountRollup, row: Row) => `
  INSERT INTO ${rollup.table} (${rollup.key.map((key) => key.column).join(', ')}, entry_count)
    SELECT ${rollup.key.map((key) => key.of(row)).join(', ')}, 0
    WHERE ${rollup.counts(row)} AND NOT EXISTS (SELECT 1 FROM ${rollup.table} WHERE ${cellOf(rollup, row)});
  UPDATE ${rollup.table} SET entry_count = entry_count + 1 WHERE ${rollup.counts(row)} AND ${cellOf(rollup, row)};`;

const takeFrom = (rollup: CountRollup, row: Row) => `
  UPDATE ${rollup.table} SET entry_count = entry_count - 1 WHERE ${rollup.counts(row)} AND ${cellOf(rollup, row)};
  DELETE FROM ${rollup.table} WHERE ${rollup.counts(row)} AND entry_count = 0 AND ${cellOf(rollup, row)};`;

/** The rollup computed from its source rows: what the migration fills and the integrity check compares. */
export function freshCountRollup(rollup: CountRollup): string {
  const keys = rollup.key.map((key) => `${key.of(rollup.source)} AS ${key.column}`).join(', ');
  return `SELECT ${keys}, count(*) AS entry_count FROM ${rollup.source}
    WHERE ${rollup.counts(rollup.source)} GROUP BY ${rollup.key.map((key) => key.column).join(', ')}`;
}

const countTriggers = (rollup: CountRollup) =>
  keptInStep(rollup.table, rollup.source, rollup.changed, (row) => addTo(rollup, row), (row) => takeFrom(rollup, row));

/**
 * Whether a lesson's received ledger row is input depends on the lesson's role, so a lesson written
 * (its role changed, or the lesson inserted or removed) moves its rows in or out of
 * project_input_days too. Each side's triggers read the other table as it is then, so whichever is
 * written first, the rollup ends equal to a fresh count.
 */
const lessonRows = (lesson: Row) =>
  `SELECT e.project_id, e.date, count(*) AS n FROM exchanges e
   WHERE e.source = 'lesson' AND e.source_id = ${lesson}.id AND e.project_id IS NOT NULL
     AND e.direction = 'received' AND e.deleted_at IS NULL GROUP BY e.project_id, e.date`;

const addLessonRows = (lesson: Row, when: string) => `
  INSERT INTO project_input_days (project_id, date, entry_count)
    SELECT r.project_id, r.date, 0 FROM (${lessonRows(lesson)}) r
    WHERE ${when} AND NOT EXISTS (SELECT 1 FROM project_input_days d WHERE d.project_id = r.project_id AND d.date = r.date);
  UPDATE project_input_days SET entry_count = entry_count + (
      SELECT r.n FROM (${lessonRows(lesson)}) r WHERE r.project_id = project_input_days.project_id AND r.date = project_input_days.date)
    WHERE ${when} AND (project_id, date) IN (SELECT project_id, date FROM (${lessonRows(lesson)}));`;

const takeLessonRows = (lesson: Row, when: string) => `
  UPDATE project_input_days SET entry_count = entry_count - (
      SELECT r.n FROM (${lessonRows(lesson)}) r WHERE r.project_id = project_input_days.project_id AND r.date = project_input_days.date)
    WHERE ${when} AND (project_id, date) IN (SELECT project_id, date FROM (${lessonRows(lesson)}));
  DELETE FROM project_input_days WHERE ${when} AND entry_count = 0;`;

const LESSON_INPUT_TRIGGERS = `
  CREATE TRIGGER project_input_days_after_lesson_insert AFTER INSERT ON lessons
  BEGIN ${addLessonRows('NEW', "NEW.user_role = 'learner'")}
  END;
  CREATE TRIGGER project_input_days_after_lesson_delete AFTER DELETE ON lessons
  BEGIN ${takeLessonRows('OLD', "OLD.user_role = 'learner'")}
  END;
  CREATE TRIGGER project_input_days_after_lesson_role AFTER UPDATE OF user_role ON lessons
  BEGIN ${takeLessonRows('OLD', "OLD.user_role = 'learner' AND NEW.user_role <> 'learner'")}${addLessonRows(
    'NEW',
    "NEW.user_role = 'learner' AND OLD.user_role <> 'learner'",
  )}
  END;`;

/**
 * Held lessons as learner in one person's month, summed as the learner path reads them: how many,
 * the rated ones' confidence and position × confidence (positions 0, 1, … oldest first within the
 * month; a window adds each month's offset), and their practice. Recomputed whole for the month a
 * write touches: a lesson dated mid-month shifts the positions after it.
 */
const learnerMonth = (collaborator: string, month: string) => `
  DELETE FROM learner_lesson_months WHERE collaborator_id = ${collaborator} AND month = ${month};
  INSERT INTO learner_lesson_months
      (collaborator_id, month, lessons, rated, confidence_sum, confidence_position_sum, practice_total, practice_done)
    SELECT ${collaborator}, ${month}, count(*), count(confidence), coalesce(sum(confidence), 0),
      coalesce(sum(position * confidence), 0), coalesce(sum(practice_total), 0), coalesce(sum(practice_done), 0)
    FROM (SELECT s.confidence, count(s.confidence) OVER (ORDER BY s.date, s.id ROWS UNBOUNDED PRECEDING) - 1 AS position,
            (SELECT count(*) FROM practice_items p WHERE p.lesson_id = s.id) AS practice_total,
            (SELECT count(p.done_date) FROM practice_items p WHERE p.lesson_id = s.id) AS practice_done
          FROM lessons s
          WHERE s.collaborator_id = ${collaborator} AND s.user_role = 'learner' AND s.status = 'held' AND s.deleted_at IS NULL
            AND s.date BETWEEN ${month} || '-01' AND ${month} || '-31')
    HAVING count(*) > 0;`;

const lessonOf = (item: Row) => ({
  collaborator: `(SELECT collaborator_id FROM lessons WHERE id = ${item}.lesson_id)`,
  month: `(SELECT substr(date, 1, 7) FROM lessons WHERE id = ${item}.lesson_id)`,
});

const LEARNER_TRIGGERS = `
  CREATE TRIGGER learner_lesson_months_after_insert AFTER INSERT ON lessons
  BEGIN ${learnerMonth('NEW.collaborator_id', 'substr(NEW.date, 1, 7)')}
  END;
  CREATE TRIGGER learner_lesson_months_after_delete AFTER DELETE ON lessons
  BEGIN ${learnerMonth('OLD.collaborator_id', 'substr(OLD.date, 1, 7)')}
  END;
  CREATE TRIGGER learner_lesson_months_after_update
    AFTER UPDATE OF collaborator_id, date, user_role, status, confidence, deleted_at ON lessons
  BEGIN ${learnerMonth('OLD.collaborator_id', 'substr(OLD.date, 1, 7)')}${learnerMonth('NEW.collaborator_id', 'substr(NEW.date, 1, 7)')}
  END;
  CREATE TRIGGER learner_lesson_months_after_practice_insert AFTER INSERT ON practice_items
  BEGIN ${learnerMonth(lessonOf('NEW').collaborator, lessonOf('NEW').month)}
  END;
  CREATE TRIGGER learner_lesson_months_after_practice_delete AFTER DELETE ON practice_items
  BEGIN ${learnerMonth(lessonOf('OLD').collaborator, lessonOf('OLD').month)}
  END;
  CREATE TRIGGER learner_lesson_months_after_practice_update AFTER UPDATE OF lesson_id, done_date ON practice_items
  BEGIN ${learnerMonth(lessonOf('OLD').collaborator, lessonOf('OLD').month)}${learnerMonth(lessonOf('NEW').collaborator, lessonOf('NEW').month)}
  END;`;

/** learner_lesson_months computed from the lessons: the migration's fill and the integrity check's comparison. */
export const FRESH_LEARNER_MONTHS = `
  SELECT collaborator_id, month, count(*) AS lessons, count(confidence) AS rated, coalesce(sum(confidence), 0) AS confidence_sum,
    coalesce(sum(position * confidence), 0) AS confidence_position_sum,
    coalesce(sum(practice_total), 0) AS practice_total, coalesce(sum(practice_done), 0) AS practice_done
  FROM (SELECT s.collaborator_id, substr(s.date, 1, 7) AS month, s.confidence,
          count(s.confidence) OVER (PARTITION BY s.collaborator_id, substr(s.date, 1, 7) ORDER BY s.date, s.id ROWS UNBOUNDED PRECEDING) - 1
            AS position,
          (SELECT count(*) FROM practice_items p WHERE p.lesson_id = s.id) AS practice_total,
          (SELECT count(p.done_date) FROM practice_items p WHERE p.lesson_id = s.id) AS practice_done
        FROM lessons s WHERE s.user_role = 'learner' AND s.status = 'held' AND s.deleted_at IS NULL)
  GROUP BY collaborator_id, month`;

/** Fills every rollup of this migration from its source rows (the migration; an import's or the bench's bulk load). */
export const FILL_PATTERN_ROLLUPS = [
  ...COUNT_ROLLUPS.map((rollup) => `INSERT INTO ${rollup.table} ${freshCountRollup(rollup)};`),
  `INSERT INTO learner_lesson_months ${FRESH_LEARNER_MONTHS};`,
].join('\n');

/** The tables this migration keeps, for the import's check that a library is empty. */
export const PATTERN_ROLLUP_TABLES = [...COUNT_ROLLUPS.map((rollup) => rollup.table), 'learner_lesson_months'];

/**
 * Issue 9: the pattern engine over a long window (ten years) reads whole months from rollups and
 * raw rows only for the partial months at the window's ends, as the ledger's balance already did
 * (migration 0003). These hold, per person and month, the received feedback by status, the
 * requests by side and outcome, and the held lessons as learner summed for the learner path; and
 * per project the days with input received. Triggers keep them in every write's transaction.
 */
export const migration0010: Migration = {
  version: 10,
  name: 'monthly rollups of the pattern engine: feedback received, requests, lessons as learner, input days',
  up(db) {
    db.exec(`
      -- No foreign keys: every row is derived from the log, which holds the references.
      CREATE TABLE feedback_received_months (
        collaborator_id TEXT NOT NULL, month TEXT NOT NULL, status TEXT NOT NULL, entry_count INTEGER NOT NULL,
        PRIMARY KEY (collaborator_id, month, status)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE request_months (
        collaborator_id TEXT NOT NULL, month TEXT NOT NULL, asked_by TEXT NOT NULL, outcome TEXT NOT NULL, entry_count INTEGER NOT NULL,
        PRIMARY KEY (collaborator_id, month, asked_by, outcome)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE project_input_days (
        project_id TEXT NOT NULL, date TEXT NOT NULL, entry_count INTEGER NOT NULL,
        PRIMARY KEY (project_id, date)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE learner_lesson_months (
        collaborator_id TEXT NOT NULL, month TEXT NOT NULL, lessons INTEGER NOT NULL, rated INTEGER NOT NULL,
        confidence_sum INTEGER NOT NULL, confidence_position_sum INTEGER NOT NULL,
        practice_total INTEGER NOT NULL, practice_done INTEGER NOT NULL,
        PRIMARY KEY (collaborator_id, month)
      ) STRICT, WITHOUT ROWID;
      ${FILL_PATTERN_ROLLUPS}
      ${COUNT_ROLLUPS.map(countTriggers).join('\n')}
      ${LESSON_INPUT_TRIGGERS}
      ${LEARNER_TRIGGERS}
    `);
  },
};
