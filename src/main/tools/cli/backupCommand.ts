import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { ENTRY_KINDS, KINDS } from '../../../shared/kinds';
import { damageWording } from '../../../shared/libraryDamageWording';
import { checkLibraryFile, LibraryDamagedError } from '../../db/integrity';
import { DATABASE_FILE } from '../../db/open';
import type { BackupInfo, BackupReason } from '../../../shared/contract/backups';
import { BACKUPS_DIR } from '../../host/backupFiles';
import { FolderBackups } from '../../host/backups';
import { readSettingsFile, requireLibraryDir } from './analyzeCommand';
import { processIo, runCommand, type CommandIo } from './cliErrors';

export const BACKUP_USAGE = 'Usage: counterpoint backup --data-dir DIR';

/** "29,193 feedback, 11,647 lessons, …, 60 people, 12 projects", from the registry's names. */
export function countsText(counts: Record<string, number>): string {
  const parts = ENTRY_KINDS.filter((kind) => counts[kind] !== undefined).map(
    (kind) => `${(counts[kind] ?? 0).toLocaleString('en')} ${(counts[kind] === 1 ? KINDS[kind].labels.one : KINDS[kind].labels.many).toLowerCase()}`,
  );
  for (const key of ['people', 'projects']) if (counts[key] !== undefined) parts.push(`${(counts[key] ?? 0).toLocaleString('en')} ${key}`);
  return parts.length > 0 ? parts.join(', ') : 'nothing that could be counted';
}

/**
 * `counterpoint backup`: the same checked, compressed backup the app makes (host/backups.ts), into
 * DIR/backups, rotated to the library's `backups.keep` setting. Works while the app has the library
 * open (SQLite's online backup reads beside it). The library is checked first and never migrated.
 * Exit codes: 0 backed up, 1 the library or the copy has a problem, 2 wrong usage.
 */
export function runBackup(argv: readonly string[], io: CommandIo = processIo): Promise<number> {
  return runCommand(BACKUP_USAGE, io, async () => {
    const { values } = parseArgs({
      args: [...argv],
      options: { 'data-dir': { type: 'string' }, help: { type: 'boolean' } },
      strict: true,
      allowPositionals: false,
    });
    if (values.help) {
      io.out(BACKUP_USAGE);
      return 0;
    }
    const dataDir = requireLibraryDir(values['data-dir']);
    const file = path.join(dataDir, DATABASE_FILE);
    try {
      checkLibraryFile(file, { check: 'quick' });
    } catch (error) {
      if (!(error instanceof LibraryDamagedError)) throw error;
      const words = damageWording(error.damage);
      io.err(`${words.title}, so it was not backed up. ${words.what}\n${words.todo}`);
      return 1;
    }
    const keep = readSettingsFile(dataDir, io).backups.keep;
    // A read-write connection (never written through) so that closing it removes the -wal and -shm it needed.
    const db = new Database(file, { fileMustExist: true });
    try {
      db.pragma('busy_timeout = 5000');
      const backup = await backUpLibrary(db, dataDir, 'manual', keep, io);
      io.out(`Backed up ${file} to ${path.join(dataDir, BACKUPS_DIR, backup.id)} (${backup.bytes.toLocaleString('en')} bytes, checked).`);
      io.out(`It holds ${countsText(backup.counts)}. Keeping the newest ${keep}.`);
      return 0;
    } finally {
      db.close();
    }
  });
}

/** One checked, rotated backup of the library open on `db`, as the app makes them (the CLI's backup and import). */
export function backUpLibrary(db: Database.Database, dataDir: string, reason: BackupReason, keep: number, io: CommandIo): Promise<BackupInfo> {
  const backups = new FolderBackups(
    {
      dataDir,
      ownDb: db,
      damage: null,
      replaceOwn: () => {
        throw new Error('The command line never restores.');
      },
    },
    { keep: () => keep, now: () => io.now() },
  );
  return backups.create(reason);
}
