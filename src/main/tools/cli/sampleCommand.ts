import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { localDay } from '../../../shared/localDay';
import { closeDatabase, DATABASE_FILE, openDatabase } from '../../db/open';
import { SAMPLE_SEED, writeSampleLibrary } from '../../sample/sampleLibrary';
import { processIo, runCommand, UsageError, type CommandIo } from './cliErrors';

export const SAMPLE_USAGE = 'Usage: counterpoint sample --data-dir DIR [--seed N]';

/** The library file and the files SQLite keeps beside it. */
const libraryFiles = (dataDir: string) => ['', '-wal', '-shm'].map((suffix) => path.join(dataDir, `${DATABASE_FILE}${suffix}`));

/**
 * `counterpoint sample`: writes the sample library (src/main/sample) into DIR as an ordinary library,
 * for end-to-end tests and trying `counterpoint analyze`. Refuses a folder that already holds a
 * library, so it can never write into someone's own data.
 */
export function runSample(argv: readonly string[], io: CommandIo = processIo): Promise<number> {
  return runCommand(SAMPLE_USAGE, io, async () => {
    const { values } = parseArgs({
      args: [...argv],
      options: { 'data-dir': { type: 'string' }, seed: { type: 'string' }, help: { type: 'boolean' } },
      strict: true,
      allowPositionals: false,
    });
    if (values.help) {
      io.out(SAMPLE_USAGE);
      return 0;
    }
    if (values['data-dir'] === undefined || values['data-dir'].trim() === '') {
      throw new UsageError('--data-dir is required: the folder to write the sample library into.');
    }
    const seed = values.seed === undefined ? SAMPLE_SEED : Number(values.seed);
    if (!/^\d+$/.test(values.seed ?? '0') || !Number.isSafeInteger(seed)) {
      throw new UsageError(`--seed takes a whole number of 0 or more, not "${values.seed}".`);
    }
    const dataDir = path.resolve(values['data-dir']);
    if (fs.existsSync(dataDir) && !fs.statSync(dataDir).isDirectory()) throw new UsageError(`${dataDir} is a file, not a folder.`);
    if (fs.existsSync(path.join(dataDir, DATABASE_FILE))) {
      throw new UsageError(`${dataDir} already holds a library; choose an empty folder. Nothing was changed.`);
    }
    const db = openDatabase(dataDir);
    try {
      const today = localDay(io.now());
      const summary = await writeSampleLibrary(db, { today, seed });
      closeDatabase(db);
      io.out(
        `Wrote the sample library to ${dataDir}: ${summary.people} people, ${summary.projects} projects and ` +
          `${summary.entries} log entries, the last dated ${today} (seed ${seed}).\n` +
          `Try: counterpoint analyze --data-dir ${dataDir}`,
      );
      return 0;
    } catch (error) {
      closeDatabase(db);
      for (const file of libraryFiles(dataDir)) fs.rmSync(file, { force: true });
      throw error;
    }
  });
}
