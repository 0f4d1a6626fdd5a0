import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandIo } from './cliErrors';
import { runExport } from './exportCommand';
import { runImport } from './importCommand';
import { runSample } from './sampleCommand';

const NOW = new Date('2026-03-15T12:00:00Z');

async function run(command: (argv: string[], io: CommandIo & { stdout: Writable }) => Promise<number>, argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const raw: Buffer[] = [];
  const stdout = new Writable({
    write(chunk: Buffer, _encoding, done) {
      raw.push(Buffer.from(chunk));
      done();
    },
  });
  const code = await command(argv, { out: (text) => out.push(text), err: (text) => err.push(text), now: () => NOW, stdout });
  return { code, out: out.join('\n'), err: err.join('\n'), stdout: Buffer.concat(raw).toString('utf8') };
}

let root: string;
let sampleDir: string;
beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'counterpoint-transfer-cli-'));
  sampleDir = path.join(root, 'sample');
  expect((await run(runSample, ['--data-dir', sampleDir])).code).toBe(0);
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('counterpoint export', () => {
  it('writes only the document to stdout without --out', async () => {
    const result = await run(runExport, ['--data-dir', sampleDir]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ format: 'counterpoint-export', exportedAt: NOW.toISOString() });
    expect(result.out).toBe('');
  });

  it('writes a file with --out and CSV files with --csv, messages on stderr', async () => {
    const out = path.join(root, 'library.json');
    const csv = path.join(root, 'csv');
    const result = await run(runExport, ['--data-dir', sampleDir, '--out', out, '--csv', csv]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.err).toMatch(/Exported \d+ records to/);
    expect(fs.readdirSync(csv).sort()).toEqual(['feedback.csv', 'help.csv', 'lessons.csv', 'people.csv', 'projects.csv', 'requests.csv', 'selfAssessments.csv']);
    expect(JSON.parse(fs.readFileSync(out, 'utf8')).format).toBe('counterpoint-export');
  });

  it('leaves the library folder as it found it: no -wal or -shm after an export or a dry-run import', async () => {
    const listing = () => fs.readdirSync(sampleDir).sort();
    const before = listing();
    expect(before.some((name) => name.endsWith('-wal') || name.endsWith('-shm'))).toBe(false);
    expect((await run(runExport, ['--data-dir', sampleDir])).code).toBe(0);
    expect(listing()).toEqual(before);
    const file = path.join(root, 'for-dry-run.json');
    expect((await run(runExport, ['--data-dir', sampleDir, '--out', file])).code).toBe(0);
    expect((await run(runImport, [file, '--data-dir', sampleDir, '--dry-run'])).code).toBe(0);
    expect(listing()).toEqual(before);
  });

  it('exits 2 on wrong usage', async () => {
    expect((await run(runExport, [])).code).toBe(2);
    expect((await run(runExport, ['--data-dir', sampleDir, '--bogus'])).code).toBe(2);
  });
});

describe('counterpoint import', () => {
  it('imports into a new library, and a second time finds everything identical', async () => {
    const file = path.join(root, 'round.json');
    await run(runExport, ['--data-dir', sampleDir, '--out', file]);
    const target = path.join(root, 'fresh');
    const first = await run(runImport, [file, '--data-dir', target]);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/Feedback\s+\d+\s+0\s+0/);
    expect(first.out).toMatch(/Imported\./);
    const again = await run(runImport, [file, '--data-dir', target, '--dry-run']);
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/Feedback\s+0\s+\d+\s+0/);
    const back = await run(runExport, ['--data-dir', target]);
    expect(back.stdout).toBe(fs.readFileSync(file, 'utf8'));
  });

  it('stops with exit 1 and writes nothing when records conflict and no choice is given', async () => {
    const file = path.join(root, 'conflict.json');
    await run(runExport, ['--data-dir', sampleDir, '--out', file]);
    const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as { feedback: { body: string }[] };
    doc.feedback[0]!.body = 'A different body';
    fs.writeFileSync(file, JSON.stringify(doc));
    const before = (await run(runExport, ['--data-dir', sampleDir])).stdout;
    const refused = await run(runImport, [file, '--data-dir', sampleDir]);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/Feedback that differ \(1\)/);
    expect(refused.err).toMatch(/choose --conflicts keep-mine or --conflicts take-file/);
    expect((await run(runExport, ['--data-dir', sampleDir])).stdout).toBe(before);
    expect((await run(runImport, [file, '--data-dir', sampleDir, '--conflicts', 'keep-mine'])).code).toBe(0);
    expect((await run(runExport, ['--data-dir', sampleDir])).stdout).toBe(before);
  });

  it('exits 1 naming the record for a bad file, 2 for wrong usage', async () => {
    const bad = path.join(root, 'bad.json');
    fs.writeFileSync(bad, '{"format":"counterpoint-export","version":1,"projects":[{"id":1}]');
    const result = await run(runImport, [bad, '--data-dir', sampleDir]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/projects record 1, field "id"/);
    expect((await run(runImport, ['--data-dir', sampleDir])).code).toBe(2);
    expect((await run(runImport, [bad, '--data-dir', sampleDir, '--conflicts', 'maybe'])).code).toBe(2);
  });
});
