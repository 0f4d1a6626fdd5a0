import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKUPS_DIR } from '../../host/backupFiles';
import { DATABASE_FILE } from '../../db/open';
import { runBackup } from './backupCommand';
import type { CommandIo } from './cliErrors';
import { runSample } from './sampleCommand';

async function run(command: (argv: string[], io: CommandIo) => Promise<number>, argv: string[], now = new Date('2026-03-15T12:00:00Z')) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await command(argv, { out: (text) => out.push(text), err: (text) => err.push(text), now: () => now });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

let root: string;
let sampleDir: string;
beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'counterpoint-backup-cli-'));
  sampleDir = path.join(root, 'sample');
  expect((await run(runSample, ['--data-dir', sampleDir])).code).toBe(0);
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('counterpoint backup', () => {
  it('writes a checked, compressed backup that gunzips to the same library, leaving no -wal or -shm beside the library', async () => {
    const { code, out, err } = await run(runBackup, ['--data-dir', sampleDir]);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toMatch(/^Backed up .* to .*counterpoint-2026-03-15T12-00-00Z-manual\.sqlite3\.gz \([\d,]+ bytes, checked\)\./);
    expect(out).toMatch(/It holds \d+ feedback, .* 12 people, 4 projects\. Keeping the newest 14\./);
    expect(fs.readdirSync(sampleDir).sort()).toEqual([BACKUPS_DIR, DATABASE_FILE]);

    const [backup] = fs.readdirSync(path.join(sampleDir, BACKUPS_DIR)).filter((name) => name.endsWith('.gz'));
    const restored = path.join(root, 'restored.sqlite3');
    fs.writeFileSync(restored, zlib.gunzipSync(fs.readFileSync(path.join(sampleDir, BACKUPS_DIR, backup as string))));
    const count = (file: string) => {
      const db = new Database(file, { readonly: true });
      try {
        return db.prepare('SELECT (SELECT count(*) FROM exchanges) AS exchanges, (SELECT count(*) FROM collaborators) AS people').get();
      } finally {
        db.close();
      }
    };
    expect(count(restored)).toEqual(count(path.join(sampleDir, DATABASE_FILE)));
  });

  it('keeps the number the library settings say', async () => {
    const dir = path.join(root, 'keep');
    expect((await run(runSample, ['--data-dir', dir])).code).toBe(0);
    fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ backups: { keep: 2 } }));
    for (const minute of [1, 2, 3]) expect((await run(runBackup, ['--data-dir', dir], new Date(`2026-03-15T12:0${minute}:00Z`))).code).toBe(0);
    const kept = fs.readdirSync(path.join(dir, BACKUPS_DIR)).filter((name) => name.endsWith('.gz')).sort();
    expect(kept).toEqual(['counterpoint-2026-03-15T12-02-00Z-manual.sqlite3.gz', 'counterpoint-2026-03-15T12-03-00Z-manual.sqlite3.gz']);
  });

  it('refuses a damaged library with exit 1 and writes no backup', async () => {
    const dir = path.join(root, 'damaged');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, DATABASE_FILE), 'not a library');
    const { code, err } = await run(runBackup, ['--data-dir', dir]);
    expect(code).toBe(1);
    expect(err).toMatch(/This is not a Counterpoint library, so it was not backed up/);
    expect(fs.readdirSync(dir)).toEqual([DATABASE_FILE]);
  });

  it('exits 2 on wrong usage', async () => {
    expect((await run(runBackup, [])).code).toBe(2);
    expect((await run(runBackup, ['--data-dir', sampleDir, 'extra'])).code).toBe(2);
  });
});
