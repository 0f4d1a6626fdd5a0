import path from 'node:path';
import { parseArgs } from 'node:util';
import { damageWording } from '../../../shared/libraryDamageWording';
import { checkLibraryFile, LibraryDamagedError } from '../../db/integrity';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations';
import { DATABASE_FILE } from '../../db/open';
import { requireLibraryDir } from './analyzeCommand';
import { countsText } from './backupCommand';
import { processIo, runCommand, type CommandIo } from './cliErrors';

export const CHECK_USAGE = 'Usage: counterpoint check --data-dir DIR';

/**
 * `counterpoint check`: SQLite's full integrity_check and the schema version of the library in DIR,
 * and its derived data compared with a fresh computation (db/derivedCheck.ts).
 * It only reads, and on a copy (db/integrity.ts), so the library folder gets no -wal or -shm files.
 * Exit codes: 0 the library is sound, 1 a problem was found (said on stderr), 2 wrong usage.
 */
export function runCheck(argv: readonly string[], io: CommandIo = processIo): Promise<number> {
  return runCommand(CHECK_USAGE, io, () => {
    const { values } = parseArgs({
      args: [...argv],
      options: { 'data-dir': { type: 'string' }, help: { type: 'boolean' } },
      strict: true,
      allowPositionals: false,
    });
    if (values.help) {
      io.out(CHECK_USAGE);
      return 0;
    }
    const file = path.join(requireLibraryDir(values['data-dir']), DATABASE_FILE);
    try {
      const checked = checkLibraryFile(file, { check: 'full', counts: true, derived: true });
      const upgrade =
        checked.schemaVersion < LATEST_SCHEMA_VERSION
          ? ` (older than this version's ${LATEST_SCHEMA_VERSION}: Counterpoint upgrades it, after a backup, when it next opens it)`
          : '';
      io.out(`${file}: ok. integrity_check found no problem. Schema ${checked.schemaVersion}${upgrade}.`);
      io.out(`Holds ${countsText(checked.counts ?? {})}.`);
      const differences = checked.derivedDifferences ?? [];
      if (differences.length > 0) {
        io.err(
          `The data Counterpoint keeps derived from your entries (the ledger, its monthly sums, the search index) does not match them:\n` +
            `${differences.map((line) => `  ${line}`).join('\n')}\nYour entries themselves are as saved; this is a fault in Counterpoint. Nothing was changed.`,
        );
        return 1;
      }
      if (checked.derivedDifferences) io.out('The ledger, its monthly sums and the search index match a fresh computation from the entries.');
      return 0;
    } catch (error) {
      if (!(error instanceof LibraryDamagedError)) throw error;
      const words = damageWording(error.damage);
      io.err(`${words.title}. ${words.what}\n${words.todo}\nThe check reported: ${error.damage.detail}\nNothing was changed.`);
      return 1;
    }
  });
}
