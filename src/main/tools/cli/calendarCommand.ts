import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { localDay } from '../../../shared/localDay';
import { calendarEvents } from '../../transfer/calendarEvents';
import { calendarFile } from '../../transfer/calendarFile';
import { readLibrary } from '../../db/open';
import { requireLibraryDir } from './analyzeCommand';
import { processIo, runCommand, UsageError, type CommandIo } from './cliErrors';
import { viaTemporary } from './exportCommand';

export const CALENDAR_USAGE = 'Usage: counterpoint calendar --data-dir DIR [--out FILE]';

/** The folder --out names must exist and take a new file; checked before the library is read. */
function requireWritableTarget(value: string): string {
  if (value.trim() === '') throw new UsageError('--out needs a file name, like counterpoint.ics.');
  const target = path.resolve(value);
  if (fs.existsSync(target) && fs.statSync(target).isDirectory()) throw new UsageError(`${target} is a folder; --out needs a file name in it.`);
  const folder = path.dirname(target);
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) throw new UsageError(`There is no folder at ${folder} to write ${path.basename(target)} into.`);
  try {
    fs.accessSync(folder, fs.constants.W_OK);
  } catch {
    throw new UsageError(`${folder} cannot be written to, so ${path.basename(target)} cannot be saved there.`);
  }
  return target;
}

/**
 * `counterpoint calendar`: planned lessons, practice due and check-ins due as an iCalendar file
 * (the app's calendar.prepare), to stdout or --out FILE. Reads the library read-only and leaves
 * nothing behind; a file is written through a temporary one, so a failure leaves no half a file.
 */
export function runCalendar(argv: readonly string[], io: CommandIo = processIo): Promise<number> {
  return runCommand(CALENDAR_USAGE, io, async () => {
    const { values } = parseArgs({
      args: [...argv],
      options: { 'data-dir': { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean' } },
      strict: true,
      allowPositionals: false,
    });
    if (values.help) {
      io.out(CALENDAR_USAGE);
      return 0;
    }
    const dataDir = requireLibraryDir(values['data-dir']);
    const target = values.out === undefined ? undefined : requireWritableTarget(values.out);
    const now = io.now();
    const events = readLibrary(dataDir, (db) => calendarEvents(db, localDay(now), now.toISOString()));
    const text = calendarFile(events, now.toISOString());
    if (target === undefined) {
      // The file already ends in CRLF; out() adds a newline of its own.
      io.out(text.replace(/\r\n$/, ''));
      return 0;
    }
    try {
      await viaTemporary(target, (file) => fs.promises.writeFile(file, text));
    } catch (error) {
      throw new Error(`${target} could not be written: ${(error as Error).message}`, { cause: error });
    }
    io.err(`Wrote ${events.length} ${events.length === 1 ? 'event' : 'events'} to ${target}.`);
    return 0;
  });
}
