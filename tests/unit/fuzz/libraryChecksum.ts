import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';

/** Each connection's statements, prepared once: the schema does not change while the app runs. */
const statements = new WeakMap<Database.Database, { table: string; rows: Database.Statement }[]>();

function statementsOf(db: Database.Database) {
  let prepared = statements.get(db);
  if (!prepared) {
    const tables = db
      .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name`)
      .pluck()
      .all() as string[];
    prepared = tables.map((table) => {
      const columns = (db.prepare(`SELECT count(*) FROM pragma_table_info(?)`).pluck().get(table) as number) || 1;
      const order = Array.from({ length: columns }, (_, index) => index + 1).join(', ');
      return { table, rows: db.prepare(`SELECT * FROM "${table}" ORDER BY ${order}`).raw() };
    });
    statements.set(db, prepared);
  }
  return prepared;
}

/**
 * A digest of every row of every table of the library (FTS5's shadow tables included, the virtual
 * table itself left out: it holds no rows of its own), each table in a stable order, and of
 * anything else passed in (the settings).
 */
export function libraryChecksum(db: Database.Database, extra: unknown): string {
  const hash = createHash('sha256');
  for (const { table, rows } of statementsOf(db)) {
    hash.update(`\u0001${table}\u0002`);
    for (const row of rows.all() as unknown[][]) {
      for (const value of row) {
        // Each value with its type, so 1 and '1', null and 'null' differ.
        if (Buffer.isBuffer(value)) hash.update('b').update(value);
        else hash.update(value === null ? 'n' : `${typeof value === 'string' ? 's' : 'v'}${String(value)}`);
        hash.update('\u0000');
      }
    }
  }
  hash.update(`\u0003${db.pragma('user_version', { simple: true }) as number}`);
  hash.update(JSON.stringify(extra));
  return hash.digest('hex');
}
