import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Collaborator, CollaboratorFields, CollaboratorRole } from '../../shared/entities/collaborator';
import { statement } from './statements';

interface CollaboratorRow {
  id: string;
  name: string;
  kind: Collaborator['kind'];
  notes: string;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
  roles: string | null;
}

const SELECT = `
  SELECT c.id, c.name, c.kind, c.notes, c.created_at, c.updated_at, c.archived_at,
         (SELECT group_concat(role, ',') FROM collaborator_roles r WHERE r.collaborator_id = c.id) AS roles
  FROM collaborators c`;

const ROLE_ORDER: readonly CollaboratorRole[] = ['mentor', 'mentee', 'peer', 'co-creator', 'critic', 'audience'];

export function toCollaborator(row: CollaboratorRow): Collaborator {
  const roles = (row.roles ? row.roles.split(',') : []) as CollaboratorRole[];
  roles.sort((a, b) => ROLE_ORDER.indexOf(a) - ROLE_ORDER.indexOf(b));
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    roles,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    archivedAt: row.archived_at,
  };
}

export function findCollaborator(db: Database.Database, id: string): Collaborator | undefined {
  const row = statement(db, `${SELECT} WHERE c.id = ?`).get(id) as CollaboratorRow | undefined;
  return row && toCollaborator(row);
}

export function listCollaborators(
  db: Database.Database,
  filter: { includeArchived: boolean; role?: CollaboratorRole | undefined },
): Collaborator[] {
  const rows = statement(
    db,
    `${SELECT}
     WHERE (@includeArchived = 1 OR c.archived_at IS NULL)
       AND (@role IS NULL OR EXISTS (SELECT 1 FROM collaborator_roles r WHERE r.collaborator_id = c.id AND r.role = @role))
     ORDER BY c.archived_at IS NOT NULL, c.name COLLATE NOCASE, c.created_at`,
  ).all({ includeArchived: filter.includeArchived ? 1 : 0, role: filter.role ?? null }) as CollaboratorRow[];
  return rows.map(toCollaborator);
}

function writeRoles(db: Database.Database, id: string, roles: readonly CollaboratorRole[]): void {
  statement(db, 'DELETE FROM collaborator_roles WHERE collaborator_id = ?').run(id);
  const insert = statement(db, 'INSERT INTO collaborator_roles (collaborator_id, role) VALUES (?, ?)');
  for (const role of roles) insert.run(id, role);
}

export function insertCollaborator(db: Database.Database, fields: CollaboratorFields, at: string, id = randomUUID()): string {
  statement(
    db,
    `INSERT INTO collaborators (id, name, kind, notes, created_at, updated_at)
     VALUES (@id, @name, @kind, @notes, @at, @at)`,
  ).run({ id, name: fields.name, kind: fields.kind, notes: fields.notes, at });
  writeRoles(db, id, fields.roles);
  return id;
}

export function updateCollaborator(
  db: Database.Database,
  id: string,
  fields: Partial<CollaboratorFields>,
  at: string,
): void {
  statement(
    db,
    `UPDATE collaborators SET
       name = coalesce(@name, name),
       kind = coalesce(@kind, kind),
       notes = coalesce(@notes, notes),
       updated_at = @at
     WHERE id = @id`,
  ).run({ id, name: fields.name ?? null, kind: fields.kind ?? null, notes: fields.notes ?? null, at });
  if (fields.roles) writeRoles(db, id, fields.roles);
}

export function setCollaboratorArchived(db: Database.Database, id: string, archivedAt: string | null, at: string): void {
  statement(db, 'UPDATE collaborators SET archived_at = ?, updated_at = ? WHERE id = ?').run(archivedAt, at, id);
}
