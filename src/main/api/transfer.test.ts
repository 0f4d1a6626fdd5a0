import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BackupReason } from '../../shared/contract/backups';
import { writeSampleLibrary } from '../sample/sampleLibrary';
import { tempLibrary } from '../testing/tempLibrary';
import { dumpTables, exportText } from '../transfer/testing';
import { newTransferFile } from '../transfer/transferFolder';
import { createNodeSettingsStore } from '../host/settingsStore.node';
import { createApi } from './dispatch';
import type { BackupKeeper } from './ports';

const libraries: ReturnType<typeof tempLibrary>[] = [];
afterEach(() => {
  for (const lib of libraries.splice(0)) lib.cleanup();
});

/** A library whose API has a backup keeper that records (or refuses) each backup. */
async function libraryWithBackups(create: (reason: BackupReason) => Promise<void>) {
  const lib = tempLibrary({ now: () => new Date('2026-03-15T12:00:00Z') });
  libraries.push(lib);
  const backups: BackupKeeper = {
    create: async (reason) => {
      await create(reason);
      return { id: 'b', createdAt: '', reason, bytes: 0, counts: {}, schemaVersion: 0 };
    },
    list: () => [],
    restore: async () => undefined,
  };
  const invoke = createApi({
    db: () => lib.db,
    settings: createNodeSettingsStore(lib.dataDir),
    backups,
    info: () => ({ version: 't', mode: 'browser', dataDir: lib.dataDir, databasePath: '', library: 'own' }),
  });
  return { lib, invoke };
}

async function stageSample(dataDir: string) {
  const source = tempLibrary({ now: () => new Date('2026-03-15T12:00:00Z') });
  libraries.push(source);
  await writeSampleLibrary(source.db, { today: '2026-03-15', seed: 7 });
  const text = await exportText(source.db, source.dataDir);
  const { id, file } = newTransferFile(dataDir, 'json');
  fs.writeFileSync(file, text);
  return id;
}

describe('import.apply', () => {
  it('backs the library up before importing', async () => {
    const reasons: string[] = [];
    const { lib, invoke } = await libraryWithBackups(async (reason) => {
      reasons.push(`${reason}:${(lib.db.prepare('SELECT count(*) FROM feedback').pluck().get() as number) > 0}`);
    });
    const file = await stageSample(lib.dataDir);
    const result = await invoke('import.apply', { file });
    expect(result.ok).toBe(true);
    // The backup came first, while the library was still empty.
    expect(reasons).toEqual(['before-import:false']);
  });

  it('does not import when the backup fails, and says so as BACKUP_FAILED (it was INTERNAL, the code of a defect)', async () => {
    const { lib, invoke } = await libraryWithBackups(() => Promise.reject(new Error('The disk is full.')));
    const file = await stageSample(lib.dataDir);
    const before = dumpTables(lib.db);
    const result = await invoke('import.apply', { file });
    expect(result).toMatchObject({ ok: false, error: { code: 'BACKUP_FAILED', message: expect.stringMatching(/could not be backed up first, so nothing was imported. The disk is full./) } });
    expect(dumpTables(lib.db)).toEqual(before);
    expect(fs.readdirSync(path.join(lib.dataDir, 'transfer'))).toEqual([]);
  });

  it('is refused for a file that is not waiting', async () => {
    const { invoke } = await libraryWithBackups(async () => undefined);
    const result = await invoke('import.apply', { file: '00000000-0000-4000-8000-000000000000' });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
