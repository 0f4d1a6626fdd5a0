import type Database from 'better-sqlite3';
import { z } from 'zod';
import type { PersonInLog } from '../../shared/entities/project';
import { ENTRY_KINDS, KINDS, withTotal, type EntryKind } from '../../shared/kinds';
import { toCollaborator } from './collaboratorRepository';
import { statement } from './statements';

/** The kinds whose entries can be on a project: those whose entity has a project field (its column is project_id). */
const kindsOnProjects = ENTRY_KINDS.filter((kind) => {
  const entity = KINDS[kind].schemas.entity;
  return entity instanceof z.ZodObject && 'projectId' in entity.shape;
});

/** One branch per kind: the person of each live entry on the project (help's rows share the ledger with derived ones). */
const branchOf = (kind: EntryKind) => {
  const { table, ledger } = KINDS[kind];
  const own = ledger === 'direct' ? ` AND source = '${kind}'` : '';
  return `SELECT '${kind}' AS kind, collaborator_id FROM ${table} WHERE project_id = @projectId AND deleted_at IS NULL${own}`;
};

const SQL = `
  WITH log AS (${kindsOnProjects.map(branchOf).join(' UNION ALL ')})
  SELECT c.id, c.name, c.kind, c.notes, c.created_at, c.updated_at, c.archived_at,
         (SELECT group_concat(role, ',') FROM collaborator_roles r WHERE r.collaborator_id = c.id) AS roles,
         ${ENTRY_KINDS.map((kind) => `sum(log.kind = '${kind}') AS n_${kind}`).join(', ')},
         count(*) AS total
  FROM log JOIN collaborators c ON c.id = log.collaborator_id
  WHERE c.archived_at IS NULL
    AND NOT EXISTS (SELECT 1 FROM project_members m WHERE m.project_id = @projectId AND m.collaborator_id = c.id)
  GROUP BY c.id
  ORDER BY total DESC, c.name COLLATE NOCASE, c.id`;

type Row = Parameters<typeof toCollaborator>[0] & Record<`n_${EntryKind}`, number>;

/**
 * The people who appear in a project's log but are not on it, with their live entries by kind:
 * deleted entries are left out, and so are archived people (hidden from every list until restored).
 */
export function peopleInLog(db: Database.Database, projectId: string): PersonInLog[] {
  const rows = statement(db, SQL).all({ projectId }) as Row[];
  return rows.map((row) => ({
    collaborator: toCollaborator(row),
    entries: withTotal(Object.fromEntries(ENTRY_KINDS.map((kind) => [kind, row[`n_${kind}`]])) as Record<EntryKind, number>),
  }));
}
