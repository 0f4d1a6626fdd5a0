import { z } from 'zod';

/**
 * A backup of the library (host/backups): a checked copy in the data folder's backups/.
 * The backups issue fills in the methods; the schema of one backup is shared now so that the
 * import (which backs up first) and the backups screen agree on it.
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
  /** Entries of each kind, people and projects at the moment of the backup. */
  counts: z.record(z.string(), z.number().int().nonnegative()),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

export const backupMethods = {};
