import type Database from 'better-sqlite3';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  SECTIONS,
  type ExportHeader,
  type ExportSettings,
  type Section,
} from '../../shared/transfer/exportDocument';
import { SECTION_STORES } from './sections';
import type { Sink } from './sink';

export type SectionCounts = Record<Section, number>;

const schemaVersionOf = (db: Database.Database) => db.pragma('user_version', { simple: true }) as number;

/**
 * Writes the whole library as one export document (docs/EXPORT.md), record by record: each
 * table is read with an iterator, so a library of millions of rows never sits in memory. The
 * reads run in one read transaction, so the document is one moment of the library.
 */
export async function writeExport(
  db: Database.Database,
  settings: ExportSettings,
  sink: Sink,
  exportedAt: string,
): Promise<SectionCounts> {
  const header: ExportHeader = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt,
    schemaVersion: schemaVersionOf(db),
    settings,
  };
  const counts = Object.fromEntries(SECTIONS.map((section) => [section, 0])) as SectionCounts;
  const own = !db.inTransaction;
  if (own) db.exec('BEGIN');
  try {
    await sink.write('{\n');
    for (const [key, value] of Object.entries(header)) await sink.write(`  ${JSON.stringify(key)}: ${JSON.stringify(value)},\n`);
    for (const [index, section] of SECTIONS.entries()) {
      await sink.write(`  ${JSON.stringify(section)}: [`);
      let first = true;
      for (const record of SECTION_STORES[section].iterate(db)) {
        await sink.write(`${first ? '\n' : ',\n'}    ${JSON.stringify(record)}`);
        first = false;
        counts[section] += 1;
      }
      await sink.write(`${first ? '' : '\n  '}]${index < SECTIONS.length - 1 ? ',' : ''}\n`);
    }
    await sink.write('}\n');
    await sink.flush();
  } finally {
    if (own) db.exec('COMMIT');
  }
  return counts;
}
