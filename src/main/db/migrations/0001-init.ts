import type { Migration } from './types';

export const migration0001: Migration = {
  version: 1,
  name: 'projects, collaborators and project membership',
  up(db) {
    db.exec(`
      CREATE TABLE projects (
        id TEXT PRIMARY KEY NOT NULL,
        title TEXT NOT NULL,
        medium TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('idea', 'active', 'paused', 'finished')),
        start_date TEXT,
        end_date TEXT,
        description TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        archived_at TEXT
      ) STRICT;
      CREATE INDEX projects_by_status ON projects (archived_at, status);

      CREATE TABLE collaborators (
        id TEXT PRIMARY KEY NOT NULL,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('person', 'group')),
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        archived_at TEXT
      ) STRICT;
      CREATE INDEX collaborators_by_name ON collaborators (archived_at, name COLLATE NOCASE);

      CREATE TABLE collaborator_roles (
        collaborator_id TEXT NOT NULL REFERENCES collaborators (id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('mentor', 'mentee', 'peer', 'co-creator', 'critic', 'audience')),
        PRIMARY KEY (collaborator_id, role)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX collaborator_roles_by_role ON collaborator_roles (role, collaborator_id);

      CREATE TABLE project_members (
        project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
        collaborator_id TEXT NOT NULL REFERENCES collaborators (id) ON DELETE CASCADE,
        role TEXT NOT NULL DEFAULT '',
        added_at TEXT NOT NULL,
        PRIMARY KEY (project_id, collaborator_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX project_members_by_collaborator ON project_members (collaborator_id, project_id);
    `);
  },
};
