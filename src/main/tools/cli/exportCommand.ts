import fs from 'node:fs';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { CSV_TABLES } from '../../../shared/transfer/exportDocument';
import { companionTidy } from '../../db/integrity';
import { closeDatabase, DATABASE_FILE, openDatabase } from '../../db/open';
import { csvFileName } from '../../transfer/exportCsv';
import { exportCsvToFile, exportToFile } from '../../transfer/exportFile';
import { writeExport } from '../../transfer/exportJson';
import { streamSink } from '../../transfer/sink';
import { readSettingsFile, requireLibraryDir } from './analyzeCommand';
import { processIo, runCommand, type CommandIo } from './cliErrors';

export const EXPORT_USAGE = 'Usage: counterpoint export --data-dir DIR [--out FILE] [--csv DIR]';

/** A command's io plus the raw stream the export document is written to when there is no --out. */
export interface ExportIo extends CommandIo {
  stdout: Writable;
}

const processExportIo: ExportIo = { ...processIo, stdout: process.stdout };

/** Writes through a temporary file beside the target, so a failed export never leaves half a file. */
export async function viaTemporary<T>(target: string, write: (file: string) => Promise<T>): Promise<T> {
  const temporary = `${target}.partial-${process.pid}`;
  fs.rmSync(temporary, { force: true });
  const result = await write(temporary);
  fs.renameSync(temporary, target);
  return result;
}

/**
 * `counterpoint export`: the whole library as one JSON document (docs/EXPORT.md) to stdout or
 * --out FILE, and/or each table as CSV into --csv DIR. Opens the library read-only and streams, so
 * any size exports in flat memory. stdout carries only the document; messages go to stderr.
 */
export function runExport(argv: readonly string[], io: ExportIo = processExportIo): Promise<number> {
  return runCommand(EXPORT_USAGE, io, async () => {
    const { values } = parseArgs({
      args: [...argv],
      options: {
        'data-dir': { type: 'string' },
        out: { type: 'string' },
        csv: { type: 'string' },
        help: { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    });
    if (values.help) {
      io.err(EXPORT_USAGE);
      return 0;
    }
    const dataDir = requireLibraryDir(values['data-dir']);
    const settings = { analysis: readSettingsFile(dataDir, io).analysis };
    // Reading only: the -wal/-shm a read-only connection makes go again when it closes.
    const tidy = companionTidy(path.join(dataDir, DATABASE_FILE), undefined);
    const db = openDatabase(dataDir, { readonly: true });
    try {
      const exportedAt = io.now().toISOString();
      if (values.out !== undefined) {
        const target = path.resolve(values.out);
        const counts = await viaTemporary(target, (file) => exportToFile(db, settings, file, exportedAt));
        io.err(`Exported ${Object.values(counts).reduce((sum, n) => sum + n, 0)} records to ${target}.`);
      } else if (values.csv === undefined) {
        await writeExport(db, settings, streamSink(io.stdout), exportedAt);
      }
      if (values.csv !== undefined) {
        const folder = path.resolve(values.csv);
        fs.mkdirSync(folder, { recursive: true });
        for (const table of CSV_TABLES) {
          const target = path.join(folder, csvFileName(table));
          const rows = await viaTemporary(target, (file) => exportCsvToFile(db, table, file));
          io.err(`Wrote ${rows} rows to ${target}.`);
        }
      }
      return 0;
    } finally {
      closeDatabase(db);
      tidy();
    }
  });
}
