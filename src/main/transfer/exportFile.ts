import fs from 'node:fs';
import type Database from 'better-sqlite3';
import type { CsvTable, ExportSettings } from '../../shared/transfer/exportDocument';
import { writeCsv } from './exportCsv';
import { writeExport, type SectionCounts } from './exportJson';
import { fileSink } from './sink';

/** Writes the whole library's export document to a file; a failed write leaves no file behind. */
export async function exportToFile(
  db: Database.Database,
  settings: ExportSettings,
  file: string,
  exportedAt: string,
): Promise<SectionCounts> {
  return toFile(file, (fd) => writeExport(db, settings, fileSink(fd), exportedAt));
}

/** Writes one table as CSV to a file; a failed write leaves no file behind. */
export async function exportCsvToFile(db: Database.Database, table: CsvTable, file: string): Promise<number> {
  return toFile(file, (fd) => writeCsv(db, table, fileSink(fd)));
}

async function toFile<T>(file: string, write: (fd: number) => Promise<T>): Promise<T> {
  const fd = fs.openSync(file, 'wx');
  try {
    const result = await write(fd);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    return result;
  } catch (error) {
    fs.closeSync(fd);
    fs.rmSync(file, { force: true });
    throw error;
  }
}
