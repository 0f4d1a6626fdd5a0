import type { Migration } from './types';

/**
 * The log: feedback, lessons (sessions) with practice items, requests (needs) and the
 * give/take ledger (exchanges). New tables only, so a library from 0001 keeps every row.
 *
 * Lists and timelines read newest first by (date, created_at, id), so each table has that
 * order indexed per collaborator, per project and overall, for live rows only (deleted
 * rows are rare and only looked up by id).
 */
export const migration0002: Migration = {
  version: 2,
  name: 'the log: feedback, lessons, needs and the exchange ledger',
  up(db) {
    db.exec(`
      CREATE TABLE feedback (
        id TEXT PRIMARY KEY NOT NULL,
        direction TEXT NOT NULL CHECK (direction IN ('given', 'received')),
        collaborator_id TEXT NOT NULL REFERENCES collaborators (id),
        project_id TEXT REFERENCES projects (id),
        piece TEXT NOT NULL DEFAULT '',
        anchor_kind TEXT NOT NULL DEFAULT 'none' CHECK (anchor_kind IN ('none', 'time', 'text')),
        anchor_start_sec INTEGER CHECK (anchor_start_sec >= 0),
        anchor_end_sec INTEGER,
        anchor_text TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL CHECK (kind IN ('technical', 'critique', 'encouragement', 'perspective')),
        body TEXT NOT NULL,
        date TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'open'
          CHECK (status IN ('open', 'applied', 'partly-applied', 'declined', 'discussed')),
        status_date TEXT,
        decline_reason TEXT NOT NULL DEFAULT '',
        benefit_override TEXT CHECK (benefit_override IN ('knowledge', 'perspective', 'growth')),
        weight_override INTEGER CHECK (weight_override BETWEEN 1 AND 3),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT,
        CHECK ((anchor_kind = 'time') = (anchor_start_sec IS NOT NULL)),
        CHECK (anchor_end_sec IS NULL OR (anchor_kind = 'time' AND anchor_end_sec > anchor_start_sec)),
        CHECK ((status = 'open') = (status_date IS NULL)),
        CHECK (status <> 'declined' OR decline_reason <> '')
      ) STRICT;
      CREATE INDEX feedback_by_date ON feedback (date, created_at, id) WHERE deleted_at IS NULL;
      CREATE INDEX feedback_by_collaborator ON feedback (collaborator_id, date, created_at, id) WHERE deleted_at IS NULL;
      CREATE INDEX feedback_by_project ON feedback (project_id, date, created_at, id) WHERE deleted_at IS NULL;
      CREATE INDEX feedback_by_status ON feedback (status, date, created_at, id) WHERE deleted_at IS NULL;

      CREATE TABLE sessions (
        id TEXT PRIMARY KEY NOT NULL,
        collaborator_id TEXT NOT NULL REFERENCES collaborators (id),
        project_id TEXT REFERENCES projects (id),
        user_role TEXT NOT NULL CHECK (user_role IN ('learner', 'teacher', 'peers')),
        date TEXT NOT NULL,
        duration_min INTEGER NOT NULL CHECK (duration_min > 0),
        topics TEXT NOT NULL,
        takeaways TEXT NOT NULL DEFAULT '',
        confidence INTEGER CHECK (confidence BETWEEN 1 AND 5),
        benefit_override TEXT CHECK (benefit_override IN ('knowledge', 'perspective', 'growth')),
        weight_override INTEGER CHECK (weight_override BETWEEN 1 AND 3),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX sessions_by_date ON sessions (date, created_at, id) WHERE deleted_at IS NULL;
      CREATE INDEX sessions_by_collaborator ON sessions (collaborator_id, date, created_at, id) WHERE deleted_at IS NULL;
      CREATE INDEX sessions_by_project ON sessions (project_id, date, created_at, id) WHERE deleted_at IS NULL;

      CREATE TABLE practice_items (
        id TEXT PRIMARY KEY NOT NULL,
        session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        due_date TEXT,
        done_date TEXT,
        position INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX practice_items_by_session ON practice_items (session_id, position);
      CREATE INDEX practice_items_open ON practice_items (due_date) WHERE done_date IS NULL;

      CREATE TABLE needs (
        id TEXT PRIMARY KEY NOT NULL,
        asked_by TEXT NOT NULL CHECK (asked_by IN ('me', 'them')),
        collaborator_id TEXT NOT NULL REFERENCES collaborators (id),
        project_id TEXT REFERENCES projects (id),
        what TEXT NOT NULL,
        date_asked TEXT NOT NULL,
        outcome TEXT NOT NULL DEFAULT 'pending'
          CHECK (outcome IN ('met', 'partly-met', 'declined', 'ignored', 'pending')),
        date_resolved TEXT,
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT,
        CHECK ((outcome = 'pending') = (date_resolved IS NULL)),
        CHECK (date_resolved IS NULL OR date_resolved >= date_asked)
      ) STRICT;
      CREATE INDEX needs_by_date ON needs (date_asked, created_at, id) WHERE deleted_at IS NULL;
      CREATE INDEX needs_by_collaborator ON needs (collaborator_id, date_asked, created_at, id) WHERE deleted_at IS NULL;
      CREATE INDEX needs_by_project ON needs (project_id, date_asked, created_at, id) WHERE deleted_at IS NULL;

      CREATE TABLE exchanges (
        id TEXT PRIMARY KEY NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('feedback', 'session', 'help')),
        source_id TEXT NOT NULL,
        collaborator_id TEXT NOT NULL REFERENCES collaborators (id),
        project_id TEXT REFERENCES projects (id),
        direction TEXT NOT NULL CHECK (direction IN ('given', 'received')),
        benefit TEXT NOT NULL CHECK (benefit IN ('knowledge', 'perspective', 'growth')),
        weight INTEGER NOT NULL CHECK (weight BETWEEN 1 AND 3),
        initiated_by TEXT NOT NULL CHECK (initiated_by IN ('me', 'them')),
        date TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT,
        UNIQUE (source, source_id, direction),
        CHECK (source <> 'help' OR source_id = id)
      ) STRICT;
      -- direction, benefit and weight ride along so that sums of weight per person, month,
      -- direction and benefit (the ledger's totals, the patterns' aggregates) read the index alone.
      CREATE INDEX exchanges_by_date ON exchanges (date, created_at, id, collaborator_id, direction, benefit, weight)
        WHERE deleted_at IS NULL;
      CREATE INDEX exchanges_by_collaborator ON exchanges (collaborator_id, date, created_at, id, direction, benefit, weight)
        WHERE deleted_at IS NULL;
      CREATE INDEX exchanges_by_project ON exchanges (project_id, date, created_at, id) WHERE deleted_at IS NULL;
      -- Timelines show help rows only (derived rows appear as their source entry); these keep
      -- a page of help fast when most of a person's ledger is derived.
      CREATE INDEX exchanges_help_by_collaborator ON exchanges (collaborator_id, date, created_at, id)
        WHERE source = 'help' AND deleted_at IS NULL;
      CREATE INDEX exchanges_help_by_project ON exchanges (project_id, date, created_at, id)
        WHERE source = 'help' AND deleted_at IS NULL;
    `);
  },
};
