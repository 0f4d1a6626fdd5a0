import type { Migration } from './types';

/**
 * The reflective questionnaire's answers (src/shared/selfAssessment/questionnaire.ts). One row per
 * self-assessment: the questionnaire version it was answered on, the answers by item id as a JSON
 * object, and completed_at, NULL while it is in progress. Scores are not stored: they follow from
 * the answers and the version's keys, so nothing here is derived. Soft delete like the log's
 * entries (deleted_at). The history reads completed ones newest first through the partial index.
 */
export const migration0006: Migration = {
  version: 6,
  name: 'self-assessments',
  up(db) {
    db.exec(`
      CREATE TABLE self_assessments (
        id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
        questionnaire_version INTEGER NOT NULL CHECK (questionnaire_version >= 1),
        answers TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(answers) AND json_type(answers) = 'object'),
        completed_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX self_assessments_completed ON self_assessments (completed_at, id) WHERE completed_at IS NOT NULL;
      CREATE INDEX self_assessments_in_progress ON self_assessments (updated_at, id) WHERE completed_at IS NULL;
    `);
  },
};
