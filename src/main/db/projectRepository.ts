import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Project, ProjectFields, ProjectMember, ProjectStatus } from '../../shared/entities/project';
import type { CollaboratorProject } from '../../shared/entities/project';
import { toCollaborator } from './collaboratorRepository';
import { statement } from './statements';

interface ProjectRow {
  id: string;
  title: string;
  medium: Project['medium'];
  status: Project['status'];
  start_date: string | null;
  end_date: string | null;
  description: string;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
  member_count: number;
}

const SELECT = `
  SELECT p.id, p.title, p.medium, p.status, p.start_date, p.end_date, p.description,
         p.created_at, p.updated_at, p.archived_at,
         (SELECT count(*) FROM project_members m WHERE m.project_id = p.id) AS member_count
  FROM projects p`;

const toProject = (row: ProjectRow): Project => ({
  id: row.id,
  title: row.title,
  medium: row.medium,
  status: row.status,
  startDate: row.start_date,
  endDate: row.end_date,
  description: row.description,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  archivedAt: row.archived_at,
  memberCount: row.member_count,
});

export function findProject(db: Database.Database, id: string): Project | undefined {
  const row = statement(db, `${SELECT} WHERE p.id = ?`).get(id) as ProjectRow | undefined;
  return row && toProject(row);
}

export function listProjects(
  db: Database.Database,
  filter: { includeArchived: boolean; status?: ProjectStatus | undefined },
): Project[] {
  const rows = statement(
    db,
    `${SELECT}
     WHERE (@includeArchived = 1 OR p.archived_at IS NULL) AND (@status IS NULL OR p.status = @status)
     ORDER BY p.archived_at IS NOT NULL,
              CASE p.status WHEN 'active' THEN 0 WHEN 'idea' THEN 1 WHEN 'paused' THEN 2 ELSE 3 END,
              p.updated_at DESC`,
  ).all({ includeArchived: filter.includeArchived ? 1 : 0, status: filter.status ?? null }) as ProjectRow[];
  return rows.map(toProject);
}

export function insertProject(db: Database.Database, fields: ProjectFields, at: string, id = randomUUID()): string {
  statement(
    db,
    `INSERT INTO projects (id, title, medium, status, start_date, end_date, description, created_at, updated_at)
     VALUES (@id, @title, @medium, @status, @startDate, @endDate, @description, @at, @at)`,
  ).run({ id, ...fields, at });
  return id;
}

/** Applies only the fields present in the patch; null clears a date, undefined keeps it. */
export function updateProject(db: Database.Database, id: string, patch: Partial<ProjectFields>, at: string): void {
  const current = findProject(db, id);
  if (!current) return;
  const next = { ...current, ...patch };
  statement(
    db,
    `UPDATE projects SET title = @title, medium = @medium, status = @status, start_date = @startDate,
       end_date = @endDate, description = @description, updated_at = @at
     WHERE id = @id`,
  ).run({
    id,
    title: next.title,
    medium: next.medium,
    status: next.status,
    startDate: next.startDate,
    endDate: next.endDate,
    description: next.description,
    at,
  });
}

export function setProjectArchived(db: Database.Database, id: string, archivedAt: string | null, at: string): void {
  statement(db, 'UPDATE projects SET archived_at = ?, updated_at = ? WHERE id = ?').run(archivedAt, at, id);
}

export function listMembers(db: Database.Database, projectId: string): ProjectMember[] {
  const rows = statement(
    db,
    `SELECT c.id, c.name, c.kind, c.notes, c.created_at, c.updated_at, c.archived_at,
            (SELECT group_concat(role, ',') FROM collaborator_roles r WHERE r.collaborator_id = c.id) AS roles,
            m.role AS member_role, m.added_at
     FROM project_members m JOIN collaborators c ON c.id = m.collaborator_id
     WHERE m.project_id = ?
     ORDER BY m.added_at, c.name COLLATE NOCASE`,
  ).all(projectId) as (Parameters<typeof toCollaborator>[0] & { member_role: string; added_at: string })[];
  return rows.map((row) => ({ collaborator: toCollaborator(row), role: row.member_role, addedAt: row.added_at }));
}

export function projectsOfCollaborator(db: Database.Database, collaboratorId: string): CollaboratorProject[] {
  const rows = statement(
    db,
    `${SELECT} JOIN project_members m ON m.project_id = p.id
     WHERE m.collaborator_id = ?
     ORDER BY p.archived_at IS NOT NULL, p.updated_at DESC`,
  ).all(collaboratorId) as ProjectRow[];
  const roles = statement(db, 'SELECT project_id, role FROM project_members WHERE collaborator_id = ?').all(
    collaboratorId,
  ) as { project_id: string; role: string }[];
  const roleOf = new Map(roles.map((r) => [r.project_id, r.role]));
  return rows.map((row) => ({ project: toProject(row), role: roleOf.get(row.id) ?? '' }));
}

export function findMember(db: Database.Database, projectId: string, collaboratorId: string): boolean {
  return (
    statement(db, 'SELECT 1 FROM project_members WHERE project_id = ? AND collaborator_id = ?').get(
      projectId,
      collaboratorId,
    ) !== undefined
  );
}

export function insertMember(db: Database.Database, projectId: string, collaboratorId: string, role: string, at: string): void {
  statement(
    db,
    'INSERT INTO project_members (project_id, collaborator_id, role, added_at) VALUES (?, ?, ?, ?)',
  ).run(projectId, collaboratorId, role, at);
}

export function updateMemberRole(db: Database.Database, projectId: string, collaboratorId: string, role: string): void {
  statement(db, 'UPDATE project_members SET role = ? WHERE project_id = ? AND collaborator_id = ?').run(
    role,
    projectId,
    collaboratorId,
  );
}

export function deleteMember(db: Database.Database, projectId: string, collaboratorId: string): void {
  statement(db, 'DELETE FROM project_members WHERE project_id = ? AND collaborator_id = ?').run(projectId, collaboratorId);
}

export function touchProject(db: Database.Database, id: string, at: string): void {
  statement(db, 'UPDATE projects SET updated_at = ? WHERE id = ?').run(at, id);
}
