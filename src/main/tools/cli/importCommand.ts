import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SECTIONS } from '../../../shared/transfer/exportDocument';
import { ConflictChoice, SECTION_LABELS, type ImportPreview, type ImportResult } from '../../../shared/transfer/importPlan';
import { companionTidy } from '../../db/integrity';
import { closeDatabase, DATABASE_FILE, openDatabase } from '../../db/open';
import { createNodeSettingsStore } from '../../host/settingsStore.node';
import { applyImport, previewImport } from '../../transfer/importLibrary';
import { readSettingsFile } from './analyzeCommand';
import { backUpLibrary } from './backupCommand';
import { processIo, runCommand, UsageError, type CommandIo } from './cliErrors';

export const IMPORT_USAGE = 'Usage: counterpoint import FILE --data-dir DIR [--dry-run] [--conflicts keep-mine|take-file]';

/** The command's io, and the backup to make before writing (the backups' keeper, when the dispatcher has one). */
export interface ImportIo extends CommandIo {
  backup?: (dataDir: string) => Promise<unknown>;
}

const pad = (text: string | number, width: number) => String(text).padStart(width);

/** The preview as a table: per list, new / identical / conflicting, then the conflicts named. */
export function previewText(preview: ImportPreview): string {
  const lines = [`${''.padEnd(18)}${pad('new', 8)}${pad('identical', 11)}${pad('conflicting', 13)}`];
  for (const section of SECTIONS) {
    const counts = preview.sections[section];
    lines.push(`${SECTION_LABELS[section].padEnd(18)}${pad(counts.new, 8)}${pad(counts.identical, 11)}${pad(counts.conflicting, 13)}`);
  }
  lines.push(`Settings: ${preview.settings === 'identical' ? 'the same as this library’s' : 'different from this library’s'}`);
  for (const section of SECTIONS) {
    const { conflicting, conflicts } = preview.sections[section];
    if (conflicting === 0) continue;
    lines.push('', `${SECTION_LABELS[section]} that differ (${conflicts.length < conflicting ? `first ${conflicts.length} of ` : ''}${conflicting}):`);
    for (const conflict of conflicts) {
      lines.push(`  ${conflict.key}  (${conflict.fields.join(', ')})`, `    mine: ${conflict.label}`, `    file: ${conflict.fileLabel}`);
    }
  }
  return lines.join('\n');
}

function resultText(result: ImportResult): string {
  const parts = SECTIONS.map((section) => {
    const { added, replaced } = result.sections[section];
    return added + replaced > 0 ? `${SECTION_LABELS[section]}: ${added} added${replaced ? `, ${replaced} replaced` : ''}` : '';
  }).filter(Boolean);
  return parts.length > 0 ? `Imported. ${parts.join('; ')}.` : 'Nothing to import: the library already holds everything in the file.';
}

/**
 * `counterpoint import FILE`: previews the import (new / identical / conflicting per list), then
 * imports it in one transaction. With conflicts and no --conflicts choice it stops after the
 * preview and writes nothing (exit 1); --dry-run always stops there (exit 0 if the file is good).
 */
export function runImport(argv: readonly string[], io: ImportIo = processIo): Promise<number> {
  return runCommand(IMPORT_USAGE, io, async () => {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: {
        'data-dir': { type: 'string' },
        'dry-run': { type: 'boolean' },
        conflicts: { type: 'string' },
        help: { type: 'boolean' },
      },
      strict: true,
      allowPositionals: true,
    });
    if (values.help) {
      io.out(IMPORT_USAGE);
      return 0;
    }
    if (positionals.length !== 1) throw new UsageError('Name one file to import.');
    const file = path.resolve(positionals[0] ?? '');
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new UsageError(`There is no file at ${file}.`);
    if (values['data-dir'] === undefined || values['data-dir'].trim() === '') {
      throw new UsageError('--data-dir is required: the folder that holds the library.');
    }
    const choice = values.conflicts === undefined ? undefined : ConflictChoice.safeParse(values.conflicts);
    if (choice && !choice.success) throw new UsageError('--conflicts must be keep-mine or take-file.');
    const dataDir = path.resolve(values['data-dir']);
    const isNew = !fs.existsSync(path.join(dataDir, DATABASE_FILE));
    if (isNew && values['dry-run']) throw new UsageError(`${dataDir} holds no Counterpoint library to compare with.`);

    const settings = { analysis: readSettingsFile(dataDir, io).analysis };
    // A dry run only reads: the -wal/-shm its read-only connection makes go again when it closes.
    const tidy = values['dry-run'] ? companionTidy(path.join(dataDir, DATABASE_FILE), undefined) : () => undefined;
    const db = openDatabase(dataDir, { readonly: Boolean(values['dry-run']) });
    try {
      if (isNew) io.err(`Created a new library at ${dataDir}.`);
      const preview = previewImport(db, file, settings);
      io.out(previewText(preview));
      if (values['dry-run']) return 0;
      const conflicting = preview.totals.conflicting + (preview.settings === 'conflicting' ? 1 : 0);
      if (conflicting > 0 && !choice) {
        io.err(`${conflicting} record(s) differ from this library's. Nothing was imported; choose --conflicts keep-mine or --conflicts take-file.`);
        return 1;
      }
      // An existing library is backed up first, as the app does; a library this import creates has nothing to keep.
      if (io.backup) await io.backup(dataDir);
      else if (!isNew) await backUpLibrary(db, dataDir, 'before-import', readSettingsFile(dataDir, io).backups.keep, io);
      const { takeSettings, ...result } = applyImport(db, file, choice?.success ? { all: choice.data } : undefined, settings, io.now().toISOString());
      if (takeSettings) createNodeSettingsStore(dataDir).update(takeSettings);
      io.out(resultText(result));
      return 0;
    } finally {
      closeDatabase(db);
      tidy();
    }
  });
}
