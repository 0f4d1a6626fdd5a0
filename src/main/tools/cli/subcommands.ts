import { runAnalyze } from './analyzeCommand';
import { runBackup } from './backupCommand';
import { runCalendar } from './calendarCommand';
import { runCheck } from './checkCommand';
import { runExport } from './exportCommand';
import { runImport } from './importCommand';
import type { CommandIo } from './cliErrors';
import { runSample } from './sampleCommand';

/** One subcommand of `counterpoint`: its name, one line for the overview, and the command itself. */
export interface Subcommand {
  name: string;
  summary: string;
  /** Parses its own arguments (every subcommand takes --data-dir DIR) and answers an exit code: 0 fine, 1 a problem in the data, 2 wrong usage. */
  run(argv: readonly string[], io?: CommandIo): Promise<number>;
}

/**
 * Every subcommand of `counterpoint`, in the order `counterpoint --help` lists them.
 * Adding one is one line here: `{ name, summary, run }`, run being a `runX(argv, io)` from its own xCommand.ts.
 */
export const SUBCOMMANDS: readonly Subcommand[] = [
  { name: 'analyze', summary: 'Print the Patterns page for a library (text, or one JSON object with --json).', run: runAnalyze },
  { name: 'sample', summary: 'Write the sample library into an empty folder.', run: runSample },
  { name: 'export', summary: 'Write everything to one JSON document (stdout or --out FILE), or each table as CSV (--csv DIR).', run: runExport },
  { name: 'import', summary: 'Import an export file: shows what it adds and changes; --dry-run writes nothing.', run: runImport },
  { name: 'backup', summary: 'Make a checked, compressed backup in the library folder\'s backups/.', run: runBackup },
  { name: 'calendar', summary: 'Write planned lessons, practice due and check-ins due as an iCalendar file (stdout or --out FILE).', run: runCalendar },
  { name: 'check', summary: 'Check the library file for damage (integrity_check) without changing it.', run: runCheck },
];
