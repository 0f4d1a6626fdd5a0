import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import { createApi } from '../api/dispatch';
import { updateToVersion } from '../db/migrations/testing';
import { LATEST_SCHEMA_VERSION, schemaVersion } from '../db/migrations';
import { libraryCounts } from '../db/libraryCounts';
import { DATABASE_FILE } from '../db/open';
import { backupsDirOf, rotate, sweepUnfinished, TEMP_PREFIX } from './backupFiles';
import { FolderBackups, startDailyBackups } from './backups';
import { openKeptLibrary, type KeptLibrary } from './keptLibrary';
import { settingsOver } from './settingsStore';

let dataDir: string;
let kept: KeptLibrary;
let clock: number;
const settings = settingsOver({ store: {} });

function open(): KeptLibrary {
  const opened = openKeptLibrary(dataDir, settings);
  opened.stopDailyBackups();
  return opened;
}

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'counterpoint-backups-'));
  clock = Date.parse('2026-12-01T10:00:00.000Z');
  settings.reset();
  kept = open();
  // Each backup a minute after the one before, so their order is their age.
  Object.assign(kept.backups, { now: () => new Date((clock += 60_000)) });
});
afterEach(() => {
  kept.library.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function api() {
  const invoke = createApi({
    db: () => kept.library.db,
    settings,
    library: kept.library,
    backups: kept.backups,
    info: () => ({ version: 'test', mode: 'browser', dataDir, databasePath: kept.library.databasePath, library: kept.library.kind }),
  });
  const call = async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
    const result = await invoke(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
    return result.value as MethodOutput<M>;
  };
  return { call, raw: invoke };
}

const names = async (call: ReturnType<typeof api>['call']) => (await call('collaborators.list', {})).map((person) => person.name).sort();

describe('backups', () => {
  it('backs up and restores the same data, backing up the state it replaces first', async () => {
    const { call } = api();
    const ada = await call('collaborators.create', { name: 'Ada' });
    await call('help.create', {
      collaboratorId: ada.id,
      direction: 'received',
      benefit: 'knowledge',
      weight: 2,
      initiatedBy: 'them',
      date: '2026-11-30',
      note: 'showed me the mixing desk',
    });
    const backup = await call('backups.create', {});
    expect(backup).toMatchObject({ reason: 'manual', schemaVersion: LATEST_SCHEMA_VERSION, counts: { people: 1, help: 1, feedback: 0, lesson: 0, request: 0, projects: 0 } });
    expect(backup.id).toMatch(/^counterpoint-.*-manual\.sqlite3\.gz$/);
    expect(backup.bytes).toBe(fs.statSync(path.join(backupsDirOf(dataDir), backup.id)).size);

    await call('collaborators.create', { name: 'Bea' });
    expect(await names(call)).toEqual(['Ada', 'Bea']);

    const info = await call('backups.restore', { id: backup.id });
    expect(info).toMatchObject({ library: 'own', damage: null });
    expect(await names(call)).toEqual(['Ada']);
    const help = await call('exchanges.list', {});
    expect(help.items.map((row) => row.note)).toEqual(['showed me the mixing desk']);

    const list = await call('backups.list', {});
    expect(list.map((item) => item.reason)).toEqual(['before-restore', 'manual']);
    expect(list[0]?.counts.people).toBe(2);
    // The library that was replaced is in that backup; nothing was moved aside.
    expect(fs.readdirSync(dataDir).filter((name) => name.includes('damaged'))).toEqual([]);
  });

  it('keeps the number of backups set in Settings, deleting only the oldest', async () => {
    const { call } = api();
    await call('settings.update', { backups: { keep: 3 } });
    const made: string[] = [];
    for (let index = 0; index < 5; index++) made.push((await call('backups.create', {})).id);
    const list = await call('backups.list', {});
    expect(list.map((item) => item.id)).toEqual(made.slice(2).reverse());
    expect(fs.readdirSync(backupsDirOf(dataDir)).sort()).toEqual(made.slice(2).flatMap((id) => [id, `${id}.json`]).sort());
  });

  it('never deletes the newest good backup, even when a broken one is newer', async () => {
    const { call } = api();
    await call('settings.update', { backups: { keep: 1 } });
    const good = await call('backups.create', {});
    // A newer backup whose manifest never got written (a crash) does not count and is not "newest".
    fs.writeFileSync(path.join(backupsDirOf(dataDir), 'counterpoint-2099-01-01T00-00-00Z-daily.sqlite3.gz'), 'half');
    const next = await call('backups.create', {});
    expect((await call('backups.list', {})).map((item) => item.id)).toEqual([next.id]);
    expect(fs.existsSync(path.join(backupsDirOf(dataDir), good.id))).toBe(false);
    expect(fs.existsSync(path.join(backupsDirOf(dataDir), next.id))).toBe(true);
    // Whatever number rotation is given, the newest good backup stays.
    expect(rotate(backupsDirOf(dataDir), 0)).toEqual([]);
    expect((await call('backups.list', {})).map((item) => item.id)).toEqual([next.id]);
  });

  it('rejects a keep setting below one with a clear message', async () => {
    const { raw } = api();
    const result = await raw('settings.update', { backups: { keep: 0 } });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('Keep at least 1 backup') } });
  });

  it('does not count a backup whose copy fails its check, and leaves no file of it', async () => {
    const { raw } = api();
    const db = kept.library.ownDb;
    const original = db.backup.bind(db);
    // The copy is damaged on its way to disk: garbage over one of its pages.
    Object.assign(db, {
      backup: async (destination: string) => {
        const result = await original(destination);
        const fd = fs.openSync(destination, 'r+');
        fs.writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, 4096 * 2);
        fs.closeSync(fd);
        return result;
      },
    });
    const result = await raw('backups.create', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'BACKUP_FAILED', message: expect.stringContaining('did not pass its check') } });
    expect(await raw('backups.list', {})).toEqual({ ok: true, value: [] });
    expect(fs.readdirSync(backupsDirOf(dataDir))).toEqual([]);
  });

  it('sweeps what a crash left mid-backup, and never counts it', async () => {
    const { call } = api();
    const good = await call('backups.create', {});
    const dir = backupsDirOf(dataDir);
    fs.writeFileSync(path.join(dir, `${TEMP_PREFIX}backup-123.sqlite3`), 'partial copy');
    fs.writeFileSync(path.join(dir, 'counterpoint-2026-12-02T00-00-00Z-daily.sqlite3.gz'), 'no manifest');
    expect((await call('backups.list', {})).map((item) => item.id)).toEqual([good.id]);
    expect(sweepUnfinished(dir).sort()).toEqual([`${TEMP_PREFIX}backup-123.sqlite3`, 'counterpoint-2026-12-02T00-00-00Z-daily.sqlite3.gz']);
    expect(fs.readdirSync(dir).sort()).toEqual([good.id, `${good.id}.json`]);
  });

  it('backs up an existing library before migrating it', () => {
    kept.library.close();
    fs.rmSync(path.join(dataDir, DATABASE_FILE));
    const old = new Database(path.join(dataDir, DATABASE_FILE));
    updateToVersion(old, LATEST_SCHEMA_VERSION - 1);
    old.close();
    kept = open();
    const list = kept.backups.list();
    expect(list.map((item) => [item.reason, item.schemaVersion])).toEqual([['before-migration', LATEST_SCHEMA_VERSION - 1]]);
    expect(kept.library.damage).toBeNull();
  });

  it('backs up a real schema-3 library before upgrading it, and that backup holds the library as it was', async () => {
    kept.library.close();
    const fixture = fileURLToPath(new URL('../../../tests/fixtures/library-schema-3/counterpoint.sqlite3', import.meta.url));
    fs.copyFileSync(fixture, path.join(dataDir, DATABASE_FILE));
    kept = open();
    const [backup] = kept.backups.list();
    expect(backup).toMatchObject({ reason: 'before-migration', schemaVersion: 3 });
    expect(backup?.counts.people).toBeGreaterThan(0);
    const restoredPeople = backup?.counts.people;
    expect(kept.library.damage).toBeNull();
    expect(schemaVersion(kept.library.ownDb)).toBe(LATEST_SCHEMA_VERSION);
    // Restoring it gives back the schema-3 library, upgraded again on the way in (after another backup).
    const { call } = api();
    await call('backups.restore', { id: (backup as { id: string }).id });
    expect(libraryCounts(kept.library.ownDb).people).toBe(restoredPeople);
    expect(kept.backups.list().map((item) => item.reason)).toEqual(['before-migration', 'before-restore', 'before-migration']);
  });

  it('restores a backup over a damaged library, moving the damaged file aside instead of deleting it', async () => {
    const { call } = api();
    await call('collaborators.create', { name: 'Ada' });
    const backup = await call('backups.create', {});
    kept.library.close();
    const file = path.join(dataDir, DATABASE_FILE);
    fs.writeFileSync(file, 'not a library any more');
    kept = open();
    expect(kept.library.damage?.kind).toBe('not-sqlite');
    const damaged = api();
    expect(await damaged.raw('collaborators.list', {})).toMatchObject({ ok: false, error: { code: 'LIBRARY_DAMAGED' } });
    expect((await damaged.call('app.info', {})).damage).toMatchObject({ kind: 'not-sqlite', file });

    const info = await damaged.call('backups.restore', { id: backup.id });
    expect(info.damage).toBeNull();
    expect(await names(damaged.call)).toEqual(['Ada']);
    const aside = fs.readdirSync(dataDir).filter((name) => name.startsWith('counterpoint.damaged-'));
    expect(aside).toHaveLength(1);
    expect(fs.readFileSync(path.join(dataDir, aside[0] as string), 'utf8')).toBe('not a library any more');
    // Only the backup restored: a damaged state is not backed up.
    expect(kept.backups.list().map((item) => item.reason)).toEqual(['manual']);
  });

  it('refuses to restore a backup that does not exist', async () => {
    const { raw } = api();
    expect(await raw('backups.restore', { id: 'counterpoint-nope.sqlite3.gz' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('the daily backup', () => {
  afterEach(() => vi.useRealTimers());

  /** The real keeper, watched: which backups the timer asked it for. */
  function watched(createdAt: string | null) {
    const asked: string[] = [];
    const keeper = {
      list: () => (createdAt ? [{ id: 'x', createdAt, reason: 'daily' as const, bytes: 1, counts: {}, schemaVersion: 4 }] : []),
      create: async (reason: string) => {
        asked.push(reason);
        return kept.backups.create('daily');
      },
      restore: async () => undefined,
    };
    return { keeper, asked };
  }

  it('backs up when there is no backup, or the newest is a day old, and not otherwise', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval'] });
    const now = () => new Date('2026-12-02T12:00:00.000Z');
    const cases: [string | null, string[]][] = [
      [null, ['daily']],
      ['2026-12-01T11:00:00.000Z', ['daily']],
      ['2026-12-02T09:00:00.000Z', []],
    ];
    for (const [newest, expected] of cases) {
      const { keeper, asked } = watched(newest);
      const stop = startDailyBackups(keeper, kept.library, { now, firstLookMs: 1000, everyMs: 60_000 });
      vi.advanceTimersByTime(1000);
      stop();
      expect(asked, String(newest)).toEqual(expected);
    }
    vi.useRealTimers();
    // The one the timer asked for is real and checked.
    await vi.waitFor(() => expect(kept.backups.list().length).toBeGreaterThanOrEqual(1));
  });

  it('never runs two backups at once: "Back up now" waits for the daily one, and the timer asks for no second daily meanwhile', async () => {
    // A backup is in flight from its online copy (the first step) to its rotation (the last).
    let inFlight = 0;
    let most = 0;
    const db = kept.library.ownDb;
    const original = db.backup.bind(db);
    Object.assign(db, {
      backup: (destination: string) => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        return original(destination);
      },
    });
    const backups = new FolderBackups(kept.library, {
      keep: () => {
        inFlight -= 1;
        return 14;
      },
    });
    const asked: string[] = [];
    let button: Promise<unknown> = Promise.resolve();
    const keeper = {
      list: () => backups.list(),
      create: (reason: 'daily') => {
        asked.push(reason);
        const daily = backups.create(reason);
        // The user presses "Back up now" while the daily backup has started.
        button = backups.create('manual');
        return daily;
      },
      restore: async () => undefined,
    };
    const stop = startDailyBackups(keeper, kept.library, { firstLookMs: 1, everyMs: 1 });
    await vi.waitFor(() => expect(backups.list()).toHaveLength(2), { timeout: 15_000 });
    await button;
    stop();
    expect(most).toBe(1);
    expect(asked).toEqual(['daily']);
    expect(backups.list().map((backup) => backup.reason).sort()).toEqual(['daily', 'manual']);
  });

  it('makes none while the library is damaged', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval'] });
    const { keeper, asked } = watched(null);
    const stop = startDailyBackups(keeper, { damage: { kind: 'damaged', file: 'x', detail: 'y' } }, { firstLookMs: 10, everyMs: 10 });
    vi.advanceTimersByTime(100);
    stop();
    expect(asked).toEqual([]);
  });
});
