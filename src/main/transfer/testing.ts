import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { exportToFile } from './exportFile';

export const TEST_SETTINGS = { analysis: DEFAULT_SETTINGS.analysis };

/** The library's export document as text, through a file in `dir`. */
export async function exportText(db: Database.Database, dir: string, name = 'export.json'): Promise<string> {
  const file = path.join(dir, name);
  fs.rmSync(file, { force: true });
  await exportToFile(db, TEST_SETTINGS, file, '2026-01-01T00:00:00.000Z');
  return fs.readFileSync(file, 'utf8');
}

/** Every row of every table (derived ledger rows' ids and write times left out), to compare a library before and after. */
export function dumpTables(db: Database.Database): Record<string, unknown[]> {
  const tables = db
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .pluck()
    .all() as string[];
  return Object.fromEntries(tables.map((table) => [table, db.prepare(`SELECT * FROM "${table}" ORDER BY 1, 2`).all()]));
}
