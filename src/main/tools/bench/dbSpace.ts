import type Database from 'better-sqlite3';

/** One table or index of the library file and the bytes its pages take. */
export interface SpaceEntry {
  name: string;
  /** The table it belongs to (itself for a table). */
  table: string;
  kind: 'table' | 'index';
  bytes: number;
  bytesPerExchange: number;
}

/** An index whose columns lead another index on the same table: every lookup it serves, the other serves too. */
export interface RedundantIndex {
  index: string;
  coveredBy: string;
  table: string;
  columns: string[];
  bytes: number;
}

export interface DbSpace {
  entries: SpaceEntry[];
  /** Pages on the free list: space the file holds that no table uses (VACUUM returns it). */
  freeBytes: number;
  redundant: RedundantIndex[];
}

/** The bytes of every table and index of the library (SQLite's dbstat), largest first; null when dbstat is missing. */
export function measureDbSpace(db: Database.Database, exchanges: number): DbSpace | null {
  let sizes: { name: string; bytes: number }[];
  try {
    sizes = db.prepare('SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC').all() as typeof sizes;
  } catch {
    return null;
  }
  const schema = new Map(
    (db.prepare("SELECT name, tbl_name AS tableName, type FROM sqlite_schema WHERE type IN ('table', 'index')").all() as {
      name: string;
      tableName: string;
      type: 'table' | 'index';
    }[]).map((row) => [row.name, row]),
  );
  const entries = sizes.map(({ name, bytes }) => {
    const known = schema.get(name);
    return { name, table: known?.tableName ?? name, kind: known?.type ?? 'table', bytes, bytesPerExchange: bytes / Math.max(exchanges, 1) };
  });
  const bytesOf = new Map(entries.map((entry) => [entry.name, entry.bytes]));
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const freeBytes = (db.pragma('freelist_count', { simple: true }) as number) * pageSize;
  return { entries, freeBytes, redundant: redundantIndexes(db, bytesOf) };
}

/** An index's WHERE clause, spaces folded, or null for a full index. */
function whereOf(db: Database.Database, index: string): string | null {
  const sql = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = ?").pluck().get(index) as string | null;
  const where = sql ? /\bWHERE\b([\s\S]*)$/i.exec(sql) : null;
  return where ? (where[1] as string).replace(/\s+/g, ' ').trim() : null;
}

/**
 * Indexes (not unique) whose column list is a leading part of another index's on the same table
 * that holds at least the same rows: a full index, or a partial one with the same WHERE clause.
 */
function redundantIndexes(db: Database.Database, bytesOf: Map<string, number>): RedundantIndex[] {
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'").pluck().all() as string[];
  const found: RedundantIndex[] = [];
  for (const table of tables) {
    const indexes = (db.prepare('SELECT name, "unique" FROM pragma_index_list(?)').all(table) as { name: string; unique: number }[]).map((index) => ({
      ...index,
      where: whereOf(db, index.name),
      columns: (db.prepare('SELECT name FROM pragma_index_info(?) ORDER BY seqno').pluck().all(index.name) as (string | null)[]).map(
        (column) => column ?? '(expression)',
      ),
    }));
    for (const index of indexes) {
      if (index.unique || index.columns.includes('(expression)')) continue;
      const wider = indexes.find(
        (other) =>
          other !== index &&
          (other.where === null || other.where === index.where) &&
          other.columns.length >= index.columns.length &&
          index.columns.every((column, at) => other.columns[at] === column) &&
          (other.columns.length > index.columns.length || other.where !== index.where || other.name < index.name),
      );
      if (wider) found.push({ index: index.name, coveredBy: wider.name, table, columns: index.columns, bytes: bytesOf.get(index.name) ?? 0 });
    }
  }
  return found;
}
