import type Database from 'better-sqlite3';
import { ENTRY_KINDS, KINDS } from '../../shared/kinds';

/** What a count reads: each kind's table (a kind logged straight into the ledger is its rows with that source), people and projects. */
function countedTables(): { key: string; table: string; where: string }[] {
  const kinds = ENTRY_KINDS.map((kind) => {
    const descriptor = KINDS[kind];
    const own = descriptor.ledger === 'direct' ? ` AND source = '${kind}'` : '';
    return { key: kind, table: descriptor.table, where: `deleted_at IS NULL${own}` };
  });
  return [
    ...kinds,
    { key: 'people', table: 'collaborators', where: '1 = 1' },
    { key: 'projects', table: 'projects', where: '1 = 1' },
  ];
}

/**
 * Entries of each kind (deleted ones left out), people and projects (archived ones included: they are still in the library). A table an
 * older schema does not have yet is left out of the answer rather than guessed.
 */
export function libraryCounts(db: Database.Database): Record<string, number> {
  const tables = new Set(
    (db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table'`).all() as { name: string }[]).map((row) => row.name),
  );
  const counts: Record<string, number> = {};
  for (const { key, table, where } of countedTables()) {
    if (!tables.has(table)) continue;
    try {
      counts[key] = (db.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${where}`).get() as { n: number }).n;
    } catch {
      // An older schema without that column: not counted.
    }
  }
  return counts;
}
