import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDatabase, DATABASE_FILE, openDatabase } from '../../db/open';
import type { CommandIo } from './cliErrors';
import { runSample } from './sampleCommand';

const NOW = new Date('2026-03-15T12:00:00Z');

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIo = { out: (text) => out.push(text), err: (text) => err.push(text), now: () => NOW };
  return { code: await runSample(argv, io), out: out.join('\n'), err: err.join('\n') };
}

let root: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'counterpoint-sample-cli-'));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

const count = (dir: string, table: string) => {
  const db = openDatabase(dir, { readonly: true });
  try {
    return db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  } finally {
    closeDatabase(db);
  }
};

describe('counterpoint sample', () => {
  it('writes the sample library into a new folder as an ordinary library, ending today', async () => {
    const dir = path.join(root, 'new', 'library');
    const { code, out } = await run(['--data-dir', dir, '--seed', '3']);
    expect(code).toBe(0);
    expect(out).toMatch(/^Wrote the sample library to .*: 12 people, 4 projects and \d+ log entries, the last dated 2026-03-15 \(seed 3\)\./);
    expect(out).toContain(`counterpoint analyze --data-dir ${dir}`);
    expect(count(dir, 'collaborators')).toBe(12);
    const db = openDatabase(dir, { readonly: true });
    try {
      expect(db.prepare('SELECT max(date) FROM exchanges').pluck().get()).toMatch(/^2026-03-1[0-5]$/);
    } finally {
      closeDatabase(db);
    }
  });

  it('refuses a folder that already holds a library and leaves it as it was', async () => {
    const dir = path.join(root, 'library');
    expect((await run(['--data-dir', dir])).code).toBe(0);
    const db = openDatabase(dir);
    db.prepare('DELETE FROM project_members').run();
    closeDatabase(db);
    const { code, err } = await run(['--data-dir', dir]);
    expect(code).toBe(2);
    expect(err).toMatch(/already holds a library; choose an empty folder\. Nothing was changed\./);
    expect(count(dir, 'project_members')).toBe(0);
  });

  it.each([
    [[], /--data-dir is required/],
    [['--data-dir', 'x', '--seed', 'abc'], /--seed takes a whole number of 0 or more, not "abc"/],
    [['--data-dir', 'x', '--seed=-1'], /--seed takes a whole number of 0 or more, not "-1"/],
    [['--data-dir', 'x', '--today', '2026-01-01'], /Unknown option '--today'/],
  ])('exits with 2 and the usage for %j', async (argv, message) => {
    const { code, err } = await run(argv.map((arg) => (arg === 'x' ? path.join(root, 'x') : arg)));
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err).toContain('Usage: counterpoint sample --data-dir DIR [--seed N]');
    expect(fs.existsSync(path.join(root, 'x', DATABASE_FILE))).toBe(false);
  });

  it('refuses a path that is a file', async () => {
    const file = path.join(root, 'a-file');
    fs.writeFileSync(file, 'hello');
    const { code, err } = await run(['--data-dir', file]);
    expect(code).toBe(2);
    expect(err).toMatch(/is a file, not a folder/);
    expect(fs.readFileSync(file, 'utf8')).toBe('hello');
  });
});
