import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeFileSync as atomicWriteFileSync } from 'atomically';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDatabase, DATABASE_FILE, openDatabase } from '../db/open';
import { transferFile, writeTransferFile } from '../transfer/transferFolder';
import { Library, SAMPLE_LIBRARY_DIR } from './library';
import { sweepLeftovers } from './leftovers';
import { createNodeSettingsStore } from './settingsStore.node';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A data folder as the app leaves it: the library, settings saved once, a backup and a kept-aside settings file. */
function dataFolder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'counterpoint-leftovers-'));
  dirs.push(dir);
  new Library(dir).close();
  createNodeSettingsStore(dir).update({ window: { width: 900, height: 600, maximized: false } });
  fs.mkdirSync(path.join(dir, 'backups'));
  fs.writeFileSync(path.join(dir, 'backups', 'counterpoint-2026-03-01.sqlite3'), 'a backup');
  fs.writeFileSync(path.join(dir, 'settings.json.unreadable-2026-03-01T10-00-00-000Z'), '{ not json');
  return dir;
}

const listing = (dir: string): string[] =>
  fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();

/** What an interrupted sample switch leaves: library.ts's own mkdtemp with a library written into it. */
function interruptedSampleSwitch(dir: string): string {
  const staging = fs.mkdtempSync(path.join(dir, `${SAMPLE_LIBRARY_DIR}-`));
  closeDatabase(openDatabase(staging));
  // As after a crash mid-write: the companions are still there.
  for (const suffix of ['-wal', '-shm']) fs.writeFileSync(path.join(staging, `${DATABASE_FILE}${suffix}`), '');
  return staging;
}

/** The temp file name atomically (conf's and electron-store's writer) really uses, left as if the write was cut short. */
function interruptedSettingsWrite(dir: string): string {
  let temp = '';
  atomicWriteFileSync(path.join(dir, 'scratch.json'), '{}', { tmpCreated: (file) => (temp = file) });
  fs.rmSync(path.join(dir, 'scratch.json'));
  const left = path.join(dir, path.basename(temp).replace(/^scratch\.json/, 'settings.json'));
  fs.writeFileSync(left, '{"window":');
  return left;
}

describe('sweepLeftovers', () => {
  it('removes the staging folders of an interrupted sample switch and a settings write cut short', () => {
    const dir = dataFolder();
    const before = listing(dir);
    const staging = interruptedSampleSwitch(dir);
    const temp = interruptedSettingsWrite(dir);
    expect(path.basename(temp)).toMatch(/^settings\.json\.tmp-/);
    expect(sweepLeftovers(dir).sort()).toEqual([staging, temp].sort());
    expect(listing(dir)).toEqual(before);
    expect(createNodeSettingsStore(dir).get().window.width).toBe(900);
  });

  it('removes the sample library left open by a crash, and nothing of the user’s', () => {
    const dir = dataFolder();
    const before = listing(dir);
    const library = new Library(dir);
    return library.openSample('2026-03-15').then(() => {
      expect(fs.existsSync(path.join(dir, SAMPLE_LIBRARY_DIR, DATABASE_FILE))).toBe(true);
      // The app dies here: nothing closes the sample. The next start sweeps first.
      const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'counterpoint-crashed-'));
      dirs.push(copy);
      fs.cpSync(dir, copy, { recursive: true });
      library.close();
      expect(sweepLeftovers(copy)).toContain(path.join(copy, SAMPLE_LIBRARY_DIR));
      // The user's library was open too when the copy was taken: its -wal and -shm stay.
      expect(listing(copy)).toEqual([...before, `${DATABASE_FILE}-shm`, `${DATABASE_FILE}-wal`].sort());
    });
  });

  it('removes an export or import file a run was killed in the middle of writing, and keeps the finished ones', async () => {
    const dir = dataFolder();
    const finished = await writeTransferFile(dir, 'json', (file) => fs.promises.writeFile(file, '{"complete":true}'));
    // A write that never finishes, as when the process is killed during it: half a file is on disk.
    let unfinished = '';
    void writeTransferFile(dir, 'csv', (file) => {
      unfinished = file;
      fs.writeFileSync(file, 'id,bo');
      return new Promise<never>(() => undefined);
    });
    expect(fs.readFileSync(unfinished, 'utf8')).toBe('id,bo');
    expect(fs.readdirSync(path.join(dir, 'transfer')).sort()).toEqual([path.basename(unfinished), path.basename(finished.file)].sort());
    // Under its id it is never found, so nothing can hand it out half written; the next start sweeps it.
    expect(transferFile(dir, path.basename(unfinished).replace(/^\.unfinished-|\.csv$/g, ''))).toBeUndefined();
    expect(sweepLeftovers(dir)).toEqual([unfinished]);
    expect(fs.readdirSync(path.join(dir, 'transfer'))).toEqual([path.basename(finished.file)]);
    expect(transferFile(dir, finished.id)).toBe(finished.file);
  });

  it('leaves anything whose name is not provably ours', () => {
    const dir = dataFolder();
    const keep = [
      'sample-library-notes', // not six characters
      'settings.json.tmp-old', // not atomically's pattern
      'counterpoint.sqlite3.tmp-17961626021a2b3c', // the library's name, not the settings'
      path.join('backups', 'settings.json.tmp-1796162602a1b2c3'),
    ];
    fs.mkdirSync(path.join(dir, 'sample-library-notes'));
    for (const name of keep.slice(1)) fs.writeFileSync(path.join(dir, name), 'mine');
    // A folder with our staging name but something of the user's in it.
    const foreign = path.join(dir, 'sample-library-Ab12Cd');
    fs.mkdirSync(foreign);
    fs.writeFileSync(path.join(foreign, 'letter.txt'), 'mine');
    const before = listing(dir);
    expect(sweepLeftovers(dir)).toEqual([]);
    expect(listing(dir)).toEqual(before);
  });

  it('does nothing when the folder does not exist yet (first start)', () => {
    expect(sweepLeftovers(path.join(os.tmpdir(), 'counterpoint-no-such-folder-x'))).toEqual([]);
  });
});
