import { z } from 'zod';
import { Text } from '../entities/text';
import { AppInfo } from './app';
import { command, query } from './method';

/**
 * A backup of the library (host/backups): a copy made with SQLite's online backup, checked with
 * integrity_check, gzip-compressed and kept in the data folder's backups/ with a small manifest
 * beside it. Made once a day while the app runs, before a migration, an import or a restore, and
 * on request; rotation keeps the newest `backups.keep` of them (settings).
 */
export const BackupReason = z.enum(['daily', 'manual', 'before-migration', 'before-import', 'before-restore']);
export type BackupReason = z.infer<typeof BackupReason>;

export const BackupInfo = z.object({
  /** The file name inside backups/, which is also the backup's id. */
  id: z.string(),
  createdAt: z.string(),
  reason: BackupReason,
  /** Bytes on disk (compressed). */
  bytes: z.number().int().nonnegative(),
  /** Entries of each kind (the registry's kind names), `people` and `projects`, at the moment of the backup; deleted ones not counted. */
  counts: z.record(z.string(), z.number().int().nonnegative()),
  /** The library's schema version in the backup (a before-migration backup holds the older one). */
  schemaVersion: z.number().int().nonnegative(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

export const backupMethods = {
  /** Newest first; only backups that passed their check are listed. */
  'backups.list': query(z.strictObject({}), z.array(BackupInfo)),
  /** Backs up the user's own library now (reason 'manual'). */
  'backups.create': command(z.strictObject({}), BackupInfo),
  /** Backs up the current state (when the library is readable), then puts this backup's library in place; answers app.info as it is after. */
  'backups.restore': command(z.strictObject({ id: Text.min(1, { message: 'Choose a backup to restore' }) }), AppInfo),
};
