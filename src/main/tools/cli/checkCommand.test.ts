import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../db/open';
import { runCheck } from './checkCommand';
import type { CommandIo } from './cliErrors';
import { runSample } from './sampleCommand';

async function run(command: (argv: string[], io: CommandIo) => Promise<number>, argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await command(argv, { out: (text) => out.push(text), err: (text) => err.push(text), now: () => new Date('2026-03-15T12:00:00Z') });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

let root: string;
let sampleDir: string;
beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'counterpoint-check-cli-'));
  sampleDir = path.join(root, 'sample');
  expect((await run(runSample, ['--data-dir', sampleDir])).code).toBe(0);
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const hashOf = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** A copy of the sample library in its own folder, changed by `spoil`. */
function spoiledCopy(name: string, spoil: (file: string) => void): string {
  const dir = path.join(root, name);
  fs.mkdirSync(dir);
  const file = path.join(dir, DATABASE_FILE);
  fs.copyFileSync(path.join(sampleDir, DATABASE_FILE), file);
  spoil(file);
  return dir;
}

describe('counterpoint check', () => {
  it('finds a sound library sound, says its schema and contents, and leaves no -wal or -shm behind', async () => {
    const before = hashOf(path.join(sampleDir, DATABASE_FILE));
    const { code, out, err } = await run(runCheck, ['--data-dir', sampleDir]);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toMatch(/: ok\. integrity_check found no problem\. Schema \d+\./);
    expect(out).toMatch(/Holds \d+ feedback, \d+ lessons, \d+ help, \d+ requests, 12 people, 4 projects\./);
    expect(out).toMatch(/The ledger, its monthly sums and the search index match a fresh computation from the entries\./);
    expect(fs.readdirSync(sampleDir).sort()).toEqual([DATABASE_FILE]);
    expect(hashOf(path.join(sampleDir, DATABASE_FILE))).toBe(before);
  });

  it('exits 1 on a damaged page, naming the file, and changes nothing', async () => {
    const dir = spoiledCopy('damaged', (file) => {
      const pageSize = fs.readFileSync(file).readUInt16BE(16);
      const fd = fs.openSync(file, 'r+');
      fs.writeSync(fd, Buffer.alloc(pageSize, 0x3c), 0, pageSize, Math.floor(fs.statSync(file).size / pageSize / 2) * pageSize);
      fs.closeSync(fd);
    });
    const file = path.join(dir, DATABASE_FILE);
    const before = hashOf(file);
    const { code, out, err } = await run(runCheck, ['--data-dir', dir]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain(`Part of ${file} cannot be read`);
    expect(err).toMatch(/Nothing was changed/);
    expect(hashOf(file)).toBe(before);
    expect(fs.readdirSync(dir)).toEqual([DATABASE_FILE]);
  });

  it('exits 1 when derived data no longer matches the entries, naming the difference, and changes nothing', async () => {
    const dir = spoiledCopy('rollup', (file) => {
      const db = new Database(file);
      db.exec(`UPDATE exchange_months SET entry_count = entry_count + 1 WHERE month = (SELECT max(month) FROM exchange_months)`);
      db.close();
    });
    const file = path.join(dir, DATABASE_FILE);
    const before = hashOf(file);
    const { code, err } = await run(runCheck, ['--data-dir', dir]);
    expect(code).toBe(1);
    expect(err).toMatch(/does not match them:\n {2}the monthly rollup of the ledger \(exchange_months\): the row .* holds weight_sum \d+, entry_count \d+; a fresh computation gives/);
    expect(err).toMatch(/Nothing was changed\.$/);
    expect(hashOf(file)).toBe(before);
    expect(fs.readdirSync(dir)).toEqual([DATABASE_FILE]);
  });

  it('exits 1 on a truncated file, a file that is not SQLite and a newer schema, each with its own message', async () => {
    const truncated = spoiledCopy('truncated', (file) => fs.truncateSync(file, 8192));
    expect((await run(runCheck, ['--data-dir', truncated])).err).toMatch(/Your library file is incomplete\. The file .* is shorter than it should be/);
    const foreign = spoiledCopy('foreign', (file) => fs.writeFileSync(file, 'PK\u0003\u0004 a zip file, perhaps'));
    expect((await run(runCheck, ['--data-dir', foreign])).err).toMatch(/This is not a Counterpoint library\. The file .* is not a library file/);
    const newer = spoiledCopy('newer', (file) => {
      const db = new Database(file);
      db.pragma('user_version = 77');
      db.close();
    });
    const result = await run(runCheck, ['--data-dir', newer]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/newer version of Counterpoint \(schema 77/);
    expect(result.err).toMatch(/Update Counterpoint/);
  });

  it('exits 2 on wrong usage', async () => {
    expect((await run(runCheck, [])).code).toBe(2);
    expect((await run(runCheck, ['--data-dir', path.join(root, 'nowhere')])).code).toBe(2);
    expect((await run(runCheck, ['--data-dir', sampleDir, '--fix'])).code).toBe(2);
  });
});
