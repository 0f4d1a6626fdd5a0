import type Database from 'better-sqlite3';
import type { EntryFilter } from './entryTable';
import { Where } from './listQuery';
import { statement } from './statements';

/** A counter table of migration 0009 and the facet columns a list filters on, with their values (undefined = any). */
export type CountTable = 'exchange_counts' | 'feedback_counts' | 'lesson_counts' | 'request_counts';
export type Facets = Record<string, string | readonly string[] | undefined>;

/**
 * The counter cells (migration 0009) that hold what a filter matches, or null when they cannot say:
 * they are kept per person and per project, without days, so a date range or a person and a project
 * together are counted over the rows themselves (each through its own index, bounded by the filter).
 * Without a person or a project the project cells are summed: every entry is in exactly one of them.
 */
export function countCells(filter: Omit<EntryFilter, 'includeDeleted'> & { includeDeleted?: boolean }, facets: Facets): Where | null {
  if (filter.from !== undefined || filter.to !== undefined) return null;
  if (filter.collaboratorId !== undefined && filter.projectId !== undefined) return null;
  const where = new Where();
  if (filter.collaboratorId !== undefined) where.add(`scope = 'collaborator' AND scope_id = @scopeId`, { scopeId: filter.collaboratorId });
  else if (filter.projectId !== undefined) where.add(`scope = 'project' AND scope_id = @scopeId`, { scopeId: filter.projectId });
  else where.add(`scope = 'project'`);
  if (!filter.includeDeleted) where.add('live = 1');
  for (const [column, value] of Object.entries(facets)) {
    if (value === undefined) continue;
    if (typeof value === 'string') where.add(`${column} = @facet_${column}`, { [`facet_${column}`]: value });
    else where.add(`${column} IN (SELECT value FROM json_each(@facet_${column}))`, { [`facet_${column}`]: JSON.stringify(value) });
  }
  return where;
}

/** How many entries of a counter table the filter matches, or null when the counters cannot say (see countCells). */
export function countedEntries(db: Database.Database, table: CountTable, filter: EntryFilter, facets: Facets): number | null {
  const where = countCells(filter, facets);
  if (!where) return null;
  return (statement(db, `SELECT coalesce(sum(entry_count), 0) AS n FROM ${table} ${where.sql}`).get(where.params) as { n: number }).n;
}
