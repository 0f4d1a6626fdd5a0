import { parentPort, workerData } from 'node:worker_threads';
import type { LibraryDamage } from '../../shared/contract/libraryDamage';
import { checkOwnedCopy, LibraryDamagedError } from '../db/integrity';

/**
 * The worker that checks a backup's staged copy (integrity_check and the counts, seconds at 100k
 * entries) with its own better-sqlite3 connection, so the app's main thread keeps answering
 * meanwhile. A separate built entry (electron.vite.config.ts: out/main/backupCheck.js), started by
 * host/backupFiles.ts's checkStagedAside; it answers with one message and ends.
 */
export interface CopyCheckJob {
  copy: string;
  /** better-sqlite3 built for Electron, as the app's own connection uses (db/open.ts OpenOptions). */
  nativeBinding?: string;
}

export type CopyCheckOutcome =
  | { ok: true; schemaVersion: number; counts: Record<string, number> }
  | { ok: false; damage: LibraryDamage }
  | { ok: false; message: string };

function checkCopy(job: CopyCheckJob): CopyCheckOutcome {
  try {
    const { schemaVersion, counts = {} } = checkOwnedCopy(job.copy, {
      check: 'full',
      counts: true,
      ...(job.nativeBinding ? { nativeBinding: job.nativeBinding } : {}),
    });
    return { ok: true, schemaVersion, counts };
  } catch (error) {
    if (error instanceof LibraryDamagedError) return { ok: false, damage: error.damage };
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

if (parentPort) parentPort.postMessage(checkCopy(workerData as CopyCheckJob));
