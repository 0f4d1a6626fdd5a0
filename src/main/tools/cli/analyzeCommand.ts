import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SETTINGS, Settings } from '../../../shared/settings';
import { analyzePatterns } from '../../analysis';
import { windowEnding } from '../../analysis/window';
import { localDay } from '../../../shared/localDay';
import { DATABASE_FILE, readLibrary } from '../../db/open';
import { loadAnalysisInput } from '../../db/patternAggregates';
import { settingsInFile } from '../../host/settingsFile';
import { readSettings, SETTINGS_FILE_NAME } from '../../host/settingsStore';
import { processIo, runCommand, UsageError, type CommandIo } from './cliErrors';
import { reportJson } from './patternsJson';
import { reportText } from './patternsText';

export const ANALYZE_USAGE = 'Usage: counterpoint analyze --data-dir DIR [--window-days N] [--json]';

/**
 * The library's settings without touching the file, read as the app reads them (host/settingsFile.ts,
 * then readSettings): each invalid setting as its default, the rest kept, and this says which on stderr.
 */
export function readSettingsFile(dataDir: string, io: CommandIo): Settings {
  const file = path.join(dataDir, `${SETTINGS_FILE_NAME}.json`);
  const { store, unreadable } = settingsInFile(file);
  if (unreadable) {
    io.err(`Warning: ${file} could not be read (it holds ${unreadable.found}); using the default settings.`);
    return structuredClone(DEFAULT_SETTINGS);
  }
  const { settings, resets } = readSettings(store);
  for (const reset of resets) {
    io.err(`Warning: ${file}: ${reset.path} is not valid (it says ${reset.found}: ${reset.reason}); using its default ${reset.default}.`);
  }
  return settings;
}

/** The folder must exist and hold a library; the command never creates either. */
export function requireLibraryDir(value: string | undefined): string {
  if (value === undefined || value.trim() === '') throw new UsageError('--data-dir is required: the folder that holds the library.');
  const dataDir = path.resolve(value);
  if (!fs.existsSync(dataDir) || !fs.statSync(dataDir).isDirectory()) throw new UsageError(`There is no folder at ${dataDir}.`);
  if (!fs.existsSync(path.join(dataDir, DATABASE_FILE))) {
    throw new UsageError(`${dataDir} holds no Counterpoint library (${DATABASE_FILE} is missing).`);
  }
  return dataDir;
}

function windowDaysOf(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  // Number('') is 0 and Number('1e3') is 1000: only plain decimal text counts as a number here.
  const number = /^\s*-?\d+(\.\d+)?\s*$/.test(value) ? Number(value) : Number.NaN;
  const parsed = Settings.shape.analysis.shape.windowDays.safeParse(number);
  if (!parsed.success) throw new UsageError(`--window-days: ${parsed.error.issues[0]?.message ?? 'not a number of days'}.`);
  return parsed.data;
}

/**
 * `counterpoint analyze`: the Patterns page for a terminal or a script. Reads the library (readLibrary: read-only, nothing left behind),
 * judges the window ending today with the library's settings (the window overridable), and prints
 * text or, with --json, one object. Exit codes: 0 done, 2 bad arguments or no library, 1 otherwise.
 */
export function runAnalyze(argv: readonly string[], io: CommandIo = processIo): Promise<number> {
  return runCommand(ANALYZE_USAGE, io, () => {
    const { values } = parseArgs({
      args: [...argv],
      options: {
        'data-dir': { type: 'string' },
        'window-days': { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    });
    if (values.help) {
      io.out(ANALYZE_USAGE);
      return 0;
    }
    const dataDir = requireLibraryDir(values['data-dir']);
    const settings = readSettingsFile(dataDir, io).analysis;
    const windowDays = windowDaysOf(values['window-days'], settings.windowDays);
    const window = windowEnding(localDay(io.now()), windowDays);
    const report = readLibrary(dataDir, (db) => analyzePatterns(loadAnalysisInput(db, window), { ...settings, windowDays }));
    io.out(values.json ? JSON.stringify(reportJson(report), null, 2) : reportText(report, path.join(dataDir, DATABASE_FILE)));
    return 0;
  });
}
